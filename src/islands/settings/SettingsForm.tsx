/**
 * The rules as a form: each number with its unit, checked by the same schema
 * as an imported file; a refused save lists each problem at its field.
 */
import { useState, type SyntheticEvent } from 'react';
import { CRITERION_LABELS } from '../../domain/development-file/labels';
import { CRITERION_IDS } from '../../domain/development-file/schema';
import type { CompanySettings } from '../../domain/settings/company-settings';
import { ErrorSummary, type FieldError } from '../forms/ErrorSummary';
import { NumberField, TextArea, TextField } from '../forms/fields';
import { Checkbox } from '../forms/Checkbox';

type Draft = CompanySettings;
type NumberPath =
  | `evaluation.weights.${(typeof CRITERION_IDS)[number]}`
  | 'evaluation.recommendAt'
  | 'evaluation.rejectBelow'
  | 'evaluation.mandatoryMinimum'
  | 'evaluation.mandatoryRejectAtOrBelow'
  | 'evaluation.vetoScore'
  | 'stalledAfterDays'
  | 'customerCode.serialDigits';

const fieldId = (path: string) => `settings-${path.replace(/\./g, '-')}`;

function getAt(draft: Draft, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], draft);
}

function setAt(draft: Draft, path: string, value: unknown): Draft {
  const keys = path.split('.');
  const copy = structuredClone(draft);
  let target = copy as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1] as string] = value;
  return copy;
}

/** "evaluation.recommendAt：应为 0–100" → the field it names, or the form itself. */
function toFieldErrors(reasons: readonly string[]): FieldError[] {
  return reasons.map((reason) => {
    const [path = '', message = reason] = reason.includes('：') ? reason.split('：', 2) : ['', reason];
    const known = document.getElementById(fieldId(path)) ? path : path.split('.').slice(0, -1).join('.');
    return { fieldId: document.getElementById(fieldId(known)) ? fieldId(known) : 'settings-company', message: `${labelOf(path)}：${message}` };
  });
}

const LABELS: Record<string, string> = {
  company: '公司或团队名称',
  'evaluation.weights': '四项权重',
  'evaluation.recommendAt': '推荐线',
  'evaluation.rejectBelow': '不推荐线',
  'evaluation.mandatoryMinimum': '推荐所需最低分',
  'evaluation.mandatoryRejectAtOrBelow': '财务不推荐线',
  'evaluation.vetoScore': '一票否决线',
  stalledAfterDays: '停滞天数',
  'customerCode.prefix': '客户编码前缀',
  'customerCode.serialDigits': '流水号位数',
  departments: '通知的部门',
  ...Object.fromEntries(CRITERION_IDS.map((id) => [`evaluation.weights.${id}`, `权重：${CRITERION_LABELS[id]}`])),
};
const labelOf = (path: string) => LABELS[path] ?? path;

export function SettingsForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Draft;
  onSave: (draft: Draft) => string[] | null;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  // Typed as lines; blank lines are dropped only when saving, so typing a new line is not undone.
  const [departments, setDepartments] = useState(initial.departments.join('\n'));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errorAt = (path: string) => errors.find((e) => e.fieldId === fieldId(path))?.message;

  const number = (path: NumberPath, label: string, unit: string, hint?: string) => (
    <NumberField
      id={fieldId(path)}
      label={label}
      hint={hint}
      unit={unit}
      value={getAt(draft, path) as number | null}
      error={errorAt(path)}
      onChange={(value) => setDraft(setAt(draft, path, value))}
    />
  );

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const lines = departments.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const reasons = onSave({ ...draft, departments: lines });
    setErrors(reasons ? toFieldErrors(reasons) : []);
    setAttempt((n) => n + 1);
  };

  return (
    <form className="panel settings-form" onSubmit={submit} noValidate aria-labelledby="settings-form-title">
      <h2 id="settings-form-title">修改公司设置</h2>
      <ErrorSummary errors={errors} title="设置未保存" focusKey={attempt} />
      <TextField
        id={fieldId('company')}
        label="公司或团队名称"
        hint="印在每条规则的来源上，例如“公司设置（华东销售部，2026-12-06）”。"
        required
        maxLength={60}
        value={draft.company}
        error={errorAt('company')}
        onChange={(value) => setDraft({ ...draft, company: value })}
      />
      <fieldset className="settings-group" id={fieldId('evaluation.weights')}>
        <legend>4.1.2 四个评估方向的权重</legend>
        <p className="field-hint">按比例计算，不必加起来等于 1 或 100。</p>
        {CRITERION_IDS.map((id) => number(`evaluation.weights.${id}`, CRITERION_LABELS[id], '份'))}
      </fieldset>
      <fieldset className="settings-group">
        <legend>推荐结论</legend>
        {number('evaluation.recommendAt', '推荐线：综合得分达到', '分')}
        {number('evaluation.rejectBelow', '不推荐线：综合得分低于', '分')}
        {number('evaluation.mandatoryMinimum', `推荐所需“${CRITERION_LABELS.finance}”最低分`, '分', '4.1.2 规定新客户“必须”具有较强的财务管理能力与较好的信用。')}
        {number('evaluation.mandatoryRejectAtOrBelow', `“${CRITERION_LABELS.finance}”不高于此分即不推荐`, '分')}
        {number('evaluation.vetoScore', '其他方向一票否决线：不高于', '分')}
      </fieldset>
      <fieldset className="settings-group">
        <legend>进度与编码</legend>
        {number('stalledAfterDays', '停滞：正式实施中无开发活动超过', '天')}
        <TextField
          id={fieldId('customerCode.prefix')}
          label="客户编码前缀"
          hint="大写字母或数字，以字母开头，例如 KH。"
          maxLength={8}
          value={draft.customerCode.prefix}
          error={errorAt('customerCode.prefix')}
          onChange={(value) => setDraft(setAt(draft, 'customerCode.prefix', value.toUpperCase()))}
        />
        {number('customerCode.serialDigits', '客户编码流水号位数', '位')}
      </fieldset>
      <fieldset className="settings-group">
        <legend>签名审批</legend>
        <Checkbox
          id={fieldId('paperEntriesCount')}
          label="开启签名审批后，代登记的纸质审批仍然计入"
          hint="代登记是业务员按已签字的纸质表格录入的，任何浏览器都无法核对，也可能被人直接写进文件。不勾选时，开启签名审批的团队只计已验证的签名。"
          value={draft.paperEntriesCount}
          onChange={(value) => setDraft({ ...draft, paperEntriesCount: value })}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>4.6.2 通知的部门</legend>
        <TextArea
          id={fieldId('departments')}
          label="新客户基本资料通知的部门"
          hint="每行一个部门。业务员在“纳入客户管理”时从这份列表中勾选已通知的部门。"
          rows={7}
          value={departments}
          error={errorAt('departments')}
          onChange={setDepartments}
        />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button-primary">
          保存设置
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
