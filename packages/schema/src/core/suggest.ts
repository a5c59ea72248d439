/**
 * Ids longer than this get no suggestions: no real id is this long, and comparing one costs time
 * in proportion to its length.
 */
export const MAX_SUGGESTION_INPUT_LENGTH = 200;

/** The largest edit distance that still counts as a plausible typo of a string this long. */
function typoThreshold(a: number, b: number): number {
  return Math.max(2, Math.floor(Math.max(a, b) / 3));
}

/**
 * Edit distance (insertions, deletions, substitutions), or `limit + 1` as soon as it is known to be
 * larger than `limit`: only the diagonal band of width `2 × limit + 1` is computed, so a comparison
 * costs O(length × limit) instead of O(length²).
 */
function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const beyond = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : beyond;
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(b.length, i + limit);
    current.fill(beyond);
    current[0] = i <= limit ? i : beyond;
    let best = current[0] as number;
    for (let j = low; j <= high; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return beyond;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] as number, beyond);
}

/**
 * The known ids nearest to `id`, closest first (ties in id order), at most `limit` of them and
 * only those close enough to be a plausible typo or a shared stem. Cheap on any input: candidates
 * whose length alone rules them out are skipped, each comparison stops once it exceeds the typo
 * threshold, and an input longer than {@link MAX_SUGGESTION_INPUT_LENGTH} gets no suggestions.
 *
 * ```ts
 * nearestIds('org:smiic', ['org:smic', 'org:smee', 'person:xi-jinping']); // ['org:smic', 'org:smee']
 * ```
 */
export function nearestIds(id: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = String(id);
  if (target.length === 0 || target.length > MAX_SUGGESTION_INPUT_LENGTH) return [];
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const related = candidate.length > 0 && (candidate.includes(target) || target.includes(candidate));
    if (related) {
      scored.push({ candidate, score: candidate === target ? 0 : 1 });
      continue;
    }
    const threshold = typoThreshold(target.length, candidate.length);
    const distance = boundedEditDistance(target, candidate, threshold);
    if (distance <= threshold) scored.push({ candidate, score: distance });
  }
  scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1));
  return scored.slice(0, limit).map((entry) => entry.candidate);
}
