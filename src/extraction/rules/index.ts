// The rule registry: every relation rule, in the order they run (later rules read what earlier
// ones found). Each rule file holds one family; each rule carries an example in paraphrase and
// has its own table test in tests/unit/extraction/rules.test.ts.

import { agreementShortNamesRule } from "./agreement-names.ts";
import { agreementOutcomeRule } from "./agreement-outcomes.ts";
import { buildSitesRule } from "./build-sites.ts";
import { capitalSeatsRule } from "./capital-seats.ts";
import { colonMembersRule } from "./colon-members.ts";
import { counterpartsRule } from "./counterparts.ts";
import {
  delegationHeadsRule,
  delegationSidesRule,
  heldInCountryRule,
  officialAgencyStateRule,
  officialRepresentsRule,
  talkPairsRule,
} from "./delegations.ts";
import { discussedContentionRule } from "./discussed-contention.ts";
import { discussedAtMeetingRule } from "./discussed-meeting.ts";
import { dominanceProductionRule } from "./dominance-production.ts";
import { exportBasketRule } from "./export-basket.ts";
import { listItemsRule } from "./lists.ts";
import { makerDescriptionsRule } from "./maker-descriptions.ts";
import { goodsAtMeetingRule } from "./meeting-agenda.ts";
import { firmAtMeetingRule, mineralAtMeetingRule } from "./meeting-topic-cues.ts";
import { meetingPartiesAgreementRule, negotiatedAgreementRule } from "./negotiated-agreements.ts";
import { outputBasketRule } from "./output-basket.ts";
import { participantStatesRule } from "./participant-states.ts";
import { partnerBackoffRule } from "./partner-backoff.ts";
import { partnershipInstrumentRule } from "./partnership-instruments.ts";
import {
  affiliationRule,
  bylineRule,
  delegationRule,
  firmOfficersRule,
  leadershipRule,
  negotiationWithRule,
  otherSideRule,
  positionRule,
  representsRule,
  representVerbRule,
  teamNegotiatorsRule,
} from "./people.ts";
import { placeHierarchyRule } from "./places.ts";
import {
  exportMeasureRule,
  instrumentRule,
  licensingRegimeRule,
  measureInstrumentRule,
  measurePolicyRule,
  namedPolicyRule,
  partiesAgreementRule,
  policyIdentityRule,
  policyReferenceRule,
  policySurfaceRule,
} from "./policies.ts";
import { presenceRule } from "./presence.ts";
import { purchaseReasonRule } from "./purchase-reasons.ts";
import { respectivePostsRule } from "./respective-posts.ts";
import { roleAppositionRule } from "./roles.ts";
import { shareDominanceRule } from "./share-dominance.ts";
import { sidesOnlyTalksRule } from "./sides-only-talks.ts";
import { siteOutputRule } from "./site-output.ts";
import { speechMeasureTopicRule } from "./speech-topics.ts";
import { stateFundRule } from "./state-bodies.ts";
import { summitSidesRule } from "./summit-sides.ts";
import {
  agreementReferenceRule,
  agreementRule,
  companionsRule,
  discussedRule,
  metWithRule,
  otherPairAgreementRule,
  partOfRule,
  talkParticipantsRule,
  topicsRule,
  twoSidesRule,
} from "./talks.ts";
import { participantTopicRule, signedAtMeetingRule } from "./topic-frames.ts";
import {
  discussedAnnouncedRule,
  discussedTopicRule,
  dominanceRule,
  investmentRule,
  partnershipRule,
  postponeRule,
  productionRule,
  purchaseRule,
  restrictionRule,
  tariffRule,
} from "./trade.ts";
import { truceAtMeetingRule } from "./truces.ts";
import type { Rule } from "./types.ts";
import { unplacedTalksRule } from "./unplaced-talks.ts";

export const RULES: Rule[] = [
  // First, so every rule reads a state's fund as its Agency.
  stateFundRule,
  licensingRegimeRule,
  namedPolicyRule,
  measurePolicyRule,
  measureInstrumentRule,
  delegationRule,
  otherSideRule,
  positionRule,
  // "the presidents of A and B, X and Y, respectively".
  respectivePostsRule,
  // "A received his counterparts B from Japan and C from China".
  counterpartsRule,
  leadershipRule,
  affiliationRule,
  bylineRule,
  agreementRule,
  talkParticipantsRule,
  delegationSidesRule,
  metWithRule,
  talkPairsRule,
  representsRule,
  representVerbRule,
  negotiationWithRule,
  officialRepresentsRule,
  delegationHeadsRule,
  teamNegotiatorsRule,
  firmOfficersRule,
  companionsRule,
  // People said to be present at the talks ("Also present was X").
  presenceRule,
  twoSidesRule,
  discussedRule,
  topicsRule,
  partOfRule,
  heldInCountryRule,
  placeHierarchyRule,
  // "in the capital, X": the capital of a state the document names.
  capitalSeatsRule,
  // After the PART_OF rules, an official of a state's body represents the state.
  officialAgencyStateRule,
  tariffRule,
  restrictionRule,
  postponeRule,
  dominanceRule,
  productionRule,
  // After the production rules: a site's output is its owner's.
  siteOutputRule,
  // A firm described by what it makes ("the lithium miner") makes it.
  makerDescriptionsRule,
  // A state's exports listed as two goods or more are its output.
  exportBasketRule,
  // A firm's holdings, portfolio or capacity listed as two goods or more are its output.
  outputBasketRule,
  // A dominant share of goods made in, coming from or controlled by one state.
  shareDominanceRule,
  // After every dominance rule: a dominance of a good's production is its production too.
  dominanceProductionRule,
  investmentRule,
  // After the investment rows: a firm building a costed facility in a region invests there.
  buildSitesRule,
  partnershipRule,
  partnerBackoffRule,
  purchaseRule,
  purchaseReasonRule,
  discussedTopicRule,
  // Parties settling issues over a topic, where no meeting is named.
  discussedContentionRule,
  // After the restriction rows: a measure noun names the export restrictions they read.
  exportMeasureRule,
  instrumentRule,
  // Last: its Policy mention would hide the agreement noun from the partnership rows.
  partiesAgreementRule,
  // After the policy rules: "the deal" refers to an agreement they named.
  agreementReferenceRule,
  // Last: one name per instrument, then mentions of instruments named before (no relation).
  policyIdentityRule,
  policyReferenceRule,
  // After the policy names are final: the states that name a partnership of a kind are partners.
  partnershipInstrumentRule,
  // After the policy rules: the measures a person announced.
  discussedAnnouncedRule,
  // After the policy rules: the goods and measures a speaker reports.
  speechMeasureTopicRule,
  // A measure's phrase as written (maker, object): aliases only.
  policySurfaceRule,
  // An agreement named after two states: their short forms, either order (aliases only).
  agreementShortNamesRule,
  // A participant's topic, in a sentence naming the participant's meeting, is the meeting's.
  participantTopicRule,
  signedAtMeetingRule,
  truceAtMeetingRule,
  // An agreement a clause reaches or signs, in a sentence pointing to one meeting.
  agreementOutcomeRule,
  // The parties an agreement is named after, where a sentence tells it negotiated.
  negotiatedAgreementRule,
  meetingPartiesAgreementRule,
  // Backoff after the topic rules: a mineral in a meeting's sentence with a word of discussing.
  mineralAtMeetingRule,
  // The same reading for firms taken up at a meeting that are not among its participants.
  firmAtMeetingRule,
  goodsAtMeetingRule,
  // After every rule that files DISCUSSED: drops another pair's agreement.
  otherPairAgreementRule,
  // The role-apposition backoff, after every precise post rule.
  roleAppositionRule,
  // After every rule that puts a state at a meeting: the sides a summit is named after.
  summitSidesRule,
  // After every rule that places talks or puts a person at them: talks named only by their sides.
  unplacedTalksRule,
  // After it: the one state a person at talks represents takes part.
  participantStatesRule,
  // After it: talks named only by their two states, nowhere and with no two people at them.
  sidesOnlyTalksRule,
  // After every rule that files DISCUSSED or puts a participant at a meeting: a participant's topic
  // goes to the meeting they took part in.
  discussedAtMeetingRule,
  // A class of goods spelled out after a colon: its relations hold for each good listed.
  colonMembersRule,
  // Last: every relation read on one item of a coordinated list, for its other items.
  listItemsRule,
];
