// Types of the highlight domain: ranges to mark in a text and the segments it splits into.

/** A span [start, end) of a text to mark, with what it refers to. */
export interface HighlightRange {
  start: number;
  end: number;
  /** The entity the span names, when known. */
  entity?: string;
}

/** A piece of text, marked or not; the view turns it into a text node or a <mark>. */
export interface TextSegment {
  text: string;
  mark: boolean;
  entity?: string;
}
