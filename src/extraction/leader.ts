// The document's main thing of a kind (its main country, its main firm): the one counted clearly
// most often. One definition for the stages and rules that ask.

/**
 * The item counted at least `min` times and at least twice as often as any other, if one is
 * ("named twice as often as the next country"). Of items tied at the top none leads.
 */
export function clearLeader<T>(counts: Iterable<readonly [T, number]>, min: number): T | undefined {
  let top: T | undefined;
  let topCount = -1;
  let nextCount = -1;
  for (const [item, count] of counts) {
    if (count > topCount) {
      nextCount = topCount;
      topCount = count;
      top = item;
    } else if (count > nextCount) nextCount = count;
  }
  return topCount >= 0 && topCount >= min && (nextCount < 0 || topCount >= 2 * nextCount) ? top : undefined;
}
