/** The strongest and weakest hearts, each with its advice and guide links. */
import type { AssessmentResult, ResultRow } from '../../domain/assessment/result';
import { HeartAdvice } from './HeartAdvice';

export function Highlights({ result }: { result: AssessmentResult }) {
  const pick = (ids: readonly string[]) => result.rows.filter((r) => ids.includes(r.id));
  const { strongest, weakest, allEqual } = result.highlights;
  if (allEqual) {
    return (
      <section className="highlights" aria-labelledby="highlights-equal">
        <h3 id="highlights-equal">强项与弱项</h3>
        <p>五颗心得分相同，都是 {result.rows[0]?.score ?? '—'} 分，没有明显的强项或弱项。下面是每颗心的建议。</p>
        <Group rows={result.rows} />
      </section>
    );
  }
  return (
    <div className="highlight-columns">
      <section className="highlights" aria-labelledby="highlights-strongest">
        <h3 id="highlights-strongest">最强的心</h3>
        <Group rows={pick(strongest)} />
      </section>
      <section className="highlights" aria-labelledby="highlights-weakest">
        <h3 id="highlights-weakest">最需要加强的心</h3>
        <Group rows={pick(weakest)} />
      </section>
    </div>
  );
}

function Group({ rows }: { rows: readonly ResultRow[] }) {
  return (
    <>
      {rows.map((row) => (
        <HeartAdvice key={row.id} row={row} />
      ))}
    </>
  );
}
