import type { FileRow } from './list-model';
import { FileRowView } from './FileRowView';

/** The files as a table on wide screens; files.css turns each row into a card on a phone. */
export function FileTable({
  rows,
  total,
  selected,
  onSelect,
  onDelete,
}: {
  rows: readonly FileRow[];
  total: number;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onDelete: (row: FileRow, trigger: HTMLButtonElement) => void;
}) {
  return (
    <div className="table-scroll file-table-wrap">
      <table className="data file-table">
        <caption>
          开发档案列表（显示 {rows.length} 份，共 {total} 份）
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">选择</span>
            </th>
            <th scope="col">客户名称</th>
            <th scope="col">阶段</th>
            <th scope="col">评估</th>
            <th scope="col">下一步</th>
            <th scope="col">最后活动</th>
            <th scope="col">
              <span className="visually-hidden">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <FileRowView
              key={row.id}
              row={row}
              selected={selected.has(row.id)}
              onSelect={(value) => onSelect(row.id, value)}
              onDelete={(trigger) => onDelete(row, trigger)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
