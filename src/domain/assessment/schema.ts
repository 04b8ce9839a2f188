/**
 * The shape of one heart's YAML file in content/assessment/, checked by the
 * content collection at build time. Rules that span files (the five hearts,
 * counts, unique ids) are in validate.ts. Only build code and tests import
 * this module, so zod never reaches the browser.
 */
import { z } from '../zod';
import { GUIDE_SECTIONS, HEART_IDS, type HeartId } from './hearts';
import { STATEMENT_ID_PATTERN } from './instrument';

const section = z.enum(GUIDE_SECTIONS, { message: `section 只能是 ${GUIDE_SECTIONS.join('、')}` });

export const statementSchema = z.strictObject({
  /** Stored with people's answers: never reuse an id for different wording. */
  id: z.string().regex(STATEMENT_ID_PATTERN, '题目 id 的格式是 “心的 id-序号”，例如 zhuanxin-1'),
  text: z.string().min(8, '题目 text 太短').max(80, '题目 text 请控制在 80 字以内'),
  /** Worded against the heart: agreeing means less of it. */
  reverse: z.boolean().default(false),
  /** Where in the guide the behaviour comes from: a phrase quoted verbatim. */
  source: z.strictObject({ section, quote: z.string().min(2, '缺少原文引用 quote') }),
});

export const heartSchema = z.strictObject({
  id: z.enum(HEART_IDS as [HeartId, ...HeartId[]], { message: `id 只能是 ${HEART_IDS.join('、')}` }),
  name: z.string().min(1),
  order: z.number().int().min(1).max(5),
  description: z.string().min(10, '缺少说明 description'),
  /** Two or three specific, actionable sentences. */
  advice: z.array(z.string().min(10, '每条建议至少 10 个字')).min(2, '建议 advice 至少 2 句').max(3, '建议 advice 最多 3 句'),
  links: z.array(z.strictObject({ section, label: z.string().min(2) })).min(1, '至少链接到指南的一个章节'),
  statements: z.array(statementSchema).min(1),
});

export type HeartData = z.output<typeof heartSchema>;
export type HeartInput = z.input<typeof heartSchema>;
