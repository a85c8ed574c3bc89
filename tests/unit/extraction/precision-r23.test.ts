// Precision conditions of round 23 of issue 13, on sentences written for this test (none taken
// from any corpus): an envoy named as one state's speaks for no other; a list of places is no place
// and its seat; a restriction's goods stop at a second verb phrase and at what they go into; a
// state inside an aside after a firm's name makes no measure.

import { describe } from "vitest";
import { itGivesFacts } from "../../_helpers/rows.ts";

describe("represents-country (one state per envoy)", () => {
  itGivesFacts(
    [
      [
        "Peru's Ambassador to Kenya Carla Mendoza said the negotiations on a trade pact would end soon.",
        ["Carla Mendoza REPRESENTS Peru"],
      ],
      ["Chinese negotiator Wu Qiang said the talks with Canada went well.", ["Wu Qiang REPRESENTS China"]],
    ],
    [
      [
        "Lima, May 3 (AP) Kenya and Peru are pushing to conclude negotiations for a trade pact by the end of 2025, with copper taking centre stage in the talks, Peru's Ambassador to Kenya Carla Mendoza has said.",
        "Carla Mendoza REPRESENTS Kenya",
      ],
    ],
  );
});

describe("part-of-place-and-agency (lists of places)", () => {
  itGivesFacts(
    [
      ["The firm opened a plant in Fort Worth, Texas, last year.", ["Fort Worth PART_OF Texas"]],
      ["The summit was held in Gyeongju, South Korea.", ["Gyeongju PART_OF South Korea"]],
    ],
    [
      ["The bank has branches in Nanjing, Chengdu, Wuhan, Shanghai, Shenzhen and Tianjin.", "Wuhan PART_OF Shanghai"],
      [
        "The bank has branches in Nanjing, Chengdu, Wuhan, Shanghai, Shenzhen and Tianjin.",
        "Shanghai PART_OF Shenzhen",
      ],
    ],
  );
});

describe("export-restriction (the goods restricted)", () => {
  itGivesFacts(
    [
      [
        "China suspended exports of gallium last week and resumed purchases of American wheat.",
        ["China RESTRICTED_EXPORT gallium"],
      ],
      ["In 2023, China banned exports of germanium and antimony to Japan.", ["China RESTRICTED_EXPORT germanium"]],
    ],
    [
      [
        "China agreed to suspend planned export controls on gallium and resume purchases of American wheat, the ministry said.",
        "China RESTRICTED_EXPORT wheat",
      ],
      [
        "In 2023, China banned exports of germanium and antimony, key components in semiconductors, to Japan.",
        "China RESTRICTED_EXPORT semiconductors",
      ],
      [
        "Acme Rare Metals, which owns the only U.S. magnet plant, announced Thursday it will be halting shipments of rare earth magnets to Europe.",
        "United States RESTRICTED_EXPORT magnets",
      ],
    ],
  );
});

describe("unplaced-talks-sides (talks named only by their sides)", () => {
  itGivesFacts(
    [
      [
        "Britain and Turkey will formally launch negotiations on a new free trade agreement on Thursday.",
        ["United Kingdom NEGOTIATED_WITH Türkiye"],
      ],
      [
        "Britain and Turkey will hold trade talks in Ankara on Thursday.",
        ["Türkiye PARTICIPATED_IN Ankara trade talks"],
      ],
    ],
    [
      [
        "Britain and Turkey will formally launch negotiations on a new free trade agreement on Thursday.",
        "Türkiye PARTICIPATED_IN United Kingdom-Türkiye trade talks",
      ],
    ],
  );
});
