/**
 * 4.6 纳入客户管理系统: the customer code (4.6.1), the departments told
 * (4.6.2) and the archived documents (4.6.3).
 */
import { useState } from 'react';
import {
  findCustomerCodeHolder,
  formatCustomerCode,
  isValidCustomerCode,
  nextCustomerCode,
} from '../../../domain/development-file/customer-code';
import { inOrderOf } from '../../../domain/development-file/list-edits';
import { Checkbox } from '../../forms/Checkbox';
import { ChoiceGroup, TextArea, TextField } from '../../forms/fields';
import { createBinder, fieldDomId, type StagePanelProps } from '../binding';
import { Group, isRequiredPath, useFocusLater, withoutClause } from './parts';
import { useRules } from '../../settings/use-rules';
import type { CustomerCodeConfig } from '../../../domain/development-file/customer-code';


const CODE_PATH = 'onboarding.customerCode';

/** What is wrong with a code the rep typed, before anyone tries to move on; null when nothing is. */
function codeProblem(code: string, props: StagePanelProps, example: string, config: CustomerCodeConfig): string | null {
  if (code.trim() === '') return null;
  if (!isValidCustomerCode(code, config)) return `客户代码格式不对，应为“前缀-年份-序号”，如 ${example}`;
  const holder = findCustomerCodeHolder(code, props.otherFiles, props.file.id);
  return holder ? `客户代码 ${code} 已被“${holder.customer.name || '另一份档案'}”使用，请换一个` : null;
}

export function OnboardingStage(props: StagePanelProps) {
  const { file, otherFiles, errors, today } = props;
  const b = createBinder(props);
  const focusLater = useFocusLater();
  const { customerCode: codeFormat, source, departments: companyDepartments } = useRules();
  // The company's list, plus any department already ticked that a later list no longer names.
  const departmentList = [...companyDepartments, ...file.onboarding.departmentsNotified.filter((d) => !companyDepartments.includes(d))];
  /** The outcome of 分配下一个客户代码: the code it set (null when none was free) and what to say. */
  const [assigned, setAssigned] = useState<{ code: string | null; message: string } | null>(null);

  const year = Number(today.slice(0, 4));
  const code = file.onboarding.customerCode;
  const example = formatCustomerCode(year, 1, codeFormat);
  const problem = codeProblem(code, props, example, codeFormat);
  const needsCode = code.trim() === '' || problem !== null;
  // Once the rep edits the assigned code, the message about it no longer applies.
  const codeStatus = assigned && (assigned.code === null || assigned.code === code) ? assigned.message : '';

  const assignCode = () => {
    const next = nextCustomerCode([...otherFiles, file], year, codeFormat);
    if (next === null) {
      setAssigned({ code: null, message: `${year} 年的客户代码序号已用完，请联系营销部长确定代码` });
      return;
    }
    b.set(CODE_PATH, next);
    setAssigned({ code: next, message: `已分配客户代码 ${next}` });
    focusLater(fieldDomId(CODE_PATH));
  };

  const departments = b.common('onboarding.departmentsNotified');

  return (
    <section className="stage-panel" aria-labelledby="stage-onboarding-title">
      <h2 id="stage-onboarding-title">纳入客户管理</h2>

      <TextField
        {...b.text(CODE_PATH)}
        error={errors.get(CODE_PATH) ?? problem ?? undefined}
        required={isRequiredPath(CODE_PATH)}
        hint={`为新客户设定代码，进行有关登记准备；格式为“前缀-年份-序号”，如 ${example}（${source}）`}
        placeholder={example}
      />
      <div className="button-row">
        {needsCode && (
          <button type="button" onClick={assignCode}>
            分配下一个客户代码
          </button>
        )}
        <span className="status-line" role="status">
          {codeStatus}
        </span>
      </div>

      <ChoiceGroup<string>
        {...departments}
        hint={`将选定的新客户基本资料通知公司相关部门，勾选已通知的部门（部门列表：${source}）`}
        required={isRequiredPath('onboarding.departmentsNotified')}
        multiple
        inline
        options={departmentList.map((value) => ({ value, label: value }))}
        value={file.onboarding.departmentsNotified}
        onChange={(value) => b.set('onboarding.departmentsNotified', inOrderOf(departmentList, value))}
      />

      <Group legend="资料存档" hint="新客户有关资料的存档" clause="4.6.3">
        <Checkbox {...b.boolean('onboarding.documentsArchived')} hint="开发档案、申请审批、合同等资料已按公司规定存档" />
        <TextArea {...withoutClause(b.text('onboarding.archiveNote'))} hint="如存档位置、档案编号、存档资料清单" rows={3} />
      </Group>
    </section>
  );
}
