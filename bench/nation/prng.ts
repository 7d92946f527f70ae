/**
 * The synthetic nation's randomness: mulberry32, a 32-bit seeded PRNG (same seed → same sequence on every machine),
 * and an integer mix for SQL so that set-based statements draw the same numbers on PGlite and PostgreSQL.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Splits `total` into `parts` counts in [min, max] drawn from the PRNG, summing exactly to `total` (largest
 * remainders get the rest). Used for villages per sub-district (75,000 over 7,436: 3 to 18 each, as real ones vary).
 */
export function spread(total: number, parts: number, random: () => number, min = 3, max = 18): number[] {
  if (parts === 0) return [];
  const weights = Array.from({ length: parts }, () => min + random() * (max - min));
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w * total) / sum);
  const counts = exact.map((e) => Math.max(1, Math.min(99, Math.floor(e))));
  let rest = total - counts.reduce((s, c) => s + c, 0);
  const order = exact
    .map((e, i) => ({ i, frac: e - Math.floor(e) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest !== 0 && k < order.length * 4; k += 1) {
    const i = order[k % order.length]?.i ?? 0;
    const c = counts[i] ?? 0;
    if (rest > 0 && c < 99) {
      counts[i] = c + 1;
      rest -= 1;
    } else if (rest < 0 && c > 1) {
      counts[i] = c - 1;
      rest += 1;
    }
  }
  return counts;
}
