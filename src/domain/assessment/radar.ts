/**
 * Geometry of the radar chart, pure so it can be tested without a DOM. Axis i
 * of n points at angle −90° + i × 360°/n in SVG coordinates (y grows down):
 * the first axis straight up, the rest following clockwise. A score of s
 * (0–100, clamped) sits at s % of the radius from the centre.
 */
export interface Point {
  x: number;
  y: number;
}

export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

export function radarPoints(scores: readonly number[], radius: number, center: Point): Point[] {
  return scores.map((score, i) => {
    const r = (radius * Math.min(100, Math.max(0, score))) / 100;
    const angle = axisAngle(i, scores.length);
    return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
  });
}

/** `x1,y1 x2,y2 …` for an SVG polygon's `points`, to 0.1 unit. */
export function pointsAttribute(points: readonly Point[]): string {
  return points.map((p) => `${round1(p.x)},${round1(p.y)}`).join(' ');
}

const round1 = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};

/** Where an axis label goes: `offset` beyond the full radius, with an anchor that keeps it off the chart. */
export function labelPlacement(index: number, count: number, radius: number, center: Point, offset: number) {
  const angle = axisAngle(index, count);
  const x = center.x + (radius + offset) * Math.cos(angle);
  const y = center.y + (radius + offset) * Math.sin(angle);
  const cos = Math.cos(angle);
  const anchor: 'start' | 'middle' | 'end' = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  return { x: round1(x), y: round1(y), anchor };
}
