// "Who negotiated what": the meetings with date, place, summit, parties (side and role) and
// topics, each opening its subgraph (the meeting's ego network). Data from the API when opened.

import { fetchMeetings } from "../../api/queries.ts";
import type { MeetingDetail } from "../../api/types.ts";
import type { AppState } from "../../store.ts";
import type { AppContext } from "../context.ts";
import { button, el, replaceChildren } from "../dom.ts";
import { entityLink, panelHeader } from "./common.ts";

function meetingItem(context: AppContext, meeting: MeetingDetail): HTMLElement {
  const title = meeting.meeting
    ? entityLink(context, meeting.meeting)
    : el("strong", { text: "Talks tied to no meeting" });
  const when = meeting.date ?? meeting.dateText;
  const meta = [
    when ? `date ${when}${meeting.dateText && meeting.date ? ` (“${meeting.dateText}”)` : ""}` : null,
    meeting.place ? `place ${meeting.place}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(" · ");
  const parties = el(
    "ul",
    { className: "parties" },
    meeting.parties.map((party) =>
      el("li", {}, [
        entityLink(context, party.entity),
        party.role ? el("span", { className: "attr", text: party.role }) : null,
        party.side && party.side.id !== party.entity.id
          ? el("span", { className: "muted" }, [" for ", entityLink(context, party.side)])
          : null,
      ]),
    ),
  );
  const topics =
    meeting.topics.length > 0
      ? el("p", { className: "meeting-meta" }, [
          "Topics: ",
          ...meeting.topics.flatMap((topic, index) => [index > 0 ? ", " : "", entityLink(context, topic)]),
        ])
      : null;
  const open = meeting.meeting
    ? button("Open its subgraph", () => {
        const id = meeting.meeting?.id;
        if (!id) return;
        context.store.update((state) => ({
          ...state,
          path: null,
          view: { ...state.view, focus: { kind: "ego", node: id, depth: 1 }, selection: { kind: "node", id } },
        }));
        context.graph.flyTo(id, 0.6);
      })
    : null;
  return el("li", { className: "meeting", attrs: meeting.meeting ? { "data-meeting": meeting.meeting.id } : {} }, [
    title,
    meeting.summit ? el("span", { className: "muted" }, [" part of ", entityLink(context, meeting.summit)]) : null,
    meta ? el("p", { className: "meeting-meta", text: meta }) : null,
    meeting.parties.length > 0 ? parties : el("p", { className: "muted", text: "No parties named." }),
    topics,
    open,
  ]);
}

/** Mounts the meetings panel; it loads the meetings each time the graph data changes. */
export function mountMeetingsPanel(context: AppContext): { element: HTMLElement; update(state: AppState): void } {
  const element = el("div", { className: "meetings", attrs: { "data-panel": "meetings" } });
  let loadedFor = -1;
  const load = async () => {
    replaceChildren(element, [
      panelHeader(context, "Who negotiated what"),
      el("p", { className: "muted", text: "Loading…" }),
    ]);
    try {
      const meetings = await fetchMeetings();
      replaceChildren(element, [
        panelHeader(context, "Who negotiated what"),
        el("p", { className: "muted", text: `${meetings.length} meetings, by date.` }),
        el(
          "ul",
          { className: "facts" },
          meetings.map((meeting) => meetingItem(context, meeting)),
        ),
      ]);
    } catch (error) {
      replaceChildren(element, [
        panelHeader(context, "Who negotiated what"),
        el("p", { className: "message error", attrs: { role: "alert" }, text: (error as Error).message }),
      ]);
    }
  };
  return {
    element,
    update(state) {
      if (loadedFor === state.dataVersion) return;
      loadedFor = state.dataVersion;
      void load();
    },
  };
}
