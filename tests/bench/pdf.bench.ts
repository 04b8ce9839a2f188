/**
 * Time to make each PDF once the font and HarfBuzz are loaded (the browser
 * keeps both after the first export), in Node with the font the site serves:
 * collect the characters, subset the font, lay out, write the PDF. Target:
 * at most 0.5 s each; a typical application PDF at most 60 KB.
 * The first-time cost (reading the 2 MB font, compiling the wasm) is printed
 * separately; in the browser it is the download instead.
 */
import { expect, test } from 'vitest';
import type { DevelopmentFile } from '../../src/domain/development-file/schema';
import { realisticFile } from '../helpers/development-files';
import { typicalCompleteFile } from '../helpers/typical-file';
import { FIXED, nodePdfExports } from '../unit/export/node-pdf';

const typical = typicalCompleteFile('bench-typical');
const team: DevelopmentFile[] = [typical, ...Array.from({ length: 49 }, (_, i) => realisticFile(i))];

const started = performance.now();
const pdf = await nodePdfExports();
console.log(`first load (font + HarfBuzz wasm): ${(performance.now() - started).toFixed(0)} ms`);

const kinds = {
  'application (typical file)': () => pdf.application(typical, FIXED),
  'full file (typical file)': () => pdf.fullFile(typical, FIXED),
  'progress report (50 files)': () => pdf.progressReport(team, FIXED),
  'renderReport (one-page quiz report)': () =>
    pdf.report(
      {
        title: '新客户开发知识测验成绩单',
        sections: [
          { heading: '成绩', rows: [['得分', '85 / 100'], ['用时', '12 分钟']] },
          { heading: '错题', table: { columns: ['题目', '你的答案', '正确答案'], rows: [['调查结果有不详之处时应当？', 'B', 'C']] } },
        ],
      },
      FIXED,
    ),
};

const sizes: Record<string, { kb: number; pages: number; ms: number }> = {};
for (const [name, make] of Object.entries(kinds)) {
  await make(); // warm
  const t = performance.now();
  const result = await make();
  sizes[name] = { kb: Math.round((result.bytes.length / 1024) * 10) / 10, pages: result.pageCount, ms: Math.round(performance.now() - t) };
}
console.log('PDF sizes and one timed run each:');
console.table(sizes);

test('PDF generation, assets loaded', { timeout: 300_000 }, async ({ bench }) => {
  expect(sizes['application (typical file)']?.kb).toBeLessThanOrEqual(60);
  await bench.compare(
    ...Object.entries(kinds).map(([name, make]) =>
      bench(name, async () => {
        await make();
      }),
    ),
    { time: 3000, warmupIterations: 2 },
  );
});
