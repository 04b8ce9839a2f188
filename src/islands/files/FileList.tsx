/**
 * 我的开发档案: the island behind /files/. Loads the files from this
 * browser's storage and composes the sections; each section owns its job.
 */
import { useStore } from '@nanostores/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { $fileList, $storageProblems, getDevelopmentFileStore, initStorage } from '../../stores/development-files';
import { todayLocal } from './local-time';
import { FileListSection } from './FileListSection';
import { NewFileForm } from './NewFileForm';
import { SaveStatusAlert } from './SaveStatusAlert';
import { StorageNotice } from './StorageNotice';
import { StorageProblemList } from './StorageProblemList';
import { startUp } from '../start-up';
import { useCountedFiles } from '../signing/use-signing';

// Below the list: loaded while the list renders, never in its way.
const belowList = import('./below-list');
const ImportPanel = lazy(() => belowList.then((m) => ({ default: m.ImportPanel })));
const PotentialCustomers = lazy(() => belowList.then((m) => ({ default: m.PotentialCustomers })));
const BackupList = lazy(() => belowList.then((m) => ({ default: m.BackupList })));

await startUp(getDevelopmentFileStore);

export default function FileList() {
  // Installs the page-hide flush once; the remover runs if the island unmounts.
  useEffect(() => initStorage(), []);
  const files = useStore($fileList);
  const countedFiles = useCountedFiles(files);
  const problems = useStore($storageProblems);
  // Bumped after an import, which may write backups; problems can carry new ones too.
  const [imports, setImports] = useState(0);
  const today = todayLocal();

  return (
    <div className="files-page">
      <StorageNotice files={files} />
      <SaveStatusAlert files={files} />
      <StorageProblemList />
      <NewFileForm files={files} />
      <FileListSection files={files} counted={countedFiles} today={today} />
      <Suspense fallback={<p className="status-line">正在载入…</p>}>
        <ImportPanel onImported={() => setImports((n) => n + 1)} />
        <PotentialCustomers files={files} />
        <section className="panel" aria-labelledby="backups-title">
          <h2 id="backups-title">备份与恢复</h2>
          <p>
            “导出全部”得到的 JSON 文件就是完整备份：换电脑、换浏览器或清除了浏览器数据后，在这里“导入开发档案（JSON）”即可恢复。也可以把它发给营销部长审阅。
          </p>
          <BackupList refresh={`${imports}:${problems.length}:${files.length}`} />
        </section>
      </Suspense>
    </div>
  );
}
