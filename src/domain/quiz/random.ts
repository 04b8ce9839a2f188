/**
 * Seeded randomness for shuffling. A seed makes an attempt repeatable: the
 * quiz page's `?seed=` parameter (end-to-end tests, or a trainer who wants the
 * whole class to see the same order) fixes the order of questions and options.
 */

/** Returns numbers in [0, 1), like Math.random. */
export type Random = () => number;

/** mulberry32: tiny, fast and well spread; quizzes need no cryptographic strength. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Any text as a 32-bit seed (FNV-1a), so `?seed=42` and `?seed=培训班` both work. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function randomSeed(): number {
  const values = new Uint32Array(1);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(values);
  else values[0] = Math.floor(Math.random() * 4294967296);
  return values[0] ?? 0;
}

/** The seed of the n-th attempt (0 = first): a retake gets a new order that is still repeatable. */
export function attemptSeed(base: number, attempt: number): number {
  return (base + Math.imul(attempt, 0x9e3779b9)) >>> 0;
}

/** Fisher–Yates on a copy: the same objects in a new order, none changed. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
