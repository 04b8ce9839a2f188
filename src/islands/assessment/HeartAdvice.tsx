/** One heart's score, what it means, what to do next and where the guide says so. */
import type { ResultRow } from '../../domain/assessment/result';
import { formatScore } from './format';

export function HeartAdvice({ row }: { row: ResultRow }) {
  return (
    <article className="heart-advice" aria-labelledby={`advice-${row.id}`}>
      <h4 id={`advice-${row.id}`}>
        {row.name}：{formatScore(row.score)} 分
      </h4>
      <p>{row.description}</p>
      <p className="advice-lead">建议：</p>
      <ul>
        {row.advice.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p className="advice-links">
        在指南中阅读：
        {row.links.map((link, i) => (
          <span key={link.href}>
            {i > 0 && '；'}
            <a href={link.href}>{link.label}</a>
          </span>
        ))}
      </p>
    </article>
  );
}
