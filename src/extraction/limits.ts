// The extraction's size limits, in one place: every stage works on pieces of bounded size and
// writes a bounded number of records per piece, so that any accepted text is extracted in time
// and memory linear in its size, and its output is at most a linear function of it. Data only.

/**
 * Longest run of non-space characters wink reads as it is. wink's abbreviation test is quadratic
 * in a token's length (256 KB with no space took 72 s), so longer runs reach it cut every
 * `MAX_TOKEN_CHARS` characters: the character at each cut is read as a space and belongs to no
 * token. No word is that long; URLs and rules of dashes are cut harmlessly.
 */
export const MAX_TOKEN_CHARS = 64;

/**
 * Most tokens and characters in a sentence (the seeds' longest has 55 tokens and 312 characters).
 * A longer "sentence" (a list with no period, text with no punctuation) is split, after the last
 * comma, semicolon or dash of its second half when it has one, so that the rules, which read a
 * sentence at a time, and the sentence text stored with each mention, piece of evidence and
 * statement, stay bounded.
 */
export const MAX_SENTENCE_TOKENS = 100;
export const MAX_SENTENCE_CHARS = 600;

/** Most mentions kept in a sentence, in text order (the seeds have at most 13). */
export const MAX_MENTIONS_PER_SENTENCE = 40;

/**
 * Most mentions of one entity a document stores (the first found; the seeds have at most 51): an
 * entity named ten thousand times costs a hundred sentences in the output, not ten thousand.
 */
export const MAX_MENTIONS_PER_ENTITY = 100;

/**
 * Most distinct relations a sentence gives, in the order the rules find them (the seeds have at
 * most 19); an exact repeat of a relation already found (same ends, sentence, rule, attributes)
 * is not counted, and not stored twice.
 */
export const MAX_RELATIONS_PER_SENTENCE = 64;

/** Most statements a sentence gives (quotations attributed in it). */
export const MAX_STATEMENTS_PER_SENTENCE = 10;

/**
 * Longest quotation read, in characters: five long sentences' worth. A quotation runs to the next
 * quotation mark, so that an opening mark left open costs the distance to the next mark and the
 * search stays linear in the text.
 */
export const MAX_QUOTE_CHARS = 3000;

/** Most items of a list read after a line that introduces it ("The talks covered:"). */
export const MAX_LIST_ITEMS = 20;

/**
 * Most people a sentence about talks names as taking part (the pairs of them who "met" grow with
 * the square of it).
 */
export const MAX_PARTICIPANTS_PER_SENTENCE = 12;
