import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateScores } from '../../../src/domain/development-file/evaluation';
import {
  activeRules,
  defaultSettings,
  parseSettingsFile,
  restoreSettings,
  serializeSettings,
  settingChanges,
  settingsSource,
  SITE_DEFAULTS_LABEL,
  validateSettings,
  type CompanySettings,
} from '../../../src/domain/settings/company-settings';

const base = (): CompanySettings => defaultSettings('华东销售部', '2026-12-06');
const withEvaluation = (patch: Partial<CompanySettings['evaluation']>): CompanySettings => {
  const s = base();
  return { ...s, evaluation: { ...s.evaluation, ...patch } };
};
const reasonsOf = (text: string) => {
  const parsed = parseSettingsFile(text);
  return parsed.ok ? [] : parsed.reasons;
};

describe('company settings', () => {
  test('the defaults are the site’s rules, and say so when no company set its own', () => {
    const none = activeRules(null);
    expect(none.source).toBe(SITE_DEFAULTS_LABEL);
    expect(none.evaluation.mandatoryMinimum).toBe(4);
    const company = activeRules(base());
    expect(company.source).toBe('公司设置（华东销售部，2026-12-06）');
    expect(company.evaluation).toEqual(none.evaluation);
    expect(settingsSource(base())).toBe(company.source);
  });

  test('a saved file reads back as the same settings (round trip)', () => {
    const s = withEvaluation({ recommendAt: 75, mandatoryMinimum: 5, mandatoryRejectAtOrBelow: 3 });
    expect(parseSettingsFile(serializeSettings(s))).toEqual({ ok: true, settings: s });
    expect(restoreSettings(serializeSettings(s))).toEqual(s);
  });

  test('property: any valid settings survive serialisation unchanged', () => {
    const settingsArb = fc
      .record({
        recommendAt: fc.integer({ min: 0, max: 100 }),
        gap: fc.integer({ min: 0, max: 100 }),
        minimum: fc.integer({ min: 1, max: 5 }),
        reject: fc.integer({ min: 0, max: 4 }),
        veto: fc.integer({ min: 0, max: 4 }),
        weights: fc.record({
          finance: fc.integer({ min: 1, max: 100 }),
          investment: fc.integer({ min: 0, max: 100 }),
          contribution: fc.integer({ min: 0, max: 100 }),
          capability: fc.integer({ min: 0, max: 100 }),
        }),
        days: fc.integer({ min: 1, max: 365 }),
        company: fc.string({ minLength: 1, maxLength: 60 }).filter((c) => c.trim() === c && c.length > 0),
      })
      .filter((v) => v.reject < v.minimum);
    fc.assert(
      fc.property(settingsArb, (v) => {
        const s: CompanySettings = {
          ...base(),
          company: v.company,
          stalledAfterDays: v.days,
          evaluation: {
            weights: v.weights,
            recommendAt: v.recommendAt,
            rejectBelow: Math.max(0, v.recommendAt - v.gap),
            mandatoryMinimum: v.minimum,
            mandatoryRejectAtOrBelow: v.reject,
            vetoScore: v.veto,
          },
        };
        const parsed = parseSettingsFile(serializeSettings(s));
        return parsed.ok && JSON.stringify(parsed.settings) === JSON.stringify(s);
      }),
    );
  });

  test('a company’s rules change the recommendation: finance 3 is 推荐 only where the company says so', () => {
    const scores = { finance: 3, investment: 5, contribution: 5, capability: 5 };
    expect(evaluateScores(scores, activeRules(null).evaluation).recommendation).toBe('review');
    expect(evaluateScores(scores, activeRules(withEvaluation({ mandatoryMinimum: 3 })).evaluation).recommendation).toBe('recommend');
  });

  test('broken files are refused with the field and the reason, in Chinese', () => {
    expect(reasonsOf('{')).toEqual(['不是有效的 JSON 文件']);
    expect(reasonsOf('[]')[0]).toMatch(/不是公司设置文件/);
    expect(reasonsOf(JSON.stringify({ type: 'playbook.development-files', files: [] }))[0]).toMatch(/开发档案的导出文件/);
    expect(reasonsOf('x'.repeat(70_000))).toEqual(['文件过大，不是公司设置文件']);
    const s = base();
    expect(reasonsOf(JSON.stringify({ ...s, schemaVersion: 2 }))).toEqual(['schemaVersion：版本应为 1']);
    expect(reasonsOf(JSON.stringify({ ...s, company: ' ' }))).toEqual(['company：请填写公司或团队名称']);
    expect(reasonsOf(JSON.stringify({ ...s, updatedOn: '2026/12/06' }))).toEqual(['updatedOn：日期格式应为 YYYY-MM-DD']);
    expect(reasonsOf(JSON.stringify(withEvaluation({ recommendAt: 101 })))).toEqual(['evaluation.recommendAt：应为 0–100']);
    expect(reasonsOf(JSON.stringify(withEvaluation({ mandatoryMinimum: 6 })))).toEqual(['evaluation.mandatoryMinimum：应为 1–5 分']);
    expect(reasonsOf(JSON.stringify({ ...s, stalledAfterDays: 0 }))).toEqual(['stalledAfterDays：应为 1–365 天']);
    expect(reasonsOf(JSON.stringify({ ...s, customerCode: { prefix: 'kh', serialDigits: 4 } }))).toEqual([
      'customerCode.prefix：应为 1–8 位大写字母或数字，以字母开头',
    ]);
    const { evaluation: _dropped, ...missing } = s;
    expect(reasonsOf(JSON.stringify(missing))).toEqual(['evaluation：缺少此项']);
  });

  test('rules that contradict each other are refused', () => {
    expect(validateSettings(withEvaluation({ rejectBelow: 80, recommendAt: 70 }))).toEqual({
      ok: false,
      reasons: ['evaluation.rejectBelow：不推荐线不能高于推荐线'],
    });
    expect(validateSettings(withEvaluation({ mandatoryMinimum: 3, mandatoryRejectAtOrBelow: 3 }))).toEqual({
      ok: false,
      reasons: ['evaluation.mandatoryRejectAtOrBelow：不推荐分数线须低于推荐所需最低分'],
    });
    expect(validateSettings(withEvaluation({ weights: { finance: 0, investment: 0, contribution: 0, capability: 0 } }))).toEqual({
      ok: false,
      reasons: ['evaluation.weights：四项权重不能都是 0'],
    });
  });

  test('restoring stored text never throws; anything but valid settings is none', () => {
    fc.assert(fc.property(fc.string(), (raw) => restoreSettings(raw) === null || typeof restoreSettings(raw) === 'object'));
    expect(restoreSettings(null)).toBeNull();
    expect(restoreSettings('{"type":"playbook.company-settings"}')).toBeNull();
  });

  test('the preview lists only what changes, with before and after', () => {
    expect(settingChanges(activeRules(base()), activeRules(base()))).toEqual([]);
    const changed = settingChanges(activeRules(null), activeRules(withEvaluation({ recommendAt: 75 })));
    expect(changed).toEqual([
      { label: '规则来源', before: '本站默认设置', after: '公司设置（华东销售部，2026-12-06）' },
      { label: '推荐线（综合得分达到）', before: '70 分', after: '75 分' },
    ]);
    const code = settingChanges(activeRules(base()), activeRules({ ...base(), customerCode: { prefix: 'HD', serialDigits: 5 } }));
    expect(code).toEqual([{ label: '客户编码格式', before: 'KH-年份-0001', after: 'HD-年份-00001' }]);
  });
});

describe('4.6.2 departments', () => {
  test('a settings file of version 1 without the list gets the site’s departments', () => {
    const { departments: _omitted, ...older } = base();
    const parsed = parseSettingsFile(JSON.stringify(older));
    expect(parsed.ok && parsed.settings.departments).toEqual(['销售部', '财务部', '生产部', '技术部', '品质部', '采购部', '物流部']);
  });

  test('a company’s own list is checked, used and named in the preview of a change', () => {
    expect(reasonsOf(JSON.stringify({ ...base(), departments: [] }))).toEqual(['departments：至少列出一个部门']);
    expect(reasonsOf(JSON.stringify({ ...base(), departments: ['财务部', '财务部'] }))).toEqual(['departments：部门名称不能重复']);
    const own = { ...base(), departments: ['销售部', '财务部', '质量保证部'] };
    expect(activeRules(own).departments).toEqual(['销售部', '财务部', '质量保证部']);
    expect(settingChanges(activeRules(base()), activeRules(own))).toContainEqual({
      label: '4.6.2 通知的部门',
      before: '销售部、财务部、生产部、技术部、品质部、采购部、物流部',
      after: '销售部、财务部、质量保证部',
    });
  });
});
