/**
 * The whole development file (开发档案) as a record: every stage in the
 * procedure's order, the activity log, the problems and risks, the progress
 * reports with the 营销部长's guidance, the review, entry into the customer
 * system with the customer code, the visits and the stage history.
 */
import { evaluationSummary, isStalled, lastActivityDate } from '../development-file/derived';
import {
  ACTIVITY_TYPE_LABELS,
  APPROVAL_DECISION_LABELS,
  TERMINATION_DECISION_LABELS,
  APPROVER_ROLE_LABELS,
  ATTITUDE_LABELS,
  FIELDS,
  RISK_KIND_LABELS,
  SCREENING_RESULT_LABELS,
} from '../development-file/labels';
import { APPROVER_ROLES, type DevelopmentFile } from '../development-file/schema';
import { stageInfo } from '../development-file/stages';
import { MATERIAL_LABELS, TALKING_POINT_LABELS } from '../development-file/visit-readiness';
import type { Block, PdfDocumentModel } from './model';
import { customerName, evaluationTable, openPointsText, teamReviewText } from './application';
import { entryMarks, signature } from '../development-file/manager-records';
import {
  formatDate,
  formatNumber,
  formatTimestamp,
  grid,
  listTable,
  NOT_FILLED,
  orNotFilled,
  sectionNumber,
  yesNo,
  type DocumentOptions,
} from './format';

export const FULL_FILE_TITLE = '新客户开发档案';

const label = (path: keyof typeof FIELDS) => FIELDS[path].label;

export function fullFileDocument(file: DevelopmentFile, options: DocumentOptions): PdfDocumentModel {
  const name = customerName(file);
  const { survey, application, preparation, execution, review, onboarding } = file;
  const tz = options.timeZone;
  /** A record's signature check on its own line (签名审批), when the team signs. */
  const markFor = (key: string) => (options.signatureMarks?.[key] ? `\n${options.signatureMarks[key]}` : '');
  let n = 0;
  const heading = (text: string): Block => ({ kind: 'heading', text: `${sectionNumber(++n)}、${text}` });
  const stageHeading = (id: Parameters<typeof stageInfo>[0]) => {
    const info = stageInfo(id);
    return heading(`${info.label}（${info.clause}）`);
  };
  const f = orNotFilled;

  const blocks: Block[] = [
    heading('档案概况'),
    grid([
      { label: label('customer.name'), value: name, wide: true },
      { label: label('owner'), value: f(file.owner) },
      { label: '当前阶段', value: stageInfo(file.stage).label + (isStalled(file, options.today, options.rules) ? '（停滞）' : '') },
      { label: label('onboarding.customerCode'), value: f(onboarding.customerCode) },
      { label: '评估', value: evaluationSummary(file, options.rules?.evaluation).text },
      { label: '最近开发活动', value: lastActivityDate(file) ?? '无' },
      { label: '建档时间', value: formatTimestamp(file.createdAt, tz) },
      { label: '最近更新', value: formatTimestamp(file.updatedAt, tz) },
    ]),

    stageHeading('evaluation'),
    grid([
      { label: label('customer.region'), value: f(file.customer.region) },
      { label: label('customer.industry'), value: f(file.customer.industry) },
      { label: label('customer.type'), value: f(file.customer.type) },
      { label: label('customer.sourceChannel'), value: f(file.customer.sourceChannel) },
    ]),
    evaluationTable(file, options.rules),

    stageHeading('survey'),
    grid([
      { label: label('survey.reportedToManagerAt'), value: f(survey.reportedToManagerAt ?? '') },
      { label: label('survey.screeningResult'), value: SCREENING_RESULT_LABELS[survey.screeningResult] },
      { label: label('survey.findings'), value: f(survey.findings), wide: true },
      { label: label('survey.teamReviewRecord'), value: teamReviewText(file, tz), wide: true },
      { label: label('survey.teamReview'), value: f(survey.teamReview), wide: true },
      { label: label('survey.screeningNote'), value: f(survey.screeningNote), wide: true },
      { label: label('survey.openPoints'), value: survey.openPoints.length === 0 ? '无' : openPointsText(file), wide: true },
    ]),

    stageHeading('application'),
    grid([
      { label: label('application.expectedAnnualPurchase'), value: f(formatNumber(application.expectedAnnualPurchase)) },
      { label: label('application.applicant'), value: f(application.applicant) },
      { label: label('application.appliedOn'), value: f(application.appliedOn ?? '') },
      { label: label('application.submittedAt'), value: application.submittedAt ? formatTimestamp(application.submittedAt, tz) : '未提交' },
      { label: label('application.reasons'), value: f(application.reasons), wide: true },
    ]),
    // Every round: earlier submissions and their decisions stay part of the record.
    listTable(
      ['提交', '审批人角色', '审批结论', '审批意见', '审批人', '审批时间'],
      [1.2, 0.9, 0.8, 2.2, 1.1, 1.2],
      [...application.rounds, ...(application.submittedAt ? [{ submittedAt: application.submittedAt, approvals: application.approvals }] : [])].flatMap(
        (round, i, all) =>
          APPROVER_ROLES.map((role) => {
            const a = round.approvals[role];
            return [
              `第 ${i + 1} 次${i === all.length - 1 ? '（当前）' : ''}\n${formatTimestamp(round.submittedAt, tz)}`,
              APPROVER_ROLE_LABELS[role],
              a ? APPROVAL_DECISION_LABELS[a.decision] : '未审批',
              a?.comment ?? '',
              a ? `${signature(a)}${entryMarks(a).map((m) => `\n${m}`).join('')}${markFor(i < all.length - 1 ? `round:${i}:${role}` : `approval:${role}`)}` : '',
              a ? formatTimestamp(a.at, tz) : '',
            ];
          }),
      ),
      '未提交。',
    ),

    stageHeading('preparation'),
    grid([
      { label: label('preparation.responsiblePerson.name'), value: f(preparation.responsiblePerson.name) },
      { label: label('preparation.responsiblePerson.title'), value: f(preparation.responsiblePerson.title) },
      { label: label('preparation.responsiblePerson.contact'), value: f(preparation.responsiblePerson.contact), wide: true },
      { label: label('preparation.responsiblePerson.notes'), value: f(preparation.responsiblePerson.notes), wide: true },
    ]),
    { kind: 'subheading', text: label('preparation.decisionMakers') },
    listTable(
      [label('preparation.decisionMakers.name'), label('preparation.decisionMakers.role'), label('preparation.decisionMakers.attitude'), label('preparation.decisionMakers.contact'), '其他信息'],
      [0.9, 1.2, 0.8, 1.3, 2.3],
      preparation.decisionMakers.map((dm) => [dm.name, dm.role, ATTITUDE_LABELS[dm.attitude], dm.contact, dm.notes]),
      '尚未登记关键决策人。',
    ),
    { kind: 'subheading', text: label('preparation.similarSuppliers') },
    listTable(
      [label('preparation.similarSuppliers.name'), label('preparation.similarSuppliers.products'), '其他信息'],
      [1.3, 1.7, 3],
      preparation.similarSuppliers.map((s) => [s.name, s.products, s.notes]),
      '尚未登记同类供应商。',
    ),
    grid([
      { label: label('preparation.procurementCharacteristics'), value: f(preparation.procurementCharacteristics), wide: true },
      { label: label('preparation.procurementCycle'), value: f(preparation.procurementCycle) },
      { label: label('preparation.paymentMethod'), value: f(preparation.paymentMethod) },
      { label: label('preparation.collectionCycleDays'), value: f(formatNumber(preparation.collectionCycleDays)) },
      { label: label('preparation.businessInfo'), value: f(preparation.businessInfo), wide: true },
    ]),

    stageHeading('execution'),
    { kind: 'subheading', text: `${label('execution.activities')}（${execution.activities.length} 条）` },
    listTable(
      ['日期', '类型', label('execution.activities.summary'), label('execution.activities.outcome'), label('execution.activities.nextStep')],
      [0.95, 0.8, 2, 2, 1.6],
      [...execution.activities]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((a) => [a.date, ACTIVITY_TYPE_LABELS[a.type], a.summary, a.outcome, a.nextStep]),
      '尚无开发活动记录。',
      9,
    ),
    { kind: 'subheading', text: label('execution.problems') },
    listTable(
      [label('execution.problems.foundOn'), label('execution.problems.description'), label('execution.problems.solution'), label('execution.problems.solved')],
      [0.95, 2.6, 2.6, 0.7],
      execution.problems.map((p) => [p.foundOn ?? '', p.description, p.solution, yesNo(p.solved)]),
      '未记录问题。',
      9,
    ),
    { kind: 'subheading', text: label('execution.risks') },
    listTable(
      [label('execution.risks.raisedOn'), label('execution.risks.kind'), label('execution.risks.description')],
      [0.95, 0.8, 5.1],
      execution.risks.map((r) => [r.raisedOn ?? '', RISK_KIND_LABELS[r.kind], r.description]),
      '未记录风险。',
      9,
    ),
    ...(execution.termination
      ? [
          { kind: 'subheading', text: label('execution.termination') } as const,
          grid([
            { label: label('execution.termination.reason'), value: f(execution.termination.reason), wide: true },
            { label: label('execution.termination.informed'), value: f(execution.termination.informed) },
            { label: label('execution.termination.requestedAt'), value: formatTimestamp(execution.termination.requestedAt, tz) },
            {
              label: '上级决定',
              value: execution.termination.decision
                ? `${TERMINATION_DECISION_LABELS[execution.termination.decision.decision]}：${execution.termination.decision.comment}（${signature(execution.termination.decision)}，${formatTimestamp(execution.termination.decision.at, tz)}${entryMarks(execution.termination.decision).map((m) => `，${m}`).join('')}）${markFor('termination')}`
                : '尚未决定',
              wide: true,
            },
            {
              label: label('execution.termination.confirmedAt'),
              value: execution.termination.confirmedAt ? formatTimestamp(execution.termination.confirmedAt, tz) : '尚未确认',
            },
          ]),
        ]
      : []),
    { kind: 'subheading', text: `${label('execution.progressReports')}（${execution.progressReports.length} 份）` },
    listTable(
      [
        label('execution.progressReports.date'),
        label('execution.progressReports.progress'),
        label('execution.progressReports.achievements'),
        label('execution.progressReports.problems'),
        label('execution.progressReports.guidance'),
      ],
      [0.95, 1.8, 1.5, 1.5, 1.9],
      [...execution.progressReports]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((r) => [
          r.date,
          r.progress,
          r.achievements,
          r.problems,
          r.guidance.trim() ? `${r.guidance}${r.guidanceBy ? `\n——${signature({ by: r.guidanceBy, role: r.guidanceRole })}${r.guidanceAt ? ` ${formatDate(r.guidanceAt, tz)}` : ''}` : ''}${markFor(`guidance:${r.id}`)}` : '',
        ]),
      '尚无进度报表。',
      9,
    ),

    stageHeading('review'),
    grid([
      { label: label('review.successPoints'), value: f(review.successPoints), wide: true },
      { label: label('review.failurePoints'), value: f(review.failurePoints), wide: true },
      { label: label('review.correctiveActions'), value: f(review.correctiveActions), wide: true },
    ]),

    stageHeading('onboarding'),
    grid([
      { label: label('onboarding.customerCode'), value: f(onboarding.customerCode) },
      { label: label('onboarding.documentsArchived'), value: yesNo(onboarding.documentsArchived) },
      { label: label('onboarding.departmentsNotified'), value: onboarding.departmentsNotified.join('、') || '无', wide: true },
      { label: label('onboarding.archiveNote'), value: f(onboarding.archiveNote), wide: true },
    ]),

    heading('拜访准备'),
    listTable(
      ['计划日期', '拜访目的', '联系人', '资料准备', '可讲解的内容', '完成'],
      [0.95, 1.6, 0.8, 1.3, 1.8, 0.5],
      file.visits.map((v) => [
        v.plannedOn ?? '',
        v.purpose,
        v.contactPerson,
        v.materials.map((m) => MATERIAL_LABELS[m]).join('、'),
        v.talkingPoints.map((t) => TALKING_POINT_LABELS[t]).join('、'),
        yesNo(v.done),
      ]),
      '尚无拜访准备记录。',
      9,
    ),

    heading('阶段记录'),
    listTable(
      ['时间', '从', '到', '说明'],
      [1.3, 1, 1, 3.5],
      file.stageHistory.map((c) => [formatTimestamp(c.at, tz), c.from ? stageInfo(c.from).label : '建档', stageInfo(c.to).label, c.note]),
      '无阶段记录。',
      9,
    ),
  ];

  return {
    title: FULL_FILE_TITLE,
    subtitle: `客户：${name} · 开发业务：${file.owner.trim() || NOT_FILLED} · 当前阶段：${stageInfo(file.stage).label}`,
    orientation: 'portrait',
    generatedOn: options.today,
    footer: `${FULL_FILE_TITLE} · ${name}`,
    subject: `${FULL_FILE_TITLE}：${name}`,
    ...(file.owner.trim() ? { author: file.owner.trim() } : {}),
    blocks,
  };
}
