import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { $storageProblems, dismissProblem, type StorageProblem } from '../../stores/development-files';
import { downloadBackup } from './backups';

/** Values of a conflict are arbitrary JSON: shown as short text, never as markup. */
function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '（空）';
  const chars = [...text];
  return chars.length > 80 ? `${chars.slice(0, 80).join('')}…` : text || '（空）';
}

function ProblemItem({ problem }: { problem: StorageProblem }) {
  const [missing, setMissing] = useState(false);
  return (
    <li className="notice notice-warning">
      <p>{problem.message}</p>
      {problem.details.length > 0 && (
        <ul>
          {problem.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {problem.conflicts.length > 0 && (
        <ul>
          {problem.conflicts.map((c) => (
            <li key={c.path}>
              {c.path}：本页面“{shortValue(c.mine)}”，另一标签页“{shortValue(c.theirs)}”
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {problem.backupKey !== null && (
          <button type="button" onClick={() => setMissing(!downloadBackup(problem.backupKey ?? ''))}>
            下载原始内容
          </button>
        )}
        <button type="button" aria-label="知道了，关闭这条提示" onClick={() => dismissProblem(problem.id)}>
          知道了
        </button>
      </div>
      {missing && <p className="status-line is-error">这份备份已不存在（可能已在另一个标签页中删除）。</p>}
    </li>
  );
}

/** What the store found wrong while loading or syncing: corrupt entries (backed up), repairs, conflicts. */
export function StorageProblemList() {
  const problems = useStore($storageProblems);
  return (
    <div aria-live="polite">
      {problems.length > 0 && (
        <section aria-labelledby="storage-problems-title" className="storage-problems">
          <h2 id="storage-problems-title">本机存储提示</h2>
          <ul className="plain-list">
            {problems.map((problem) => (
              <ProblemItem key={problem.id} problem={problem} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
