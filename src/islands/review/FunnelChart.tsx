/**
 * The development funnel 4.1 → 4.6 as horizontal bars. The chart is a
 * picture of the table that follows it (same numbers), so screen readers get
 * the table and skip the picture.
 */
import type { FunnelStep } from '../../domain/review/desk';

const ROW = 30;
const LABEL = 96;
const WIDTH = 480;

export function FunnelChart({ funnel, total }: { funnel: readonly FunnelStep[]; total: number }) {
  const bar = WIDTH - LABEL - 48;
  const height = funnel.length * ROW;
  return (
    <div className="funnel">
      <svg className="funnel-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="presentation" aria-hidden="true" focusable="false">
        {funnel.map((step, i) => {
          const width = total === 0 ? 0 : Math.max(step.reached > 0 ? 2 : 0, (step.reached / total) * bar);
          const y = i * ROW;
          return (
            <g key={step.stage}>
              <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="central" className="funnel-label">
                {step.label}
              </text>
              <rect x={LABEL} y={y + 5} width={width} height={ROW - 10} rx="3" className="funnel-bar" />
              <text x={LABEL + width + 6} y={y + ROW / 2} dominantBaseline="central" className="funnel-value">
                {step.reached}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="table-scroll">
        <table className="data funnel-table">
          <caption>开发漏斗：到达各阶段的档案数（共 {total} 份）</caption>
          <thead>
            <tr>
              <th scope="col">阶段</th>
              <th scope="col">条款</th>
              <th scope="col">曾到达</th>
              <th scope="col">目前在此</th>
            </tr>
          </thead>
          <tbody>
            {funnel.map((step) => (
              <tr key={step.stage}>
                <th scope="row">{step.label}</th>
                <td data-label="条款">{step.clause}</td>
                <td data-label="曾到达">{step.reached}</td>
                <td data-label="目前在此">{step.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
