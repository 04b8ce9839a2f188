/** Every finished attempt, newest first: date, overall and each heart. */
import type { Heart } from '../../domain/assessment/instrument';
import type { Attempt } from '../../domain/assessment/records';
import { formatDateTime, formatScore } from './format';
import { TableScroll } from './TableScroll';

export function HistoryTable({ hearts, history }: { hearts: readonly Heart[]; history: readonly Attempt[] }) {
  const newestFirst = [...history].reverse();
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">历次自评</h3>
      <TableScroll label="历次自评得分表">
        <table className="data history-table">
          <caption className="visually-hidden">历次自评得分，最近的在前</caption>
          <thead>
            <tr>
              <th scope="col">日期</th>
              <th scope="col">总分</th>
              {hearts.map((h) => (
                <th scope="col" key={h.id}>
                  {h.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((attempt) => (
              <tr key={attempt.completedAt}>
                <th scope="row">
                  <time dateTime={attempt.completedAt}>{formatDateTime(attempt.completedAt)}</time>
                </th>
                <td className="num">{formatScore(attempt.overall)}</td>
                {hearts.map((h) => (
                  <td className="num" key={h.id}>
                    {formatScore(attempt.scores[h.id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
