/**
 * What the managers write into a rep's file besides the application's
 * approval: the 4.2.2 团队评审 record, the superior's decision on a 4.4.5
 * termination request, and the 营销部长's guidance on a 4.4.6 progress report.
 * Each is made on 主管审阅 ('desk') or, from a signed paper record, entered by
 * the rep as 代登记 ('paper'). Pure: each returns a new file or the problems.
 */
import type { ApproverRole, DevelopmentFile, TeamReviewConclusion, TerminationDecisionId } from './schema';
import { applicationState } from './application-state';
import { APPROVER_ROLE_LABELS } from './labels';

export type Entry = 'desk' | 'paper';

/** Who makes the record and when; `role` is the identity's role on the desk. */
export interface Author {
  by: string;
  role?: ApproverRole;
  at: string;
  entry: Entry;
}

export type Problems<K extends string> = Partial<Record<K, string>>;

export type RecordResult<K extends string> = { ok: true; file: DevelopmentFile } | { ok: false; problems: Problems<K> };

const blank = (text: string) => text.trim() === '';

function authorFields({ by, role, at, entry }: Author) {
  return { by: by.trim(), ...(role ? { role } : {}), at, entry };
}

function touched(file: DevelopmentFile, at: string): DevelopmentFile {
  return { ...file, updatedAt: at };
}

// ── 4.2.2 团队评审 ────────────────────────────────────────────────────────

export interface TeamReviewDraft {
  heldOn: string;
  participants: string;
  conclusion: TeamReviewConclusion | null;
  comment: string;
  by: string;
}

export type TeamReviewField = keyof TeamReviewDraft;

export function teamReviewProblems(draft: TeamReviewDraft): Problems<TeamReviewField> {
  const problems: Problems<TeamReviewField> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.heldOn)) problems.heldOn = '请填写评审日期';
  if (blank(draft.participants)) problems.participants = '请填写参加评审的人员';
  if (draft.conclusion === null) problems.conclusion = '请选择评审结论：重点开发、暂缓或不开发';
  if (draft.conclusion !== null && draft.conclusion !== 'focus' && blank(draft.comment)) {
    problems.comment = '结论为暂缓或不开发时，请写明理由';
  }
  if (blank(draft.by)) problems.by = '请填写组织评审的营销部长';
  return problems;
}

export function recordTeamReview(file: DevelopmentFile, draft: TeamReviewDraft, author: Omit<Author, 'by'>): RecordResult<TeamReviewField> {
  const problems = teamReviewProblems(draft);
  if (Object.keys(problems).length > 0 || draft.conclusion === null) return { ok: false, problems };
  const record = {
    heldOn: draft.heldOn,
    participants: draft.participants.trim(),
    conclusion: draft.conclusion,
    comment: draft.comment.trim(),
    ...authorFields({ ...author, by: draft.by }),
  };
  return { ok: true, file: touched({ ...file, survey: { ...file.survey, teamReviewRecord: record } }, author.at) };
}

// ── 4.4.5 终止申请的决定 ──────────────────────────────────────────────────

export interface TerminationDecisionDraft {
  decision: TerminationDecisionId | null;
  comment: string;
  by: string;
}

export type TerminationDecisionField = keyof TerminationDecisionDraft | 'request';

export function terminationDecisionProblems(file: DevelopmentFile, draft: TerminationDecisionDraft): Problems<TerminationDecisionField> {
  const problems: Problems<TerminationDecisionField> = {};
  const t = file.execution.termination;
  if (t === null) problems.request = '这份档案没有终止申请';
  else if (t.confirmedAt !== null) problems.request = '终止已确认，不能再改变决定';
  if (draft.decision === null) problems.decision = '请选择决定：同意终止或继续开发';
  if (blank(draft.comment)) problems.comment = '请写明决定的理由';
  if (blank(draft.by)) problems.by = '请填写作出决定的上级';
  return problems;
}

export function decideTermination(
  file: DevelopmentFile,
  draft: TerminationDecisionDraft,
  author: Omit<Author, 'by'>,
): RecordResult<TerminationDecisionField> {
  const problems = terminationDecisionProblems(file, draft);
  const t = file.execution.termination;
  if (Object.keys(problems).length > 0 || draft.decision === null || t === null) return { ok: false, problems };
  const decision = { decision: draft.decision, comment: draft.comment.trim(), ...authorFields({ ...author, by: draft.by }) };
  return { ok: true, file: touched({ ...file, execution: { ...file.execution, termination: { ...t, decision } } }, author.at) };
}

/** A termination request that waits for the superior's decision. */
export function terminationAwaitingDecision(file: DevelopmentFile): boolean {
  const t = file.execution.termination;
  return t !== null && t.confirmedAt === null && t.decision === null && file.stage !== 'terminated';
}

// ── 4.4.6 指导意见 ────────────────────────────────────────────────────────

export type GuidanceField = 'guidance' | 'by' | 'report';

export function giveGuidance(
  file: DevelopmentFile,
  reportId: string,
  draft: { guidance: string; by: string },
  author: Omit<Author, 'by' | 'entry'>,
): RecordResult<GuidanceField> {
  const problems: Problems<GuidanceField> = {};
  const index = file.execution.progressReports.findIndex((r) => r.id === reportId);
  if (index < 0) problems.report = '找不到这份进度报表';
  if (blank(draft.guidance)) problems.guidance = '请填写指导意见';
  if (blank(draft.by)) problems.by = '请填写指导人';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const progressReports = file.execution.progressReports.map((report, i) =>
    i === index
      ? { ...report, guidance: draft.guidance.trim(), guidanceBy: draft.by.trim(), guidanceAt: author.at, ...(author.role ? { guidanceRole: author.role } : {}) }
      : report,
  );
  return { ok: true, file: touched({ ...file, execution: { ...file.execution, progressReports } }, author.at) };
}

/** Progress reports still without guidance, oldest first. */
export function reportsAwaitingGuidance(file: DevelopmentFile): DevelopmentFile['execution']['progressReports'] {
  return file.execution.progressReports.filter((r) => blank(r.guidance)).toSorted((a, b) => a.date.localeCompare(b.date));
}

/** “营销部长 王五” or just the name, for a record's signature line. */
export function signature(record: { by: string; role?: ApproverRole | undefined }): string {
  const name = record.by.trim() || '（未署名）';
  return record.role ? `${APPROVER_ROLE_LABELS[record.role]} ${name}` : name;
}

/** The marks a manager's record carries wherever it is shown or printed. */
export function entryMarks(record: { entry?: Entry | undefined }): string[] {
  return record.entry === 'paper' ? ['代登记（依据纸质记录）'] : [];
}

/**
 * Where the file waits on a manager, in the words the file list and the desk
 * use (等待营销部长审批, 终止申请等待上级决定 …), or null when it waits on nobody.
 */
export function waitingState(file: DevelopmentFile): string | null {
  if (terminationAwaitingDecision(file)) return '终止申请等待上级决定';
  if (file.stage === 'survey' && file.survey.teamReviewRecord === null) return '等待营销部长登记团队评审';
  if (file.stage === 'application') {
    const state = applicationState(file);
    switch (state.kind) {
      case 'draft':
        return null;
      case 'awaiting':
        return state.role === 'marketingManager' ? '等待营销部长审批' : '等待总经理批准';
      case 'changed':
        return '申请修改后需重新提交';
      case 'returned':
        return `${APPROVER_ROLE_LABELS[state.role]}退回修改`;
      case 'rejected':
        return `${APPROVER_ROLE_LABELS[state.role]}不同意`;
      case 'approved':
        return '开发申请已批准';
    }
  }
  const reports = file.stage === 'execution' ? reportsAwaitingGuidance(file).length : 0;
  return reports > 0 ? `${reports} 份进度报表待营销部长指导` : null;
}
