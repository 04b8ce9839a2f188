import { describe, expect, test } from 'vitest';
import { applicationDocument } from '../../../src/domain/documents/application';
import { summarySections } from '../../../src/islands/review/summary-model';
import { typicalCompleteFile } from '../../helpers/typical-file';

describe('summarySections: the 申请表 as the review page shows it', () => {
  const sections = summarySections(applicationDocument(typicalCompleteFile('t1'), { today: '2026-11-27' }));

  test('the PDF sections in order, without the approval section', () => {
    expect(sections.map((s) => s.heading)).toEqual([
      '一、客户基本情况',
      '二、客户评估（4.1.2）',
      '三、背景调查摘要（4.2）',
      '四、开发申请（4.2.5）',
      '五、前期准备摘要（4.3）',
      '六、申请人',
    ]);
  });

  test('grids become label/value pairs', () => {
    const basics = sections[0]?.parts[0];
    expect(basics?.kind).toBe('pairs');
    if (basics?.kind !== 'pairs') return;
    expect(basics.pairs[0]).toEqual({ label: '客户名称', value: '华东精密机械有限公司' });
    expect(basics.pairs.map((p) => p.label)).toContain('开发业务');
    const application = sections[3]?.parts[0];
    expect(application?.kind === 'pairs' && application.pairs.find((p) => p.label === '预计年采购额（万元）')?.value).toBe('600');
  });

  test('the evaluation stays a table with its header, scores and notes', () => {
    const table = sections[1]?.parts[0];
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.header.map((c) => c.text)).toEqual(['评估方向', '评分（1–5）', '说明']);
    expect(table.rows[0]?.map((c) => c.text).slice(0, 2)).toEqual(['财务管理能力与信用', '4 / 5']);
    expect(table.rows.some((row) => row[1]?.text === '推荐')).toBe(true);
  });
});
