/** Development files and stored envelopes for store tests and benchmarks. */
import { createDevelopmentFile } from '../../src/domain/development-file/factory';
import { developmentFileSchema, type DevelopmentFile } from '../../src/domain/development-file/schema';
import { ENVELOPE_TYPE, fileKey } from '../../src/stores/file-envelope';
import type { StorageEngine } from '../../src/stores/storage-engine';

export const T0 = '2026-11-27T09:00:00.000Z';

export const emptyFile = (id: string, customerName = '华东精密机械有限公司', now = T0): DevelopmentFile =>
  createDevelopmentFile({ customerName, owner: '张伟' }, now, id);

/** Raw text as the store writes it; `schemaVersion` and `data` can be anything. */
export function envelopeText(data: unknown, schemaVersion: unknown = 1): string {
  return JSON.stringify({ type: ENVELOPE_TYPE, schemaVersion, savedAt: T0, data });
}

export function storedFile(engine: StorageEngine, id: string): DevelopmentFile | null {
  const raw = engine.getItem(fileKey(id));
  if (raw === null) return null;
  return developmentFileSchema.parse((JSON.parse(raw) as { data: unknown }).data);
}

const COMPANIES = ['华东精密机械', '苏州恒达电子', '宁波海天塑业', '佛山美联家电', '青岛北方重工', '成都蜀光新材料'];
const REGIONS = ['华东', '华南', '华北', '西南', '华中'];
const SENTENCES = [
  '客户采购部负责人对我司产品的交期和质量稳定性比较关注，希望能提供近一年的出货质量数据。',
  '拜访了生产副总，对方表示今年下半年有扩产计划，新产线预计需要三到四家合格供应商。',
  '竞争对手目前占其采购份额约六成，价格比我司低百分之五左右，但售后响应较慢。',
  '已寄送样品并安排技术人员上门讲解，客户工程部将在两周内完成小批量试用评估。',
  '财务状况良好，付款记录无异常，但账期要求为月结九十天，需要报营销部长审批。',
];

const text = (i: number, sentences: number) =>
  Array.from({ length: sentences }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join('');

/** A file a rep has worked on for a few weeks: about 4–5 KB of JSON, mostly Chinese. */
export function realisticFile(i: number): DevelopmentFile {
  const id = `bench${String(i).padStart(4, '0')}`;
  const base = emptyFile(id, `${COMPANIES[i % COMPANIES.length]}有限公司（${i}）`);
  const day = (d: number) => `2026-${String(1 + (d % 11)).padStart(2, '0')}-${String(1 + (d % 27)).padStart(2, '0')}`;
  return developmentFileSchema.parse({
    ...base,
    clock: { devicea: 3 + (i % 7), deviceb: i % 3 },
    stage: 'execution',
    customer: { ...base.customer, region: REGIONS[i % REGIONS.length], industry: '机械制造', type: '民营企业', sourceChannel: '行业展会' },
    evaluation: {
      finance: { score: 4, note: text(i, 1) },
      investment: { score: 3, note: text(i + 1, 1) },
      contribution: { score: 4, note: text(i + 2, 1) },
      capability: { score: 5, note: '' },
      evaluatedAt: day(i),
    },
    survey: { ...base.survey, findings: text(i, 3), screeningResult: 'focus' },
    preparation: {
      ...base.preparation,
      responsiblePerson: { name: '李强', title: '采购经理', contact: '138-0000-0000', notes: text(i + 3, 1) },
      decisionMakers: [0, 1, 2].map((k) => ({ id: `dm${k}`, name: `王${k}`, role: '副总经理', contact: '', attitude: 'neutral', notes: text(i + k, 1) })),
      paymentMethod: '月结',
    },
    execution: {
      ...base.execution,
      activities: Array.from({ length: 8 }, (_, k) => ({
        id: `act${k}`,
        date: day(i + k),
        type: 'contact',
        summary: text(i + k, 1),
        outcome: text(i + k + 1, 1),
        nextStep: '下周电话跟进试用结果。',
      })),
    },
  });
}
