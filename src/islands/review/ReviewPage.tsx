/**
 * 主管审阅: the island behind /review/. The 营销部长 or 总经理 imports the
 * reps' JSON exports, works through the applications waiting for a decision,
 * and exports the 进度报表. `?id=` opens one application (a plain link, so
 * the back button and a reload keep the place).
 */
import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import { $fileList, $filesById, initStorage } from '../../stores/development-files';
import { ImportPanel } from '../files/ImportPanel';
import { todayLocal } from '../files/local-time';
import { SaveStatusAlert } from '../files/SaveStatusAlert';
import { StorageProblemList } from '../files/StorageProblemList';
import { ProgressReportSection } from './ProgressReportSection';
import { ReviewQueue } from './ReviewQueue';
import { ReviewView } from './ReviewView';

function requestedId(): string | null {
  const id = new URLSearchParams(location.search).get('id');
  return id === null || id === '' ? null : id;
}

export default function ReviewPage() {
  useEffect(() => initStorage(), []);
  const files = useStore($fileList);
  const byId = useStore($filesById);
  const id = requestedId();
  const today = todayLocal();

  if (id !== null) {
    const file = Object.hasOwn(byId, id) ? byId[id] : undefined;
    return (
      <div className="review-page">
        <SaveStatusAlert files={files} />
        {file ? (
          <ReviewView file={file} />
        ) : (
          <section className="panel" aria-labelledby="review-missing-title">
            <h2 id="review-missing-title">找不到这份开发档案</h2>
            <p>本浏览器中没有这份档案。它可能已被删除，或尚未导入：请回到审阅列表，导入业务员发来的 JSON 文件。</p>
            <p>
              <a href="/review/">返回审阅列表</a>
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
      <ImportPanel side="desk" onImported={() => {}} />
      <ReviewQueue files={files} />
      <ProgressReportSection files={files} today={today} />
    </div>
  );
}
