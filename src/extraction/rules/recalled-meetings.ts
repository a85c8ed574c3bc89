/**
 * A leaders' meeting the sentence only recalls: "China cut tariffs after the summit between X and
 * Y", "… following last month's meeting with Y". The sentence reports what came after; its
 * parties are not read as negotiating from it (the meeting's own sentences do that). A gerund
 * ("X said after meeting with Y") and talks ("after talks with Y, X said") still report talks.
 */
const RECALLED =
  /\b(?:after|following)\s+(?:(?:the|a|an|their|his|her|its|this|that|last|recent|previous|earlier|week's|month's|year's|[A-Z][\w.-]*|(?![\w-]*-(?:day|hour|week|month)\b)[\w-]+-\w+)\s+){1,5}(?:summit|meeting)\b(?!\s+(?:on|of)\b)/;

/** Whether a sentence names a summit or meeting only as past background ("after the … summit"). */
export function recallsMeeting(text: string): boolean {
  return RECALLED.test(text.replace(/[’]/g, "'"));
}
