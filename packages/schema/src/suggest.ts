/**
 * Edit distance between two strings (insertions, deletions, substitutions), for "did you mean"
 * suggestions. Small enough to keep here rather than add a runtime dependency.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known ids nearest to `id`, closest first (ties in id order), at most `limit` of them and
 * only those close enough to be a plausible typo or a shared stem.
 *
 * ```ts
 * nearestIds('org:smiic', ['org:smic', 'org:smee', 'person:xi-jinping']); // ['org:smic', 'org:smee']
 * ```
 */
export function nearestIds(id: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = String(id);
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate);
    const related = candidate.includes(target) || target.includes(candidate);
    const threshold = Math.max(2, Math.floor(Math.max(target.length, candidate.length) / 3));
    if (distance <= threshold || related)
      scored.push({ candidate, score: related ? Math.min(distance, 1) : distance });
  }
  scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1));
  return scored.slice(0, limit).map((entry) => entry.candidate);
}
