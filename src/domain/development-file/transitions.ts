/**
 * Moving a file between stages. Pure: the input file is never changed; every
 * successful move returns a new file with the move appended to stageHistory
 * and updatedAt set to the `now` the caller passes in.
 *
 * Termination (4.4.5) takes three steps, because the procedure has the rep
 * report to a superior, who decides: requestTermination records the reason
 * and who was informed; the superior's decision (终止 or 继续开发) is recorded
 * on 主管审阅 or 代登记 from paper (manager-records.ts); confirmTermination
 * then sets confirmedAt and moves the file to 终止. moveStage to 'terminated'
 * refuses a file whose termination is not filled in, decided 终止 and confirmed.
 */
import { FIELDS, type FieldPath } from './labels';
import { missingFor, type Missing, type RequirementContext } from './requirements';
import { LIMITS, type DevelopmentFile, type StageId } from './schema';
import { moveKind, nextStage, stageInfo } from './stages';

export type MoveResult = { ok: true; file: DevelopmentFile } | { ok: false; missing: Missing[]; reason: string };

export interface MoveOptions {
  /** ISO timestamp of the move. */
  now: string;
  note?: string;
  context?: RequirementContext;
}

function missingField(path: FieldPath, message: string): Missing {
  return { path, label: FIELDS[path].label, clause: FIELDS[path].clause, message };
}

/** The stage a terminated file was terminated from, from its latest termination. */
export function terminatedFrom(file: DevelopmentFile): StageId | null {
  for (let i = file.stageHistory.length - 1; i >= 0; i--) {
    const change = file.stageHistory[i];
    if (change?.to === 'terminated') return change.from;
  }
  return null;
}

/** A termination requested and not yet confirmed: the file waits for the superior. */
export function terminationPending(file: DevelopmentFile): boolean {
  const t = file.execution.termination;
  return t !== null && t.confirmedAt === null;
}

function terminationMissing(file: DevelopmentFile): Missing[] {
  const t = file.execution.termination;
  const missing: Missing[] = [];
  if (!t || t.reason.trim() === '') missing.push(missingField('execution.termination.reason', '请填写终止原因'));
  if (!t || t.informed.trim() === '') {
    missing.push(missingField('execution.termination.informed', '请先向上级汇报，并填写已汇报的上级'));
  }
  if (t && t.decision?.decision !== 'terminate') {
    missing.push(
      missingField(
        'execution.termination',
        t.decision?.decision === 'continue' ? '上级决定继续开发，不能终止：请撤回终止申请' : '上级尚未同意终止：请等待上级决定，或代登记上级的纸质决定',
      ),
    );
  }
  if (!t || t.confirmedAt === null) missing.push(missingField('execution.termination.confirmedAt', '请确认终止'));
  return missing;
}

function withMove(file: DevelopmentFile, to: StageId, now: string, note: string): DevelopmentFile {
  return {
    ...file,
    stage: to,
    updatedAt: now,
    // The history note is a short text in the schema; a longer one would make the file invalid.
    stageHistory: [
      ...file.stageHistory,
      { from: file.stage, to, at: now, note: Array.from(note).slice(0, LIMITS.shortText).join('') },
    ],
  };
}

export function moveStage(file: DevelopmentFile, to: StageId, options: MoveOptions): MoveResult {
  const { now, note = '', context = {} } = options;
  const from = file.stage;
  const kind = moveKind(from, to, terminatedFrom(file));
  const fromLabel = stageInfo(from).label;
  const toLabel = stageInfo(to).label;

  switch (kind) {
    case null: {
      if (from === 'terminated') {
        const back = terminatedFrom(file);
        const reason = back
          ? `终止的档案只能重新启动到终止前的阶段“${stageInfo(back).label}”`
          : '找不到该档案终止前的阶段，无法重新启动';
        return { ok: false, missing: [], reason };
      }
      if (to === 'terminated') return { ok: false, missing: [], reason: '已纳入客户管理的档案不能终止' };
      const next = nextStage(from);
      const reason =
        from === to
          ? `档案已处于“${toLabel}”阶段`
          : next
            ? `不能从“${fromLabel}”跳到“${toLabel}”，只能先进入“${stageInfo(next).label}”`
            : `“${fromLabel}”已是最后一个阶段`;
      return { ok: false, missing: [], reason };
    }
    case 'forward': {
      if (terminationPending(file)) {
        const message =
          file.execution.termination?.decision?.decision === 'continue'
            ? '上级决定继续开发：请撤回终止申请后再继续'
            : '已提出终止申请：等待上级决定终止或继续，或撤回申请后再继续';
        return { ok: false, missing: [missingField('execution.termination', message)], reason: '已提出终止申请，不能继续推进' };
      }
      const missing = missingFor(file, from, context);
      if (missing.length > 0) {
        return { ok: false, missing, reason: `“${fromLabel}”阶段还有 ${missing.length} 项未完成，完成后才能进入“${toLabel}”` };
      }
      return { ok: true, file: withMove(file, to, now, note) };
    }
    case 'back':
      return { ok: true, file: withMove(file, to, now, note) };
    case 'terminate': {
      const missing = terminationMissing(file);
      if (missing.length > 0) return { ok: false, missing, reason: '终止前须向上级汇报并确认终止（4.4.5）' };
      return { ok: true, file: withMove(file, to, now, note || (file.execution.termination?.reason ?? '')) };
    }
    case 'reopen': {
      // The termination is over; its reason stays in the history note of the move to 终止.
      const reopened = { ...file, execution: { ...file.execution, termination: null } };
      return { ok: true, file: withMove(reopened, to, now, note) };
    }
  }
}

export interface TerminationRequest {
  reason: string;
  /** The superior the rep reported to (4.4.5). */
  informed: string;
  now: string;
}

/** Records a termination request; the file stays where it is until it is confirmed. */
export function requestTermination(file: DevelopmentFile, request: TerminationRequest): MoveResult {
  if (moveKind(file.stage, 'terminated') !== 'terminate') {
    const reason = file.stage === 'terminated' ? '档案已终止' : '已纳入客户管理的档案不能终止';
    return { ok: false, missing: [], reason };
  }
  const missing: Missing[] = [];
  if (request.reason.trim() === '') missing.push(missingField('execution.termination.reason', '请填写终止原因'));
  if (request.informed.trim() === '') {
    missing.push(missingField('execution.termination.informed', '请先向上级汇报，并填写已汇报的上级'));
  }
  if (missing.length > 0) return { ok: false, missing, reason: '终止申请须写明原因和已汇报的上级（4.4.5）' };
  const termination = {
    reason: request.reason.trim(),
    informed: request.informed.trim(),
    requestedAt: request.now,
    decision: null,
    confirmedAt: null,
  };
  return { ok: true, file: { ...file, updatedAt: request.now, execution: { ...file.execution, termination } } };
}

/** Confirms a termination the superior decided and moves the file to 终止. */
export function confirmTermination(file: DevelopmentFile, now: string, note?: string): MoveResult {
  const t = file.execution.termination;
  if (!t) {
    return {
      ok: false,
      missing: [missingField('execution.termination', '请先提出终止申请')],
      reason: '尚未提出终止申请',
    };
  }
  if (t.decision?.decision !== 'terminate') {
    return { ok: false, missing: terminationMissing(file).filter((m) => m.path === 'execution.termination'), reason: '终止须经上级同意（4.4.5）' };
  }
  const confirmed = { ...file, execution: { ...file.execution, termination: { ...t, confirmedAt: now } } };
  return moveStage(confirmed, 'terminated', note === undefined ? { now } : { now, note });
}

/** Withdraws a request that has not been confirmed. */
export function withdrawTermination(file: DevelopmentFile, now: string): MoveResult {
  if (!terminationPending(file)) return { ok: false, missing: [], reason: '没有待确认的终止申请' };
  return { ok: true, file: { ...file, updatedAt: now, execution: { ...file.execution, termination: null } } };
}
