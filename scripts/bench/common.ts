// Small helpers shared by the benchmark scripts: order statistics, number formatting and the
// replacement of one script's own "## " section of BENCHMARKS.md. Pure functions, no I/O; each
// script reads and writes the file itself.

/** The median of `xs` (the mean of the two middle values for an even count); NaN when empty. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The `p`-th percentile of `xs` (0 ≤ p ≤ 100) by the nearest-rank method: the smallest value with
 * at least p % of the values at or below it. NaN when empty.
 */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** `x` with `digits` decimals ("–" for NaN or an infinity). */
export function fmt(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : "–";
}

/**
 * `existing` (the text of BENCHMARKS.md) with the section that starts with the line `heading` up to
 * the next "## " heading replaced by `section`; the other sections stay as they are. A missing
 * section is appended; an empty file gets a title first.
 */
export function replaceSection(existing: string, heading: string, section: string): string {
  if (!existing.trim()) {
    return `# Benchmarks\n\nFigures written by the benchmark scripts; each owns one section.\n\n${section}`;
  }
  const lines = existing.split("\n");
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) return `${existing.trimEnd()}\n\n${section}`;
  let end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  if (end < 0) end = lines.length;
  const after = lines.slice(end).join("\n");
  return `${lines.slice(0, start).join("\n")}${start > 0 ? "\n" : ""}${section}${after ? `\n${after}` : ""}`;
}
