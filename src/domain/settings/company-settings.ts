/**
 * 公司设置: the numbers the site adds to the procedure (the 4.1.2 weights and
 * lines, the finance minimum, when a file counts as stalled, the customer-code
 * format), set by a manager and shared with every rep of a team as a small
 * JSON file of its own type. Without one, the site's defaults (config.ts)
 * apply, and every screen and document says so (本站默认设置).
 *
 * One zod schema is the type, the validation of an imported file and the
 * repair of a stored one (restoreSettings never throws).
 */
import { DEVELOPMENT_CONFIG } from '../development-file/config';
import type { EvaluationConfig } from '../development-file/evaluation';
import { APPROVER_ROLES, CRITERION_IDS, DEPARTMENTS, type CriterionId } from '../development-file/schema';
import { CRITERION_LABELS } from '../development-file/labels';
import { issueReasons, importErrorMap } from '../exchange/issues';
import { z } from '../zod';

export const SETTINGS_TYPE = 'playbook.company-settings';
export const SETTINGS_SCHEMA_VERSION = 1;
/** A settings file is a few hundred bytes; anything this large is not one. */
export const SETTINGS_MAX_BYTES = 64 * 1024;

const score = (message: string) => z.number().int(message).min(1, message).max(5, message);
const weight = z.number().min(0, '权重不能为负数').max(100, '权重不能大于 100');

const evaluationSettingsSchema = z
  .object({
    weights: z.object({ finance: weight, investment: weight, contribution: weight, capability: weight }),
    recommendAt: z.number().int('应为整数').min(0, '应为 0–100').max(100, '应为 0–100'),
    rejectBelow: z.number().int('应为整数').min(0, '应为 0–100').max(100, '应为 0–100'),
    mandatoryMinimum: score('应为 1–5 分'),
    mandatoryRejectAtOrBelow: z.number().int('应为整数').min(0, '应为 0–4 分').max(4, '应为 0–4 分'),
    vetoScore: z.number().int('应为整数').min(0, '应为 0–4 分').max(4, '应为 0–4 分'),
  })
  .superRefine((value, ctx) => {
    if (CRITERION_IDS.every((id) => value.weights[id] === 0)) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: '四项权重不能都是 0' });
    }
    if (value.rejectBelow > value.recommendAt) {
      ctx.addIssue({ code: 'custom', path: ['rejectBelow'], message: '不推荐线不能高于推荐线' });
    }
    if (value.mandatoryRejectAtOrBelow >= value.mandatoryMinimum) {
      ctx.addIssue({ code: 'custom', path: ['mandatoryRejectAtOrBelow'], message: '不推荐分数线须低于推荐所需最低分' });
    }
  });

const day = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
export const rosterEntrySchema = z.object({
  name: z.string().trim().min(1, '请填写姓名').max(40, '姓名不能超过 40 个字符'),
  role: z.enum(APPROVER_ROLES, '身份应为营销部长或总经理'),
  publicKey: z.string().min(80, '公钥格式不正确').max(200, '公钥格式不正确').regex(/^[A-Za-z0-9+/=]+$/, '公钥格式不正确'),
  validFrom: day,
  validUntil: day.nullable().default(null),
});
const signatureSchema = z.object({
  signer: z.string().regex(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/, '签名人指纹格式不正确'),
  value: z.string().max(200, '签名过长').regex(/^[A-Za-z0-9+/=]+$/, '签名格式不正确'),
});

export const companySettingsSchema = z.object({
  type: z.literal(SETTINGS_TYPE, '不是公司设置文件'),
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION, `版本应为 ${SETTINGS_SCHEMA_VERSION}`),
  /** Whose rules these are, printed with them: “公司设置（华东销售部，2026-12-06）”. */
  company: z.string().trim().min(1, '请填写公司或团队名称').max(60, '不能超过 60 个字符'),
  /** The day the rules were last changed (YYYY-MM-DD). */
  updatedOn: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }),
  evaluation: evaluationSettingsSchema,
  stalledAfterDays: z.number().int('应为整数').min(1, '应为 1–365 天').max(365, '应为 1–365 天'),
  customerCode: z.object({
    prefix: z.string().regex(/^[A-Z][A-Z0-9]{0,7}$/, '应为 1–8 位大写字母或数字，以字母开头'),
    serialDigits: z.number().int('应为整数').min(3, '应为 3–8 位').max(8, '应为 3–8 位'),
  }),
  /**
   * 签名审批: the managers whose signatures this team trusts, with their public
   * keys. Each browser pins the first roster it accepts; a changed roster needs
   * a 总经理 signature of the pinned roster (domain/signing).
   */
  roster: z.array(rosterEntrySchema).max(50, '名单最多 50 人').default([]),
  rosterSignature: signatureSchema.optional(),
  /**
   * With a pinned roster, whether a 代登记 (the rep's entry of a signed paper
   * form, which no browser can check) still counts. Off by default: then only
   * signed decisions count, and no edit of a file can make an approval.
   */
  paperEntriesCount: z.boolean().default(false),
  /** 4.6.2: the departments a new customer is announced to. Files of version 1 without it get the site's list. */
  departments: z
    .array(z.string().trim().min(1, '部门名称不能为空').max(20, '部门名称不能超过 20 个字符'))
    .min(1, '至少列出一个部门')
    .max(20, '最多 20 个部门')
    .refine((names) => new Set(names).size === names.length, '部门名称不能重复')
    .default(() => [...DEPARTMENTS]),
});

export type CompanySettings = z.infer<typeof companySettingsSchema>;
/** The rules in force: a company's, or the site's defaults when none were set. */
export interface ActiveRules {
  settings: CompanySettings | null;
  evaluation: EvaluationConfig;
  stalledAfterDays: number;
  customerCode: { prefix: string; serialDigits: number };
  /** 4.6.2: the departments a new customer is announced to. */
  departments: readonly string[];
  /** 签名审批: whether 代登记 records count once a roster is pinned. */
  paperEntriesCount: boolean;
  /** “本站默认设置” or “公司设置（华东销售部，2026-12-06）”. */
  source: string;
}

export const SITE_DEFAULTS_LABEL = '本站默认设置';

/** The site's defaults as a settings record: the starting point of a company's own. */
export function defaultSettings(company: string, today: string): CompanySettings {
  const { evaluation, stalledAfterDays, customerCode } = DEVELOPMENT_CONFIG;
  return {
    type: SETTINGS_TYPE,
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    company,
    updatedOn: today,
    evaluation: { ...evaluation, weights: { ...evaluation.weights } },
    stalledAfterDays,
    customerCode: { ...customerCode },
    roster: [],
    paperEntriesCount: false,
    departments: [...DEPARTMENTS],
  };
}

export function settingsSource(settings: CompanySettings | null): string {
  return settings ? `公司设置（${settings.company}，${settings.updatedOn}）` : SITE_DEFAULTS_LABEL;
}

export function activeRules(settings: CompanySettings | null): ActiveRules {
  if (!settings) {
    const { evaluation, stalledAfterDays, customerCode } = DEVELOPMENT_CONFIG;
    return { settings: null, evaluation, stalledAfterDays, customerCode, departments: DEPARTMENTS, paperEntriesCount: false, source: SITE_DEFAULTS_LABEL };
  }
  return {
    settings,
    evaluation: settings.evaluation,
    stalledAfterDays: settings.stalledAfterDays,
    customerCode: settings.customerCode,
    departments: settings.departments,
    paperEntriesCount: settings.paperEntriesCount,
    source: settingsSource(settings),
  };
}

export type SettingsParse = { ok: true; settings: CompanySettings } | { ok: false; reasons: string[] };

/** Checks a settings object (a form's values, or an imported file's content). */
export function validateSettings(input: unknown): SettingsParse {
  const result = companySettingsSchema.safeParse(input, { error: importErrorMap });
  return result.success ? { ok: true, settings: result.data } : { ok: false, reasons: issueReasons(result.error.issues, input) };
}

/** Reads a settings file; every reason is a Chinese sentence naming the field. */
export function parseSettingsFile(text: string): SettingsParse {
  if (text.length > SETTINGS_MAX_BYTES) return { ok: false, reasons: ['文件过大，不是公司设置文件'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reasons: ['不是有效的 JSON 文件'] };
  }
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== SETTINGS_TYPE) {
    const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
    return {
      ok: false,
      reasons: [type === 'playbook.development-files' ? '这是开发档案的导出文件，请在“开发档案”页导入' : '不是公司设置文件（缺少类型标记 playbook.company-settings）'],
    };
  }
  return validateSettings(data);
}

export function serializeSettings(settings: CompanySettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** A stored record read back, or null (with nothing thrown) when it is not a valid one. */
export function restoreSettings(raw: string | null): CompanySettings | null {
  if (raw === null) return null;
  const parsed = parseSettingsFile(raw);
  return parsed.ok ? parsed.settings : null;
}

export interface SettingChange {
  label: string;
  before: string;
  after: string;
}

const weightLabel = (id: CriterionId) => `权重：${CRITERION_LABELS[id]}`;

/** Every rule as a labelled value, in the order the settings page shows them. */
export function settingValues(
  rules: Pick<ActiveRules, 'evaluation' | 'stalledAfterDays' | 'customerCode' | 'departments' | 'paperEntriesCount'>,
): [string, string][] {
  const e = rules.evaluation;
  return [
    ...CRITERION_IDS.map((id): [string, string] => [weightLabel(id), String(e.weights[id])]),
    ['推荐线（综合得分达到）', `${e.recommendAt} 分`],
    ['不推荐线（综合得分低于）', `${e.rejectBelow} 分`],
    [`推荐所需“${CRITERION_LABELS.finance}”最低分`, `${e.mandatoryMinimum} 分`],
    [`“${CRITERION_LABELS.finance}”不推荐线（不高于）`, `${e.mandatoryRejectAtOrBelow} 分`],
    ['其他方向一票否决线（不高于）', `${e.vetoScore} 分`],
    ['停滞天数（无开发活动超过）', `${rules.stalledAfterDays} 天`],
    ['客户编码格式', `${rules.customerCode.prefix}-年份-${'0'.repeat(rules.customerCode.serialDigits - 1)}1`],
    ['4.6.2 通知的部门', rules.departments.join('、')],
    ['签名审批开启后，代登记是否计入', rules.paperEntriesCount ? '计入（显示为代登记）' : '不计入，只计已验证的签名'],
  ];
}

/** What an import or a reset would change, for the preview: only the rules that differ. */
export function settingChanges(from: ActiveRules, to: ActiveRules): SettingChange[] {
  const before = new Map(settingValues(from));
  const changes: SettingChange[] = [];
  if (from.source !== to.source) changes.push({ label: '规则来源', before: from.source, after: to.source });
  for (const [label, after] of settingValues(to)) {
    const old = before.get(label) ?? '';
    if (old !== after) changes.push({ label, before: old, after });
  }
  return changes;
}

/** The rules as the development-file functions take them (requirements, next action, stalled). */
export function rulesContext(rules: ActiveRules): { evaluation: EvaluationConfig; customerCode: ActiveRules['customerCode']; stalledAfterDays: number } {
  return { evaluation: rules.evaluation, customerCode: rules.customerCode, stalledAfterDays: rules.stalledAfterDays };
}
