/**
 * What a rep with 500 files pays per save: the debounced write of one edited
 * file (read-before-write, clock tick, envelope, setItem) and, per keystroke,
 * the edit itself (validation, freezing, republishing the list to the UI).
 * Also the start-up load of all 500. Memory engine: browsers' localStorage
 * adds its own cost, but ours is what the code controls.
 */
import { expect, test } from 'vitest';
import { createDevelopmentFileStore } from '../../src/stores/development-file-store';
import { encodeEnvelope, fileKey } from '../../src/stores/file-envelope';
import { createMemoryEngine } from '../../src/stores/storage-engine';
import { realisticFile, T0 } from '../helpers/development-files';

const FILES = 500;
const engine = createMemoryEngine();
for (let i = 0; i < FILES; i++) {
  const file = realisticFile(i);
  engine.setItem(fileKey(file.id), encodeEnvelope(file, T0));
}
const perFile = (engine.getItem(fileKey(realisticFile(0).id)) ?? '').length;
console.log(`${FILES} files stored: ${perFile} chars per entry, ${(engine.usedBytes() / 1024 / 1024).toFixed(2)} MB as UTF-16`);

const store = createDevelopmentFileStore(engine.openTab(), { deviceId: 'bench', debounceMs: 60_000, maxWaitMs: 60_000 });
// As in the page: the file list is on screen, so every change re-sorts it.
store.$fileList.listen(() => {});
const id = realisticFile(250).id;
let n = 0;
const type = () =>
  store.updateFile(id, (f) => ({ ...f, review: { ...f.review, successPoints: `客户已确认第 ${++n} 批试用订单，质量反馈良好。` } }));

test(`one save with ${FILES} files stored`, { timeout: 120_000 }, async ({ bench }) => {
  expect(store.$fileList.get()).toHaveLength(FILES);
  await bench.compare(
    bench('edit + save (updateFile + flushPendingWrites)', () => {
      type();
      store.flushPendingWrites();
    }),
    bench('edit only (a keystroke before the debounced write)', () => {
      type();
    }),
    bench(`load all ${FILES} files (start-up)`, () => {
      createDevelopmentFileStore(engine.openTab(), { deviceId: 'bench' }).dispose();
    }),
    { time: 2000, warmupIterations: 5 },
  );
  store.flushPendingWrites();
});
