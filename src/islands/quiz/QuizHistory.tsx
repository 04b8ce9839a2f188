import { resultsFor, type QuizResult } from '../../domain/quiz/history';
import { formatDateTime } from '../files/local-time';

/** Every kept attempt of one quiz, newest first: when, score, passed. */
export function QuizHistory({ quiz, results }: { quiz: string; results: readonly QuizResult[] }) {
  const rows = resultsFor(results, quiz);
  return (
    <section className="quiz-history" aria-labelledby="quiz-history-title">
      <h2 id="quiz-history-title">历次成绩</h2>
      {rows.length === 0 ? (
        <p className="status-line">还没有成绩记录。做完一次测验后，成绩会保存在本浏览器中。</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">本测验的历次成绩，最近的在前</caption>
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">得分</th>
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.at}-${i}`}>
                  <td>
                    <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                  </td>
                  <td>
                    {r.percent}%（{r.correct} / {r.total}）
                  </td>
                  <td className={r.passed ? 'is-right' : 'is-wrong'}>{r.passed ? '通过' : '未通过'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
