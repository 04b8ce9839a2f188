/**
 * Change since the previous attempt, spelled out in words and an arrow so it
 * never depends on colour: ↑ 提高 8 分 / ↓ 下降 5 分 / → 持平.
 */
export type Direction = 'up' | 'down' | 'same';

export interface Trend {
  /** current − previous, or null when either score is missing. */
  difference: number | null;
  direction: Direction | null;
  arrow: '↑' | '↓' | '→' | '';
  text: string;
}

export function trend(current: number | null, previous: number | null | undefined): Trend {
  if (current === null || previous === null || previous === undefined) {
    return { difference: null, direction: null, arrow: '', text: '无上次记录' };
  }
  const difference = current - previous;
  if (difference > 0) return { difference, direction: 'up', arrow: '↑', text: `↑ 提高 ${difference} 分` };
  if (difference < 0) return { difference, direction: 'down', arrow: '↓', text: `↓ 下降 ${-difference} 分` };
  return { difference, direction: 'same', arrow: '→', text: '→ 持平（0 分）' };
}
