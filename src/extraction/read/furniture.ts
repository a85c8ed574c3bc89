// Page furniture: the text a web page wraps around an article (navigation, comment forms, share
// prompts, related-story teasers, image credits, end markers, CMS leftovers). General patterns of
// web pages, matched on whole lines or, for a few inline markers, inside lines. Must not remove
// content: a line goes only when the whole of it is furniture. Bylines, dates and their labels
// ("Published By:", "Published On:") are metadata.ts's: it keeps their values before dropping them.

const SHARE_WORD =
  "(?:share|tweet|post|pin|e-?mail|print|copy link|link copied|copied|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|threads|bluesky|messenger|flipboard)";

/** Lines that are furniture when they match as a whole (trimmed). */
export const FURNITURE_LINES: readonly RegExp[] = [
  // Navigation and page chrome: "top of page", "Back to top", "Skip to content", "Menu".
  /^(?:back to |go to |scroll to |return to )?(?:the )?(?:top|bottom) of (?:the )?page$/i,
  /^(?:back to top|skip to (?:main )?content|skip navigation|jump to (?:content|navigation)|menu|main menu|search|close|open menu|toggle (?:navigation|menu)|home)$/i,
  /^home\s*[>/»›|]\s*\S.*$/i,
  /^(?:table of contents|contents|in this article|on this page|jump to section)$/i,
  /^(?:show|hide|expand|collapse)(?: all| more| less| table of contents)?$/i,
  // Comment sections: "Leave a Reply", "0 Comments", "Your email address will not be published".
  /^(?:leave|post|add|write|submit|join) (?:a|the|your) (?:reply|comment|response|discussion|conversation)$/i,
  /^(?:cancel reply|reply|post comment|submit comment|view comments|show comments|load comments|load more comments|hide comments)$/i,
  /^(?:\d+|no)?\s*(?:comments?|responses?|replies)(?:\s*\(\d+\))?(?: yet)?$/i,
  /^be the first to (?:comment|reply|review).*$/i,
  /^your email address will not be published\b.*$/i,
  /^required fields are marked\b.*$/i,
  /^(?:name|e-?mail|website|comment)\s*\*$/i,
  /^save my name,? e-?mail,? and website\b.*$/i,
  /^(?:you must be )?logged in to (?:post|comment|reply)\b.*$/i,
  // Teasers: "More News", "Related Articles", "Also Read: …", "Read more".
  /^(?:more|related|latest|top|trending|popular|recommended|recent|other|must[- ]read|editor'?s? picks?|you may also like|you might also like|most read|most viewed|most popular|also on \S+)(?: news| stories| articles| posts| reads| videos| topics| coverage| headlines| from \S+(?: \S+)?)?(?: now| today)?:?$/i,
  /^(?:also read|read also|also see|see also|read more|read next|related|recommended|more on this|don'?t miss|watch|listen|must read)\s*[:|»›>–—-]\s*.*$/i,
  /^(?:read more|continue reading|read the full (?:story|article)|load more|show more|view more|see more|view all|see all|more details)(?:\s*[»›>…]+)?$/i,
  /^click here\b.{0,80}$/i,
  // Broadcast and app prompts: "Tune In", "Watch live", "Download the app".
  /^(?:tune in|watch live|live tv|watch now|listen now|listen to (?:this|the) (?:article|story)|download (?:the|our) app\b.*|get the app)$/i,
  // Share prompts: "Share this article", "Follow us on X", "Facebook Twitter WhatsApp".
  /^share(?: this| this article| this story| this post| the story| article| story| now| via \S+| on \S+)?\s*:?$/i,
  new RegExp(`^${SHARE_WORD}(?:(?:\\s*[|/·•,]\\s*|\\s+)${SHARE_WORD})*$`, "i"),
  /^(?:follow|like|join|find|connect with|subscribe to) us on\b.*$/i,
  /^(?:follow|join|subscribe to) (?:our|the) [\p{L}\s]{1,30}(?:channel|page|community|group|newsletter)\b.*$/iu,
  /^(?:click|tap) (?:here )?to (?:share|follow|subscribe|join|tweet)\b.*$/i,
  // Newsletters, paywalls, ads and cookie notices.
  /^(?:sign up|subscribe)(?:\s+(?:now|today|here|for free)|\s+(?:to|for)\s+(?:our|the)\s+[\p{L}\s]{1,40})?[.!:]?$/iu,
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|promoted|paid content|story continues below(?: advertisement)?|article continues below(?: advertisement)?|(?:advertisement\s*[-–—]\s*)?scroll to continue(?: with content)?)$/i,
  /^(?:we use cookies|this (?:web)?site uses cookies|accept(?: all)? cookies|cookie (?:settings|policy|preferences))\b.{0,300}$/i,
  // Image and video credits: "Image Source: Getty Image", "Photo: Reuters", "(File photo)".
  /^(?:image|photo|picture|pic|video|graphic|illustration|featured image|lead image|cover image|photograph)s?(?: source| credits?| courtesy| by)?\s*[:|].{0,120}$/i,
  /^\(?(?:representative|file|stock|archive|representational) (?:image|photo|picture)\.?\)?$/i,
  // End markers and separators: "– Ends", "-ENDS-", "###", "* * *", "----".
  /^[\s\-–—(]*ends?[\s\-–—)]*$/i,
  /^(?:#{3,}|(?:[-_*=~•·.]\s?){3,})$/,
  // Taxonomy: "Tags: trade, China", "Filed under: Economy".
  /^(?:tags?|topics?|filed under|categories|category|keywords|related topics)\s*:.*$/i,
  // Copyright lines: "© 2025 The Daily Planet. All rights reserved.", "©".
  /^(?:©|\(c\)|copyright\b).{0,200}$/i,
  /^all rights reserved\.?$/i,
];

/** Furniture inside lines, removed in place: "Reuters (opens in a new tab)", "<!-- /wp:paragraph -->". */
export const FURNITURE_INLINE: readonly RegExp[] = [
  /[ \t]*\((?:opens?|opening|will open) in (?:a )?new (?:tab|window)\)/gi,
  /[ \t]*\((?:link is external|external link|external)\)/gi,
  // HTML comments, whole or with "<" lost (CMS block markers such as "!-- /wp:paragraph -->").
  /<!--[\s\S]*?-->/g,
  /<?!--[^\n]*?-->/g,
  // WordPress shortcodes: [caption id="…"]…[/caption].
  /\[\/?(?:caption|embed|gallery|video|audio|playlist)\b[^\]\n]*\]/gi,
];

/** Removes the inline furniture markers from a text. */
export function removeInlineFurniture(text: string): string {
  return FURNITURE_INLINE.reduce((result, pattern) => result.replace(pattern, ""), text);
}

/** True when the whole (trimmed) line is page furniture. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  return text !== "" && FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/**
 * Drops the furniture lines, and a section label on the first line ("GeneralWorld News",
 * "Home > World > Asia") when a headline follows it. Blank lines are kept for the caller to collapse.
 */
export function removeFurnitureLines(lines: readonly string[]): string[] {
  const kept = lines.filter((line) => !isFurnitureLine(line));
  const first = kept.findIndex((line) => line.trim() !== "");
  if (first < 0) return kept;
  const next = kept.slice(first + 1).find((line) => line.trim() !== "");
  if (next !== undefined && isSectionLabel(kept[first]!.trim(), next.trim())) kept.splice(first, 1);
  return kept;
}

// Section names of news sites, for telling a category label from a headline.
// biome-ignore format: a word list reads better packed
const SECTION_WORDS = new Set([
  "general", "world", "news", "business", "politics", "sports", "sport", "tech", "technology", "science", "health",
  "entertainment", "opinion", "economy", "markets", "market", "local", "national", "international", "lifestyle",
  "culture", "trade", "finance", "money", "environment", "climate", "energy", "analysis", "features", "video",
  "videos", "latest", "top", "breaking", "global", "asia", "europe", "americas", "africa", "india", "china", "us",
  "uk", "home", "education", "travel", "food", "auto", "defence", "defense", "commodities", "mining", "industry",
]);

/**
 * A section label above a longer line: category names glued by a scraper ("GeneralWorld News" is
 * "General" + "World News") or a breadcrumb trail ("Home > World > Asia").
 */
function isSectionLabel(line: string, next: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > 5 || /[.!?:;,"“”]/.test(line) || next.split(/\s+/).length <= words.length) return false;
  if (/\s[>»›/|]\s/.test(line)) return true;
  const parts = line.split(/\s+|(?<=[\p{Ll}])(?=[\p{Lu}])/u);
  return parts.length > words.length && parts.every((part) => SECTION_WORDS.has(part.toLowerCase()));
}
