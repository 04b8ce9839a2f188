/**
 * 主管审阅: the island behind /review/. The 营销部长 or 总经理 imports the
 * reps' JSON exports, works through the applications waiting for a decision,
 * and exports the 进度报表. `?id=` opens one application (a plain link, so
 * the back button and a reload keep the place).
 */
import { useStore } from '@nanostores/react';
import { lazy, Suspense, useEffect } from 'react';
import { $fileList, $filesById, initStorage } from '../../stores/development-files';
import { ImportPanel } from '../files/ImportPanel';
import { todayLocal } from '../files/local-time';
import { SaveStatusAlert } from '../files/SaveStatusAlert';
import { StorageProblemList } from '../files/StorageProblemList';
import { IdentityPanel } from '../identity/IdentityPanel';
import { useCountedFiles } from '../signing/use-signing';
import { useRules } from '../settings/use-rules';

// The desk and the one-file view are chunks of their own (the page's 90 KB
// first-load budget); start-up loads the one the address asks for before the
// first render, so nothing flashes.
const loadDesk = () => import('./DeskList');
const loadFile = () => import('./ReviewView');
const DeskList = lazy(() => loadDesk().then((m) => ({ default: m.DeskList })));
const ProgressReportSection = lazy(() => loadDesk().then((m) => ({ default: m.ProgressReportSection })));
const ReviewView = lazy(() => loadFile().then((m) => ({ default: m.ReviewView })));
await (requestedId() === null ? loadDesk() : loadFile()).catch(() => undefined);

function requestedId(): string | null {
  const id = new URLSearchParams(location.search).get('id');
  return id === null || id === '' ? null : id;
}

export default function ReviewPage() {
  useEffect(() => initStorage(), []);
  const files = useStore($fileList);
  const countedFiles = useCountedFiles(files);
  const byId = useStore($filesById);
  const id = requestedId();
  const today = todayLocal();
  const rules = useRules();
  // One file's view starts with its own heading: the page's introduction would only push it down.
  useEffect(() => {
    document.querySelector('.review-intro')?.toggleAttribute('hidden', id !== null);
  }, [id]);

  if (id !== null) {
    const file = Object.hasOwn(byId, id) ? byId[id] : undefined;
    return (
      <div className="review-page">
        <SaveStatusAlert files={files} />
        <IdentityPanel />
        {file ? (
          <Suspense fallback={<p className="status-line">正在载入…</p>}>
            <ReviewView file={file} />
          </Suspense>
        ) : (
          <section className="panel" aria-labelledby="review-missing-title">
            <h2 id="review-missing-title">找不到这份开发档案</h2>
            <p>本浏览器中没有这份档案。它可能已被删除，或尚未导入：请回到审阅列表，导入业务员发来的 JSON 文件。</p>
            <p>
              <a href="/review/">返回工作台</a>
            </p>
          </section>
        )}
      </div>
    );
  }

  return (
    <div className="review-page">
      <SaveStatusAlert files={files} />
      <StorageProblemList />
      <IdentityPanel />
      <Suspense fallback={<p className="status-line">正在载入…</p>}>
        <DeskList files={countedFiles} today={today} stalledAfterDays={rules.stalledAfterDays} />
        <ImportPanel side="desk" onImported={() => {}} />
        <ProgressReportSection files={countedFiles} today={today} />
      </Suspense>
    </div>
  );
}
