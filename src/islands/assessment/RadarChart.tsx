/**
 * The five scores as a radar chart. It is decoration for sighted readers: the
 * score table next to it carries the same numbers, so the SVG is aria-hidden.
 * Colours come from classes in assessment.css (no style attributes: CSP).
 */
import { labelPlacement, pointsAttribute, radarPoints } from '../../domain/assessment/radar';

const SIZE = { width: 360, height: 300 };
const CENTER = { x: 180, y: 152 };
const RADIUS = 105;
const LEVELS = [20, 40, 60, 80, 100];

interface Props {
  names: readonly string[];
  scores: readonly (number | null)[];
  previous: readonly (number | null)[] | null;
}

export function RadarChart({ names, scores, previous }: Props) {
  const n = names.length;
  const values = (list: readonly (number | null)[]) => list.map((s) => s ?? 0);
  const axisEnds = radarPoints(names.map(() => 100), RADIUS, CENTER);
  return (
    <svg className="radar" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} aria-hidden="true" focusable="false">
      {LEVELS.map((level) => (
        <polygon key={level} className="radar-grid" points={pointsAttribute(radarPoints(names.map(() => level), RADIUS, CENTER))} />
      ))}
      {axisEnds.map((end, i) => (
        <line key={names[i]} className="radar-axis" x1={CENTER.x} y1={CENTER.y} x2={end.x} y2={end.y} />
      ))}
      <text className="radar-tick" x={CENTER.x + 4} y={CENTER.y - RADIUS / 2 + 11}>
        50
      </text>
      <text className="radar-tick" x={CENTER.x + 4} y={CENTER.y - RADIUS + 11}>
        100
      </text>
      {previous && <polygon className="radar-previous" points={pointsAttribute(radarPoints(values(previous), RADIUS, CENTER))} />}
      <polygon className="radar-area" points={pointsAttribute(radarPoints(values(scores), RADIUS, CENTER))} />
      {radarPoints(values(scores), RADIUS, CENTER).map((p, i) => (
        <circle key={names[i]} className="radar-dot" cx={p.x} cy={p.y} r="3.5" />
      ))}
      {names.map((name, i) => {
        const at = labelPlacement(i, n, RADIUS, CENTER, 14);
        return (
          <text key={name} className="radar-label" x={at.x} y={at.y} textAnchor={at.anchor} dominantBaseline="middle">
            {name} {scores[i] ?? '—'}
          </text>
        );
      })}
    </svg>
  );
}
