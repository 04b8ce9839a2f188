import type { FileRow } from './list-model';
import { workspaceHref } from './workspace-link';

/**
 * One file in the list. Badges say 停滞 / 风险 in words (colour only
 * repeats it). The cells carry their column name for the phone layout,
 * where the header row is hidden and each row becomes a card.
 */
export function FileRowView({
  row,
  selected,
  onSelect,
  onDelete,
}: {
  row: FileRow;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDelete: (trigger: HTMLButtonElement) => void;
}) {
  const meta = [row.region, row.industry].filter((s) => s.trim() !== '').join(' · ');
  return (
    <tr>
      <td className="cell-select">
        <label className="select-box">
          <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
          <span className="visually-hidden">选择“{row.name}”</span>
        </label>
      </td>
      <th scope="row" className="cell-name">
        <a href={workspaceHref(row.id)}>{row.name}</a>
        {(row.stalled || row.risks.length > 0) && (
          <span className="file-badges">
            {row.stalled && <span className="badge badge-alert">停滞</span>}
            {row.risks.length > 0 && <span className="badge badge-alert">风险：{row.risks.join('、')}</span>}
          </span>
        )}
        {meta && <span className="cell-meta">{meta}</span>}
      </th>
      <td data-label="阶段">
        {row.stageLabel}
        {row.waiting && <span className="cell-meta">{row.waiting}</span>}
      </td>
      <td data-label="评估">
        {row.scoreText}
        {row.scoreProgress && <span className="cell-meta">{row.scoreProgress}</span>}
      </td>
      <td data-label="下一步" className="cell-next">
        {row.nextAction}
      </td>
      <td data-label="最后活动">{row.lastActivity ?? '暂无'}</td>
      <td className="cell-actions">
        {/* The label names the customer; it starts with the visible word, as speech control expects. */}
        <button type="button" className="button-danger" aria-label={`删除“${row.name}”`} onClick={(e) => onDelete(e.currentTarget)}>
          删除
        </button>
      </td>
    </tr>
  );
}
