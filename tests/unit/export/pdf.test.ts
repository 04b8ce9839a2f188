/**
 * Each PDF generated in Node with the font the site serves and read back
 * with poppler: pdftotext must give the Chinese back, pdfinfo the pages and
 * paper, pdffonts one embedded subset font with a Unicode map. Needs
 * poppler-utils (scripts/ensure-system-packages.sh installs it; .ci/run
 * runs that first).
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/domain/development-file/labels';
import { developmentFileSchema, type DevelopmentFile } from '../../../src/domain/development-file/schema';
import type { PdfExports } from '../../../src/export/pdf/exports';
import { realisticFile, emptyFile } from '../../helpers/development-files';
import { typicalCompleteFile } from '../../helpers/typical-file';
import { FIXED, nodePdfExports, pdfPages, pdftotext, saveTemp } from './node-pdf';

const NAME = '华东精密机械有限公司';
/** pdftotext drops the spaces of a line made only of one-character words (第 1 页 / 共 2 页); compare without white space. */
const flat = (text: string) => text.replace(/\s+/g, '');

function poppler(args: string[]): string {
  try {
    return execFileSync(args[0] as string, args.slice(1), { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${args[0]} is missing: install poppler-utils (bash scripts/ensure-system-packages.sh)`);
    }
    throw error;
  }
}

function expectFooters(text: string, pages: number) {
  const all = flat(text);
  for (let n = 1; n <= pages; n++) expect(all).toContain(`第${n}页/共${pages}页`);
  expect(all).not.toContain(`第${pages + 1}页`);
  expect(all).toContain('生成日期：2026-11-27');
}

let pdf: PdfExports;
beforeAll(async () => {
  poppler(['pdftotext', '-v']);
  pdf = await nodePdfExports();
}, 60_000);

describe('新客户开发申请表', () => {
  it('has the customer, the evaluation, survey and preparation summaries, applicant and both approvals', async () => {
    const result = await pdf.application(typicalCompleteFile('app-1', NAME), FIXED);
    const path = saveTemp('application.pdf', result.bytes);
    const text = pdftotext(path);
    expect(result.filename).toBe(`新客户开发申请表-${NAME}-2026-11-27.pdf`);
    expect(result.missingCharacters).toEqual([]);
    expect(text).toContain('新客户开发申请表');
    expect(text).toContain(`客户：${NAME}`);
    const all = flat(text);
    for (const label of [
      FIELDS['customer.name'].label,
      FIELDS['customer.region'].label,
      '江苏省苏州市',
      '财务管理能力与信用',
      '开发投入与交易预估',
      '贡献与价值',
      '技术难度与品质要求对比公司能力',
      '近三年营收稳定增长',
      '综合得分',
      '70/100',
      '评估结论',
      '推荐',
      '背景调查摘要',
      '走访其苏州工厂',
      '前期准备摘要',
      '陈总（分管采购副总，态度：支持）',
      FIELDS['application.reasons'].label,
      '申请人签字',
      '张伟',
      '营销部长审批',
      '总经理审批',
      '■同意',
      '□不同意',
      '同意，注意控制前期费用。',
      '李娜',
      '2026-04-08',
    ]) {
      expect(all, label).toContain(flat(label));
    }
    expect(pdfPages(path)).toBe(result.pageCount);
    expectFooters(text, result.pageCount);
    expect(poppler(['pdfinfo', path])).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  // 64 KB since the 评分规则 is printed with its source (about 2.5 KB of glyphs; it was 60 KB).
  it('is at most 64 KB for the typical file, the font embedded once, subset, with a Unicode map', async () => {
    const result = await pdf.application(typicalCompleteFile('app-1', NAME), FIXED);
    expect(result.bytes.length).toBeLessThanOrEqual(64 * 1024);
    const fonts = poppler(['pdffonts', saveTemp('fonts.pdf', result.bytes)]).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('leaves the approval block blank, with its signature lines, while nothing is decided', async () => {
    const file = developmentFileSchema.parse({ ...emptyFile('app-2', '宁波海天塑业有限公司'), stage: 'application' });
    const result = await pdf.application(file, FIXED);
    const text = flat(pdftotext(saveTemp('blank.pdf', result.bytes)));
    expect(text).toContain('□同意□不同意□退回修改');
    expect(text).not.toContain('■');
    expect(text).toContain('营销部长签字');
    expect(text).toContain('总经理签字');
    expect(text).toContain('尚未完成评分（已评0/4项）');
  });

  it('is the same bytes for the same file and date', async () => {
    const a = await pdf.application(typicalCompleteFile('app-1', NAME), FIXED);
    const b = await pdf.application(typicalCompleteFile('app-1', NAME), FIXED);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe('完整开发档案', () => {
  it('has every stage, the activity log, progress reports, review, customer code and history', async () => {
    const result = await pdf.fullFile(typicalCompleteFile('full-1', NAME), FIXED);
    const path = saveTemp('full.pdf', result.bytes);
    const text = pdftotext(path);
    expect(result.filename).toBe(`开发档案-${NAME}-2026-11-27.pdf`);
    expect(text).toContain(`客户：${NAME}`);
    const all = flat(text);
    for (const label of [
      '一、档案概况',
      '二、策划与评估（4.1.2）',
      '三、背景调查（4.2.1）',
      '四、开发申请（4.2.5）',
      '五、前期准备（4.3.1）',
      '六、正式实施（4.4.1）',
      '七、开发总结（4.5.1）',
      '八、纳入客户管理（4.6.1）',
      '开发活动记录（6条）',
      '来厂考察',
      '获得首批2,000件订单。',
      '新客户开发进度报表（3份）',
      '整改要快，争取7月拿到试单。',
      FIELDS['review.successPoints'].label,
      '抓住客户更换供应商的窗口期',
      FIELDS['review.correctiveActions'].label,
      '客户代码',
      'KH-2026-0012',
      '销售部、财务部、生产部、品质部',
      '阶段记录',
    ]) {
      expect(all, label).toContain(flat(label));
    }
    expect(result.pageCount).toBeGreaterThan(1);
    expect(pdfPages(path)).toBe(result.pageCount);
    expectFooters(text, result.pageCount);
  });
});

describe('新客户开发进度报表', () => {
  const files = (): DevelopmentFile[] => [typicalCompleteFile('prog-0', NAME), ...Array.from({ length: 40 }, (_, i) => realisticFile(i))];

  it('is landscape A4, spans pages with the column headings on every page, one row per file', async () => {
    const list = files();
    const result = await pdf.progressReport(list, FIXED);
    const path = saveTemp('progress.pdf', result.bytes);
    expect(result.filename).toBe('新客户开发进度报表-41份-2026-11-27.pdf');
    expect(poppler(['pdfinfo', path])).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    const pages = pdfPages(path);
    expect(pages).toBe(result.pageCount);
    expect(pages).toBeGreaterThan(2);
    expectFooters(pdftotext(path), pages);
    // Page by page: the heading row once on each.
    for (let n = 1; n <= pages; n++) {
      const page = flat(poppler(['pdftotext', '-f', String(n), '-l', String(n), '-enc', 'UTF-8', path, '-']));
      for (const heading of ['开发业务', '最近活动', '取得成绩', '存在的问题', '下一步', '停滞', '风险']) {
        expect(page.split(heading).length - 1, `page ${n}: ${heading}`).toBeGreaterThanOrEqual(1);
      }
    }
    const all = flat(pdftotext(path));
    expect(all).toContain(NAME);
    for (const file of list) expect(all).toContain(flat(file.customer.name));
  });

  it('marks stalled files and risks', async () => {
    const stalled = developmentFileSchema.parse({
      ...emptyFile('stalled-1', '青岛北方重工有限公司'),
      stage: 'execution',
      owner: '王强',
      stageHistory: [{ from: 'preparation', to: 'execution', at: '2026-09-01T09:00:00.000+08:00', note: '' }],
      execution: {
        activities: [{ id: 'a1', date: '2026-09-10', type: 'contact', summary: '电话联系采购经理', outcome: '', nextStep: '寄送样品' }],
        risks: [{ id: 'r1', kind: 'credit', description: '有逾期付款记录', raisedOn: '2026-09-12' }],
      },
    });
    const result = await pdf.progressReport([stalled], FIXED);
    const text = flat(pdftotext(saveTemp('stalled.pdf', result.bytes)));
    expect(text).toContain('停滞78天');
    expect(text).toContain('信用');
    expect(text).toContain('寄送样品');
    expect(text).toContain('停滞1份，有风险记录1份');
  });
});

describe('renderReport (for the quiz and the self-assessment)', () => {
  it('renders rows, paragraphs and a table', async () => {
    const result = await pdf.report(
      {
        title: '新客户开发知识测验成绩单',
        subtitle: '张伟 · 2026-11-27',
        sections: [
          { heading: '成绩', rows: [['得分', '85 / 100'], ['用时', '12 分钟']] },
          { heading: '错题', table: { columns: ['题目', { header: '你的答案', width: 0.5, align: 'center' }, { header: '正确答案', width: 0.5 }], rows: [['4.2.4 调查结果有不详之处时应当？', 'B', 'C']] } },
          { heading: '建议', paragraphs: ['复习 4.2.4 专项调查。\n再做一次测验。'] },
        ],
      },
      FIXED,
    );
    const path = saveTemp('report.pdf', result.bytes);
    const text = flat(pdftotext(path));
    expect(result.filename).toBe('新客户开发知识测验成绩单-2026-11-27.pdf');
    for (const s of ['新客户开发知识测验成绩单', '成绩', '得分', '85/100', '错题', '你的答案', '正确答案', '调查结果有不详之处时应当？', '复习4.2.4专项调查。', '再做一次测验。']) {
      expect(text).toContain(s);
    }
    expect(result.pageCount).toBe(1);
    expectFooters(pdftotext(path), 1);
  });
});

describe('characters the font cannot draw', () => {
  it('are reported, each once, and printed as □ — never dropped silently', async () => {
    const file = typicalCompleteFile('rare-1', '𠮷野家餐饮有限公司');
    const result = await pdf.application({ ...file, owner: '王喆😀', application: { ...file.application, applicant: '王喆😀' } }, FIXED);
    expect(result.missingCharacters).toEqual(['𠮷', '😀']);
    const text = pdftotext(saveTemp('rare.pdf', result.bytes));
    expect(text).toContain('客户：□野家餐饮有限公司');
    // 喆 is not in GB2312 but is among the name characters the font adds.
    expect(flat(text)).toContain('王喆□');
  });
});
