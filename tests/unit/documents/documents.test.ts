/** What each PDF says, before layout: the document models built from files. */
import { describe, expect, it } from 'vitest';
import { developmentFileSchema } from '../../../src/domain/development-file/schema';
import { applicationDocument } from '../../../src/domain/documents/application';
import { choices, grid, sectionNumber } from '../../../src/domain/documents/format';
import { fullFileDocument } from '../../../src/domain/documents/full-file';
import { progressReportDocument, progressRow, sortForReport } from '../../../src/domain/documents/progress-report';
import { textsOf, type Block } from '../../../src/domain/documents/model';
import { reportDocument } from '../../../src/domain/documents/report';
import { emptyFile } from '../../helpers/development-files';
import { typicalCompleteFile } from '../../helpers/typical-file';

const OPTIONS = { today: '2026-11-27', timeZone: 'Asia/Shanghai' };
const headings = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);

describe('新客户开发申请表', () => {
  it('has its sections in order: basics, evaluation, survey, application, preparation, applicant, approvals', () => {
    const model = applicationDocument(typicalCompleteFile('a'), OPTIONS);
    expect(headings(model.blocks)).toEqual([
      '一、客户基本情况',
      '二、客户评估（4.1.2）',
      '三、背景调查摘要（4.2）',
      '四、开发申请（4.2.5）',
      '五、前期准备摘要（4.3）',
      '六、申请人',
      '七、审批',
    ]);
    expect(model.orientation).toBe('portrait');
    const all = textsOf(model).join('\n');
    expect(all).toContain('2026-04-02 15:20'); // submitted, in the reader's time zone
    expect(all).toContain('■ 同意');
    expect(all).toContain('1. 新产线的具体投产时间？ 结论：经专项调查确认为 9 月下旬。（已查明）');
  });

  it('prints only the decisions on the current submission: an older 退回修改 and its signature are not this form’s answer', () => {
    const typical = typicalCompleteFile('r');
    const resubmitted = developmentFileSchema.parse({
      ...typical,
      application: {
        ...typical.application,
        submittedAt: '2026-05-01T10:00:00.000+08:00',
        approvals: {
          marketingManager: { decision: 'returned', comment: '请补充产能数据。', by: '李娜', at: '2026-04-08T10:00:00.000+08:00' },
          generalManager: null,
        },
      },
    });
    const all = textsOf(applicationDocument(resubmitted, OPTIONS)).join('\n');
    expect(all).not.toContain('请补充产能数据。');
    expect(all).not.toContain('■');
    expect(all).not.toContain('李娜');
    // Edited after both approvals: the approvals apply to an earlier version.
    const edited = { ...typical, application: { ...typical.application, submittedFingerprint: 'abc', expectedAnnualPurchase: 1 } };
    expect(textsOf(applicationDocument(edited, OPTIONS)).join('')).not.toContain('■');
  });

  it('leaves what is not decided blank: no decision chosen, no signature', () => {
    const model = applicationDocument(emptyFile('b', '宁波海天塑业有限公司'), OPTIONS);
    const all = textsOf(model);
    expect(all).toContain('□ 同意　　□ 不同意　　□ 退回修改');
    expect(all.join('')).not.toContain('■');
  });
});

describe('完整档案', () => {
  it('goes through every stage in the procedure’s order, then visits and history', () => {
    const model = fullFileDocument(typicalCompleteFile('c'), OPTIONS);
    expect(headings(model.blocks)).toEqual([
      '一、档案概况',
      '二、策划与评估（4.1.2）',
      '三、背景调查（4.2.1）',
      '四、开发申请（4.2.5）',
      '五、前期准备（4.3.1）',
      '六、正式实施（4.4.1）',
      '七、开发总结（4.5.1）',
      '八、纳入客户管理（4.6.1）',
      '九、拜访准备',
      '十、阶段记录',
    ]);
  });

  it('says （未填写） where a new file has nothing yet, and lists empty logs as such', () => {
    const all = textsOf(fullFileDocument(emptyFile('d'), OPTIONS)).join('\n');
    expect(all).toContain('（未填写）');
    expect(all).toContain('尚无开发活动记录。');
    expect(all).toContain('尚无进度报表。');
  });
});

describe('新客户开发进度报表', () => {
  it('gives each file a row: customer, rep, stage, score, last activity, achievements, problems, next step, stalled, risks', () => {
    const row = progressRow(typicalCompleteFile('e'), '2026-11-27', []);
    expect(row).toEqual([
      '华东精密机械有限公司',
      '张伟',
      '纳入客户管理',
      '70 分\n推荐',
      '2026-07-08 成交要求\n提出试单请求。',
      '首单 2,000 件。',
      '无。',
      '开发完成，新客户已纳入客户管理。',
      '',
      '财务',
    ]);
  });

  it('sorts by rep, then stage in the procedure’s order, then customer name', () => {
    const f = (id: string, owner: string, stage: string, name: string) =>
      developmentFileSchema.parse({ ...emptyFile(id, name), owner, stage });
    const sorted = sortForReport([
      f('1', '张伟', 'execution', '乙公司'),
      f('2', '李娜', 'survey', '丙公司'),
      f('3', '张伟', 'evaluation', '丁公司'),
      f('4', '张伟', 'execution', '甲公司'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['2', '3', '4', '1']);
  });

  it('is landscape with the heading row on the table', () => {
    const model = progressReportDocument([typicalCompleteFile('f')], OPTIONS);
    expect(model.orientation).toBe('landscape');
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.header?.map((c) => c.text)).toEqual(['客户', '开发业务', '阶段', '评估', '最近活动', '取得成绩', '存在的问题', '下一步', '停滞', '风险']);
  });
});

describe('renderReport specs', () => {
  it('become headings, paragraphs, label/value grids and tables with a header row', () => {
    const model = reportDocument(
      { title: '自评报告', sections: [{ heading: '总分', rows: [['五心', '4.2']], paragraphs: ['说明'], table: { columns: ['项目', { header: '得分', width: 0.5 }], rows: [['信心', '4']] } }] },
      '2026-11-27',
    );
    expect(model.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'table', 'table']);
    const last = model.blocks[3];
    expect(last?.kind === 'table' && last.columns).toEqual([1, 0.5]);
    expect(last?.kind === 'table' && last.header?.map((c) => c.text)).toEqual(['项目', '得分']);
  });
});

describe('format helpers', () => {
  it('pairs short fields two a row and gives long ones a row of their own', () => {
    const table = grid([
      { label: 'A', value: '1' },
      { label: 'B', value: '2' },
      { label: 'C', value: '3' },
      { label: 'D', value: 'long', wide: true },
    ]);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([['A', '1', 'B', '2'], ['C', '3'], ['D', 'long']]);
    expect(table.rows[1]?.[1]?.span).toBe(3);
  });

  it('numbers sections in Chinese and marks the chosen option', () => {
    expect([1, 9, 10, 12].map(sectionNumber)).toEqual(['一', '九', '十', '十二']);
    expect(choices(['同意', '不同意'], '不同意')).toBe('□ 同意　　■ 不同意');
  });
});

describe('新客户开发申请表 marks', () => {
  it('prints 代登记 and 自批 with the decision they qualify', () => {
    const typical = typicalCompleteFile('m');
    const marked = developmentFileSchema.parse({
      ...typical,
      application: {
        ...typical.application,
        approvals: {
          marketingManager: { ...typical.application.approvals.marketingManager, entry: 'paper' },
          generalManager: { ...typical.application.approvals.generalManager, by: typical.application.applicant, entry: 'desk' },
        },
      },
    });
    const all = textsOf(applicationDocument(marked, OPTIONS));
    expect(all).toContain('代登记（依据纸质审批）');
    expect(all).toContain('自批：审批人与申请人相同');
    expect(textsOf(applicationDocument(typical, OPTIONS))).not.toContain('代登记（依据纸质审批）');
  });
});

describe('manager records in the documents', () => {
  const withRecords = () => {
    const typical = typicalCompleteFile('m');
    return developmentFileSchema.parse({
      ...typical,
      survey: {
        ...typical.survey,
        teamReviewRecord: { heldOn: '2026-03-28', participants: '李娜、张伟', conclusion: 'focus', comment: '', by: '李娜', role: 'marketingManager', at: '2026-03-28T02:00:00.000Z', entry: 'paper' },
      },
      application: {
        ...typical.application,
        rounds: [
          {
            submittedAt: '2026-03-30T02:00:00.000Z',
            submittedFingerprint: null,
            approvals: { marketingManager: { decision: 'returned', comment: '请补充产能数据', by: '李娜', at: '2026-03-31T02:00:00.000Z' }, generalManager: null },
          },
        ],
      },
      execution: {
        ...typical.execution,
        termination: {
          reason: '诉讼',
          informed: '李娜',
          requestedAt: '2026-08-01T02:00:00.000Z',
          decision: { decision: 'continue', comment: '已和解', by: '王强', role: 'generalManager', at: '2026-08-02T02:00:00.000Z', entry: 'desk' },
          confirmedAt: null,
        },
      },
    });
  };

  it('the 申请表 prints the 团队评审 conclusion with who recorded it and how', () => {
    const all = textsOf(applicationDocument(withRecords(), OPTIONS)).join('\n');
    expect(all).toContain('重点开发；评审日期 2026-03-28；参加人员：李娜、张伟；营销部长 李娜 登记于 2026-03-28 10:00（代登记（依据纸质记录））');
  });

  it('the full file prints every round with its decisions, and the superior’s decision on a termination request', () => {
    const all = textsOf(fullFileDocument(withRecords(), OPTIONS)).join('\n');
    expect(all).toContain('第 1 次\n2026-03-30 10:00');
    expect(all).toContain('请补充产能数据');
    expect(all).toContain('第 2 次（当前）\n2026-04-02 15:20');
    expect(all).toContain('继续开发：已和解（总经理 王强，2026-08-02 10:00）');
  });
});

describe('the 申请表 after a change of 公司设置', () => {
  it('prints the result the decisions were given on beside today’s, and nothing extra when they agree', async () => {
    const { submitApplication, evaluationRules } = await import('../../../src/domain/development-file/application-state');
    const { activeRules, defaultSettings } = await import('../../../src/domain/settings/company-settings');
    const typical = typicalCompleteFile('s');
    const submitted = submitApplication(typical, '2026-04-02T07:20:00.000Z', '2026-04-02', evaluationRules());
    expect(textsOf(applicationDocument(submitted, OPTIONS)).join('\n')).not.toContain('提交时的结论');
    const stricter = defaultSettings('华东销售部', '2026-12-06');
    stricter.evaluation.recommendAt = 90;
    const all = textsOf(applicationDocument(submitted, { ...OPTIONS, rules: activeRules(stricter) })).join('\n');
    expect(all).toContain('提交时按“本站默认设置”评估为 70 分，推荐，审批以此为准；上面是按现行规则的结果。');
    expect(all).toContain('公司设置（华东销售部，2026-12-06）');
  });
});
