import { defaultChoice, type ImportChoice, type ImportSide } from '../../domain/exchange/apply';
import type { ImportPreview } from '../../domain/exchange/import';
import { stageInfo } from '../../domain/development-file/stages';
import { ConflictChoice } from './ConflictChoice';
import { entryExplanation, STATUS_LABELS } from './import-labels';

/**
 * Every entry of the documents with its status, reasons, and a choice where
 * one is needed; with several documents, a column says which file each came from.
 */
export function ImportPreviewTable({
  preview,
  title,
  showSource,
  choices,
  side,
  onChoose,
}: {
  preview: ImportPreview;
  /** The file name, or how many files. */
  title: string;
  showSource: boolean;
  choices: ReadonlyMap<string, ImportChoice>;
  side: ImportSide;
  onChoose: (id: string, choice: ImportChoice) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data import-preview">
        <caption>导入预览：{title}</caption>
        <thead>
          <tr>
            <th scope="col">客户名称</th>
            {showSource && <th scope="col">来源文件</th>}
            <th scope="col">阶段</th>
            <th scope="col">状态</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {preview.entries.map((entry, position) => {
            const name = entry.customerName.trim() || `第 ${entry.index + 1} 份（无名称）`;
            return (
              <tr key={position} className={`import-${entry.status}`}>
                <th scope="row">{name}</th>
                {showSource && <td data-label="来源文件">{entry.source ?? ''}</td>}
                <td data-label="阶段">{entry.stage === null ? '—' : stageInfo(entry.stage).label}</td>
                <td data-label="状态">
                  <span className={entry.status === 'conflicting' || entry.status === 'invalid' ? 'badge badge-alert' : 'badge'}>
                    {STATUS_LABELS[entry.status]}
                  </span>
                </td>
                <td data-label="说明">
                  <p className="import-explanation">{entryExplanation(entry)}</p>
                  {entry.status === 'invalid' && (
                    <ul className="import-reasons">
                      {entry.reasons.map((reason, i) => (
                        <li key={i}>{reason}</li>
                      ))}
                    </ul>
                  )}
                  {entry.status === 'conflicting' && (
                    <ConflictChoice
                      index={position}
                      name={name}
                      side={side}
                      value={choices.get(entry.id) ?? defaultChoice(entry, side)}
                      onChange={(choice) => onChoose(entry.id, choice)}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
