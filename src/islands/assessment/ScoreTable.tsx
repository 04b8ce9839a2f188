/** The chart's numbers as a table: the accessible equivalent of the radar chart, and the trend per heart. */
import type { AssessmentResult } from '../../domain/assessment/result';
import { formatDateTime, formatScore } from './format';
import { TableScroll } from './TableScroll';

export function ScoreTable({ result }: { result: AssessmentResult }) {
  const compare = result.previousAt !== null;
  return (
    <TableScroll label="各心得分表">
      <table className="data score-table">
        <caption>
          各心得分（0–100）{compare && `，与上次（${formatDateTime(result.previousAt ?? '')}）比较`}
        </caption>
        <thead>
          <tr>
            <th scope="col">心</th>
            <th scope="col">本次得分</th>
            {compare && <th scope="col">上次得分</th>}
            {compare && <th scope="col">变化</th>}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id} data-heart={row.id}>
              <th scope="row">{row.name}</th>
              <td className="num">{formatScore(row.score)}</td>
              {compare && <td className="num">{formatScore(row.previous)}</td>}
              {compare && <td className={`trend trend-${row.trend.direction ?? 'none'}`}>{row.trend.text}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-heart="overall">
            <th scope="row">总分</th>
            <td className="num">{formatScore(result.overall)}</td>
            {compare && <td className="num">{formatScore(result.previousOverall)}</td>}
            {compare && <td className={`trend trend-${result.overallTrend.direction ?? 'none'}`}>{result.overallTrend.text}</td>}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
