/**
 * 新客户开发申请表 (4.2.5): what a rep hands to the 营销部长 and the 总经理
 * to approve. A form: what the file holds is printed, and what is still to
 * be decided (approvals) is left blank with room to write and sign by hand.
 */
import { describeRule, evaluate } from '../development-file/evaluation';
import { approvalMarks, compareEvaluation, currentApproval, evaluationResultText, evaluationRules } from '../development-file/application-state';
import { activeRules, type ActiveRules } from '../settings/company-settings';
import {
  APPROVAL_DECISION_LABELS,
  APPROVER_ROLE_LABELS,
  ATTITUDE_LABELS,
  CRITERION_LABELS,
  FIELDS,
  RECOMMENDATION_LABELS,
  SCREENING_RESULT_LABELS,
  TEAM_REVIEW_CONCLUSION_LABELS,
} from '../development-file/labels';
import { entryMarks, signature } from '../development-file/manager-records';
import { APPROVAL_DECISIONS, APPROVER_ROLES, CRITERION_IDS, type DevelopmentFile } from '../development-file/schema';
import type { Block, PdfDocumentModel, Row } from './model';
import { choices, formatDate, formatNumber, formatTimestamp, grid, sectionNumber, type DocumentOptions } from './format';

export const APPLICATION_TITLE = '新客户开发申请表';

const label = (path: keyof typeof FIELDS) => FIELDS[path].label;

export function customerName(file: DevelopmentFile): string {
  return file.customer.name.trim() || '未命名客户';
}

/** When the rules changed after submitting: the result the decisions were given on, said beside today's. */
function submittedResultRow(file: DevelopmentFile, rules: ActiveRules): Row[] {
  const comparison = compareEvaluation(file, evaluationRules(rules.evaluation, rules.source));
  if (!comparison?.differs) return [];
  const { submitted } = comparison;
  return [
    [
      { text: '提交时的结论', style: 'label' },
      { text: `提交时按“${submitted.rules.source}”评估为 ${evaluationResultText(submitted, '，')}，审批以此为准；上面是按现行规则的结果。`, span: 2, bold: true },
    ],
  ];
}

/** The four 4.1.2 criteria with their scores and notes, the total and the recommendation. */
export function evaluationTable(file: DevelopmentFile, rules: ActiveRules = activeRules(null)): Block {
  const result = evaluate(file.evaluation, rules.evaluation);
  const rows: Row[] = CRITERION_IDS.map((id) => {
    const { score, note } = file.evaluation[id];
    return [{ text: CRITERION_LABELS[id] }, { text: score === null ? '未评分' : `${score} / 5`, align: 'center' }, { text: note }];
  });
  const total =
    result.total === null
      ? `尚未完成评分（已评 ${CRITERION_IDS.length - result.unscored.length}/${CRITERION_IDS.length} 项）`
      : `${result.total} / 100`;
  rows.push(
    [{ text: '综合得分', style: 'label' }, { text: total, span: 2, bold: true }],
    [
      { text: '评估结论', style: 'label' },
      { text: result.recommendation === null ? '—' : RECOMMENDATION_LABELS[result.recommendation], span: 2, bold: true },
    ],
    [{ text: '结论依据', style: 'label' }, { text: result.reasons.join('\n'), span: 2 }],
    [{ text: '评分规则', style: 'label' }, { text: describeRule(rules.evaluation, rules.source), span: 2 }],
    [{ text: label('evaluation.evaluatedAt'), style: 'label' }, { text: file.evaluation.evaluatedAt ?? '', span: 2 }],
    ...submittedResultRow(file, rules),
  );
  return {
    kind: 'table',
    columns: [1.7, 0.8, 3.5],
    header: [
      { text: '评估方向', style: 'header' },
      { text: '评分（1–5）', style: 'header', align: 'center' },
      { text: '说明', style: 'header' },
    ],
    rows,
  };
}

export function openPointsText(file: DevelopmentFile): string {
  return file.survey.openPoints
    .map((point, i) => {
      const state = point.resolved ? '已查明' : point.needsSpecialSurvey ? '需专项调查' : '待查明';
      const resolution = point.resolution.trim() ? ` 结论：${point.resolution.trim()}` : '';
      return `${i + 1}. ${point.question.trim() || '（未填问题）'}${resolution}（${state}）`;
    })
    .join('\n');
}

/** Name (role, attitude) per line: who decides, and where they stand. */
export function decisionMakersText(file: DevelopmentFile): string {
  return file.preparation.decisionMakers
    .map((dm) => {
      const details = [dm.role, `态度：${ATTITUDE_LABELS[dm.attitude]}`].filter((s) => s.trim()).join('，');
      return `${dm.name || '（未填姓名）'}${details ? `（${details}）` : ''}`;
    })
    .join('\n');
}

export function suppliersText(file: DevelopmentFile, withNotes = true): string {
  return file.preparation.similarSuppliers
    .map((s) => {
      const products = s.products.trim() ? `（${s.products.trim()}）` : '';
      const notes = withNotes && s.notes.trim() ? `：${s.notes.trim()}` : '';
      return `${s.name.trim() || '（未填名称）'}${products}${notes}`;
    })
    .join('\n');
}

/** The 4.2.2 团队评审 record in one paragraph, with who recorded it and how. */
export function teamReviewText(file: DevelopmentFile, timeZone?: string): string {
  const r = file.survey.teamReviewRecord;
  if (!r) return '尚未登记';
  const parts = [
    TEAM_REVIEW_CONCLUSION_LABELS[r.conclusion],
    `评审日期 ${r.heldOn}`,
    `参加人员：${r.participants}`,
    ...(r.comment ? [`评审意见：${r.comment}`] : []),
    `${signature(r)} 登记于 ${formatTimestamp(r.at, timeZone)}${entryMarks(r).map((m) => `（${m}）`).join('')}`,
  ];
  return parts.join('；');
}

export function responsiblePersonText(file: DevelopmentFile): string {
  const p = file.preparation.responsiblePerson;
  return [p.name, p.title].filter((s) => s.trim()).join(' · ');
}

function approvalBlock(file: DevelopmentFile, role: (typeof APPROVER_ROLES)[number], options: DocumentOptions): Block {
  // Only decisions on the current submission: an old 退回修改 is history, not this form's answer.
  const approval = currentApproval(file, role);
  const signatureMark = options.signatureMarks?.[`approval:${role}`];
  const marks = approval ? [...approvalMarks(file, approval), ...(signatureMark ? [signatureMark] : [])] : [];
  const roleLabel = APPROVER_ROLE_LABELS[role];
  const decisions = APPROVAL_DECISIONS.map((d) => APPROVAL_DECISION_LABELS[d]);
  return {
    kind: 'table',
    columns: [1.3, 1.7, 1.3, 1.7],
    header: [{ text: `${roleLabel}审批`, style: 'header', span: 4 }],
    rows: [
      [
        { text: '审批结论', style: 'label' },
        { text: choices(decisions, approval ? APPROVAL_DECISION_LABELS[approval.decision] : null), span: 3 },
      ],
      [
        { text: '审批意见', style: 'label' },
        { text: approval?.comment ?? '', span: 3, minLines: 3 },
      ],
      [
        { text: `${roleLabel}签字`, style: 'label' },
        { text: approval?.by ?? '', minLines: 2, signatureLine: true },
        { text: '日期', style: 'label' },
        { text: approval ? formatDate(approval.at, options.timeZone) : '', minLines: 2, signatureLine: true },
      ],
      ...(marks.length ? [[{ text: '备注', style: 'label' as const }, { text: marks.join('；'), span: 3 }]] : []),
    ],
  };
}

export function applicationDocument(file: DevelopmentFile, options: DocumentOptions): PdfDocumentModel {
  const name = customerName(file);
  const { application, survey, preparation } = file;
  let n = 0;
  const heading = (text: string): Block => ({ kind: 'heading', text: `${sectionNumber(++n)}、${text}` });
  const blocks: Block[] = [
    heading('客户基本情况'),
    grid([
      { label: label('customer.name'), value: name, wide: true },
      { label: label('customer.region'), value: file.customer.region },
      { label: label('customer.industry'), value: file.customer.industry },
      { label: label('customer.type'), value: file.customer.type },
      { label: label('customer.sourceChannel'), value: file.customer.sourceChannel },
      { label: label('owner'), value: file.owner },
      { label: label('survey.reportedToManagerAt'), value: survey.reportedToManagerAt ?? '' },
    ]),
    heading('客户评估（4.1.2）'),
    evaluationTable(file, options.rules),
    heading('背景调查摘要（4.2）'),
    grid([
      { label: label('survey.findings'), value: survey.findings, wide: true },
      { label: label('survey.teamReviewRecord'), value: teamReviewText(file, options.timeZone), wide: true },
      { label: label('survey.teamReview'), value: survey.teamReview, wide: true },
      { label: label('survey.screeningResult'), value: SCREENING_RESULT_LABELS[survey.screeningResult] },
      { label: '不详之处', value: survey.openPoints.length === 0 ? '无' : `${survey.openPoints.length} 项` },
      { label: label('survey.screeningNote'), value: survey.screeningNote, wide: true },
      ...(survey.openPoints.length > 0 ? [{ label: '不详之处及结论', value: openPointsText(file), wide: true }] : []),
    ]),
    heading('开发申请（4.2.5）'),
    grid([
      { label: label('application.expectedAnnualPurchase'), value: formatNumber(application.expectedAnnualPurchase) },
      { label: label('application.submittedAt'), value: formatTimestamp(application.submittedAt, options.timeZone) },
      { label: label('application.reasons'), value: application.reasons, wide: true, minLines: 2 },
    ]),
    // A summary: who is who and how they pay. The details (contacts, notes,
    // business information) are in the full file; 4.3 mostly follows approval.
    heading('前期准备摘要（4.3）'),
    grid([
      { label: '客户方负责人', value: responsiblePersonText(file), wide: true },
      { label: label('preparation.decisionMakers'), value: decisionMakersText(file), wide: true },
      { label: label('preparation.similarSuppliers'), value: suppliersText(file, false), wide: true },
      { label: label('preparation.procurementCycle'), value: preparation.procurementCycle },
      { label: label('preparation.paymentMethod'), value: preparation.paymentMethod },
      { label: label('preparation.collectionCycleDays'), value: formatNumber(preparation.collectionCycleDays) },
    ]),
    heading('申请人'),
    grid([
      { label: `${label('application.applicant')}签字`, value: application.applicant, minLines: 2, signatureLine: true },
      { label: label('application.appliedOn'), value: application.appliedOn ?? '', minLines: 2, signatureLine: true },
    ]),
    heading('审批'),
    approvalBlock(file, 'marketingManager', options),
    approvalBlock(file, 'generalManager', options),
  ];
  return {
    title: APPLICATION_TITLE,
    subtitle: `客户：${name} · 依据《新客户开发管理规范》4.2.5`,
    orientation: 'portrait',
    generatedOn: options.today,
    footer: `${APPLICATION_TITLE} · ${name}`,
    subject: `${APPLICATION_TITLE}：${name}`,
    ...(file.owner.trim() ? { author: file.owner.trim() } : {}),
    blocks,
  };
}
