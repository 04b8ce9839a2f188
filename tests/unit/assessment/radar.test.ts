import { describe, expect, test } from 'vitest';
import { axisAngle, labelPlacement, pointsAttribute, radarPoints } from '../../../src/domain/assessment/radar';

const center = { x: 100, y: 100 };
const R = 80;
const distance = (p: { x: number; y: number }) => Math.hypot(p.x - center.x, p.y - center.y);
/** Clockwise on screen from straight up, in degrees 0–360 (SVG y grows downwards). */
const bearing = (p: { x: number; y: number }) => ((Math.atan2(p.x - center.x, -(p.y - center.y)) * 180) / Math.PI + 360) % 360;

describe('radarPoints', () => {
  test('score 100 lies on the full radius, 50 at half, 0 at the centre', () => {
    const [full, half, zero] = radarPoints([100, 50, 0, 100, 100], R, center);
    expect(distance(full!)).toBeCloseTo(R, 10);
    expect(distance(half!)).toBeCloseTo(R / 2, 10);
    expect(zero!.x).toBeCloseTo(center.x, 10);
    expect(zero!.y).toBeCloseTo(center.y, 10);
  });

  test('any score s lies at s % of the radius', () => {
    for (const s of [10, 25, 37, 75, 99]) {
      const points = radarPoints([s, s, s, s, s], R, center);
      for (const p of points) expect(distance(p)).toBeCloseTo((R * s) / 100, 10);
    }
  });

  test('the first axis points straight up and the others follow clockwise, 72° apart', () => {
    const points = radarPoints([100, 100, 100, 100, 100], R, center);
    expect(points[0]!.x).toBeCloseTo(center.x, 10);
    expect(points[0]!.y).toBeCloseTo(center.y - R, 10);
    expect(points.map((p) => bearing(p))).toEqual([0, 72, 144, 216, 288].map((deg) => expect.closeTo(deg % 360, 8)));
    // Clockwise on screen: the second axis is up and to the right.
    expect(points[1]!.x).toBeGreaterThan(center.x);
    expect(points[1]!.y).toBeLessThan(center.y);
    // The last axis is up and to the left.
    expect(points[4]!.x).toBeLessThan(center.x);
  });

  test('exact positions for known scores', () => {
    const [a, b, c, d, e] = radarPoints([100, 50, 100, 0, 25], R, center);
    const rad = (deg: number) => (deg * Math.PI) / 180;
    expect(a).toEqual({ x: expect.closeTo(100, 10), y: expect.closeTo(20, 10) });
    expect(b).toEqual({ x: expect.closeTo(100 + 40 * Math.sin(rad(72)), 10), y: expect.closeTo(100 - 40 * Math.cos(rad(72)), 10) });
    expect(c).toEqual({ x: expect.closeTo(100 + 80 * Math.sin(rad(144)), 10), y: expect.closeTo(100 - 80 * Math.cos(rad(144)), 10) });
    expect(d).toEqual({ x: expect.closeTo(100, 10), y: expect.closeTo(100, 10) });
    expect(e).toEqual({ x: expect.closeTo(100 + 20 * Math.sin(rad(288)), 10), y: expect.closeTo(100 - 20 * Math.cos(rad(288)), 10) });
  });

  test('scores outside 0–100 are clamped to the chart', () => {
    const [over, under] = radarPoints([150, -20, 0, 0], R, center);
    expect(distance(over!)).toBeCloseTo(R, 10);
    expect(distance(under!)).toBeCloseTo(0, 10);
  });

  test('works for any number of axes: four axes are 90° apart', () => {
    expect(radarPoints([100, 100, 100, 100], R, center).map((p) => bearing(p))).toEqual(
      [0, 90, 180, 270].map((deg) => expect.closeTo(deg, 8)),
    );
    expect(axisAngle(0, 5)).toBeCloseTo(-Math.PI / 2, 12);
  });
});

describe('pointsAttribute and labels', () => {
  test('formats points for an SVG polygon to one decimal, without -0', () => {
    expect(pointsAttribute([{ x: 100, y: 20 }, { x: 138.04, y: 87.64 }, { x: -0.01, y: 5 }])).toBe('100,20 138,87.6 0,5');
  });

  test('labels sit beyond the radius, anchored away from the chart', () => {
    const top = labelPlacement(0, 5, R, center, 10);
    expect(top).toMatchObject({ x: 100, y: 10, anchor: 'middle' });
    expect(labelPlacement(1, 5, R, center, 10).anchor).toBe('start');
    expect(labelPlacement(4, 5, R, center, 10).anchor).toBe('end');
  });
});
