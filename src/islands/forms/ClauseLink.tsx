import { clauseHref, clauseTitle, type ClauseNumber } from '../../domain/playbook/clauses';

/** "依据 4.3.2 关键决策人" — opens the clause in a new tab so the form stays put. */
export function ClauseLink({ clause }: { clause: ClauseNumber }) {
  return (
    <a className="clause-ref" href={clauseHref(clause)} target="_blank" rel="noopener">
      依据 {clause} {clauseTitle(clause)}
      <span className="visually-hidden">（在新窗口打开）</span>
    </a>
  );
}
