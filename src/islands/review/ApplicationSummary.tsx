import { useMemo } from 'react';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { useRules } from '../settings/use-rules';
import { applicationDocument } from '../../domain/documents/application';
import { summarySections, type SummaryPart } from './summary-model';

function Part({ part }: { part: SummaryPart }) {
  switch (part.kind) {
    case 'text':
      return <p className="summary-text">{part.text}</p>;
    case 'pairs':
      return (
        <dl className="summary-pairs">
          {part.pairs.map((pair, i) => (
            <div key={i} className="summary-pair">
              <dt>{pair.label}</dt>
              <dd>{pair.value.trim() === '' ? '（未填写）' : pair.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <div className="table-scroll">
          <table className="data summary-table">
            <thead>
              <tr>
                {part.header.map((cell, i) => (
                  <th key={i} scope="col" colSpan={cell.span}>
                    {cell.text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {part.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" colSpan={cell.span}>
                        {cell.text}
                      </th>
                    ) : (
                      <td key={i} colSpan={cell.span} className={cell.bold ? 'is-strong' : undefined}>
                        {cell.text}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/**
 * The application as the 新客户开发申请表 prints it (same document builder,
 * same sections and wording), without the approval blocks: the forms below
 * take their place.
 */
export function ApplicationSummary({ file, today }: { file: DevelopmentFile; today: string }) {
  const rules = useRules();
  const sections = useMemo(() => summarySections(applicationDocument(file, { today, rules })), [file, today, rules]);
  return (
    <div className="application-summary">
      {sections.map((section, i) => (
        <section key={i} className="summary-section" aria-labelledby={`summary-${i}`}>
          <h3 id={`summary-${i}`}>{section.heading}</h3>
          {section.parts.map((part, k) => (
            <Part key={k} part={part} />
          ))}
        </section>
      ))}
    </div>
  );
}
