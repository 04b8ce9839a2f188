import { useLayoutEffect, useRef } from 'react';
import type { LikelyDuplicate } from '../../domain/development-file/duplicates';
import { stageInfo } from '../../domain/development-file/stages';
import { workspaceHref } from './workspace-link';

/**
 * Two reps (or one forgetful rep) must not develop the same prospect twice:
 * the likely duplicates are listed with links, and creating anyway is an
 * explicit second decision. Focus moves here so the warning is not missed.
 */
export function DuplicateWarning({
  duplicates,
  onConfirm,
  onEdit,
}: {
  duplicates: readonly LikelyDuplicate[];
  onConfirm: () => void;
  onEdit: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice notice-warning duplicate-warning" ref={ref} tabIndex={-1} role="group" aria-labelledby="duplicate-title">
      <h3 id="duplicate-title">可能已有这位客户的开发档案</h3>
      <p>请先打开下面的档案确认，避免重复开发同一客户：</p>
      <ul>
        {duplicates.map((d) => (
          <li key={d.file.id}>
            <a href={workspaceHref(d.file.id)}>{d.file.customer.name.trim() || '未命名客户'}</a>（{stageInfo(d.file.stage).label}）：
            {d.message}
          </li>
        ))}
      </ul>
      <p>确认不是同一家客户时，可以仍然新建。</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={onConfirm}>
          仍然新建
        </button>
        <button type="button" onClick={onEdit}>
          修改客户名称
        </button>
      </div>
    </div>
  );
}
