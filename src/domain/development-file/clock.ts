/**
 * Version vectors: each browser counts its own saves of a file. Comparing two
 * copies' vectors says which is newer, or that both were edited since they
 * parted (conflicting), without trusting anyone's wall clock.
 */
export type VersionVector = Readonly<Record<string, number>>;

export type ClockOrder = 'same' | 'newer' | 'older' | 'conflicting';

/** How `a` relates to `b`. */
export function compareClocks(a: VersionVector, b: VersionVector): ClockOrder {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[device] ?? 0;
    const y = b[device] ?? 0;
    if (x > y) aAhead = true;
    if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'conflicting';
  if (aAhead) return 'newer';
  if (bAhead) return 'older';
  return 'same';
}

/** The clock after one more save on `device`. */
export function tick(clock: VersionVector, device: string): Record<string, number> {
  return { ...clock, [device]: (clock[device] ?? 0) + 1 };
}

/** The least clock that is at or after both: the clock of a merge. */
export function joinClocks(a: VersionVector, b: VersionVector): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [device, n] of Object.entries(b)) out[device] = Math.max(out[device] ?? 0, n);
  return out;
}
