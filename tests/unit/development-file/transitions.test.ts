import { decideTermination } from '../../../src/domain/development-file/manager-records';
import { describe, expect, test } from 'vitest';
import { developmentFileSchema, type DevelopmentFile } from '../../../src/domain/development-file/schema';
import {
  confirmTermination,
  moveStage,
  requestTermination,
  terminatedFrom,
  withdrawTermination,
} from '../../../src/domain/development-file/transitions';
import { atStage, blankFile, completeFile, deepFreeze } from './fixtures';

const LATER = '2026-12-01T10:00:00.000Z';
const frozen = (file: DevelopmentFile) => deepFreeze(structuredClone(file));

/** The superior's decision on the file's termination request, made on the desk. */
function decided(file: DevelopmentFile, decision: 'terminate' | 'continue'): DevelopmentFile {
  const result = decideTermination(file, { decision, comment: '已核实', by: '李部长' }, { role: 'marketingManager', at: LATER, entry: 'desk' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

function moved(result: ReturnType<typeof moveStage>): DevelopmentFile {
  if (!result.ok) throw new Error(`expected the move to succeed: ${result.reason}`);
  return result.file;
}

describe('moveStage', () => {
  test('forward when the current stage lacks nothing: history appended, updatedAt set, input untouched', () => {
    const file = frozen(completeFile());
    const result = moved(moveStage(file, 'survey', { now: LATER, note: '评估通过' }));
    expect(result.stage).toBe('survey');
    expect(result.updatedAt).toBe(LATER);
    expect(result.stageHistory.at(-1)).toEqual({ from: 'evaluation', to: 'survey', at: LATER, note: '评估通过' });
    expect(result.stageHistory.slice(0, -1)).toEqual(file.stageHistory);
    expect(file.stage).toBe('evaluation');
    expect(developmentFileSchema.safeParse(result).success).toBe(true);
  });

  test('forward is refused while the current stage lacks something, listing what', () => {
    const file = frozen(blankFile());
    const result = moveStage(file, 'survey', { now: LATER });
    expect(result).toMatchObject({ ok: false, reason: '“策划与评估”阶段还有 4 项未完成，完成后才能进入“背景调查”' });
    expect(!result.ok && result.missing.map((m) => m.path)).toEqual([
      'evaluation.finance.score',
      'evaluation.investment.score',
      'evaluation.contribution.score',
      'evaluation.capability.score',
    ]);
  });

  test('the whole road can be walked with a complete file', () => {
    let file = completeFile();
    for (const to of ['survey', 'application', 'preparation', 'execution', 'review', 'onboarding'] as const) {
      file = moved(moveStage(file, to, { now: LATER }));
    }
    expect(file.stage).toBe('onboarding');
    expect(file.stageHistory.map((c) => c.to)).toEqual([
      'evaluation',
      'survey',
      'application',
      'preparation',
      'execution',
      'review',
      'onboarding',
    ]);
  });

  test('no skipping, no standing still, nothing after the last stage', () => {
    expect(moveStage(completeFile(), 'application', { now: LATER })).toEqual({
      ok: false,
      missing: [],
      reason: '不能从“策划与评估”跳到“开发申请”，只能先进入“背景调查”',
    });
    expect(moveStage(completeFile(), 'evaluation', { now: LATER })).toMatchObject({
      ok: false,
      reason: '档案已处于“策划与评估”阶段',
    });
    expect(moveStage(atStage(completeFile(), 'onboarding'), 'terminated', { now: LATER })).toMatchObject({
      ok: false,
      reason: '已纳入客户管理的档案不能终止',
    });
  });

  test('back to any earlier stage, whatever is missing', () => {
    const file = frozen(atStage(blankFile(), 'execution'));
    const result = moved(moveStage(file, 'survey', { now: LATER, note: '补充调查' }));
    expect(result.stage).toBe('survey');
    expect(result.stageHistory.at(-1)).toEqual({ from: 'execution', to: 'survey', at: LATER, note: '补充调查' });
  });

  test('uniqueness context reaches the requirements of the stage being left', () => {
    const file = atStage(completeFile(), 'review');
    expect(moveStage(file, 'onboarding', { now: LATER, context: { otherFiles: [completeFile('other')] } }).ok).toBe(true);
  });

  test('a long note is cut to what the schema allows', () => {
    const result = moved(moveStage(completeFile(), 'survey', { now: LATER, note: '长'.repeat(500) }));
    expect(result.stageHistory.at(-1)?.note).toHaveLength(200);
    expect(developmentFileSchema.safeParse(result).success).toBe(true);
  });

  test('terminate needs a termination with reason, informed superior and confirmation (4.4.5)', () => {
    const result = moveStage(blankFile(), 'terminated', { now: LATER });
    expect(result).toMatchObject({ ok: false, reason: '终止前须向上级汇报并确认终止（4.4.5）' });
    expect(!result.ok && result.missing.map((m) => m.path)).toEqual([
      'execution.termination.reason',
      'execution.termination.informed',
      'execution.termination.confirmedAt',
    ]);
  });
});

describe('termination', () => {
  const request = { reason: '客户拖欠其他供应商货款', informed: '李部长', now: LATER };

  test('a request records reason, superior and time, and leaves the stage', () => {
    const file = frozen(atStage(completeFile(), 'execution'));
    const result = requestTermination(file, request);
    expect(result.ok && result.file.execution.termination).toEqual({
      reason: '客户拖欠其他供应商货款',
      informed: '李部长',
      requestedAt: LATER,
      decision: null,
      confirmedAt: null,
    });
    expect(result.ok && [result.file.stage, result.file.updatedAt]).toEqual(['execution', LATER]);
  });

  test('a request needs a reason and the superior informed', () => {
    const result = requestTermination(blankFile(), { reason: ' ', informed: '', now: LATER });
    expect(!result.ok && result.missing.map((m) => m.path)).toEqual([
      'execution.termination.reason',
      'execution.termination.informed',
    ]);
  });

  test('no request once the file is in 纳入客户管理 or already terminated', () => {
    expect(requestTermination(atStage(completeFile(), 'onboarding'), request)).toMatchObject({ ok: false });
    expect(requestTermination(atStage(completeFile(), 'terminated'), request)).toMatchObject({ ok: false, reason: '档案已终止' });
  });

  test('a pending request blocks forward moves until confirmed or withdrawn', () => {
    const pending = requestTermination(completeFile(), request);
    if (!pending.ok) throw new Error(pending.reason);
    const blocked = moveStage(pending.file, 'survey', { now: LATER });
    expect(blocked).toMatchObject({ ok: false, reason: '已提出终止申请，不能继续推进' });
    expect(!blocked.ok && blocked.missing[0]?.path).toBe('execution.termination');

    const withdrawn = withdrawTermination(pending.file, LATER);
    expect(withdrawn.ok && withdrawn.file.execution.termination).toBeNull();
    expect(withdrawn.ok && moveStage(withdrawn.file, 'survey', { now: LATER }).ok).toBe(true);
    expect(withdrawTermination(completeFile(), LATER)).toMatchObject({ ok: false });
  });

  test('confirming needs the superior’s 同意终止; 继续开发 keeps the file going once the request is withdrawn', () => {
    const pending = requestTermination(atStage(completeFile(), 'execution'), request);
    if (!pending.ok) throw new Error(pending.reason);
    expect(confirmTermination(pending.file, LATER)).toMatchObject({ ok: false, reason: '终止须经上级同意（4.4.5）' });
    expect(moveStage(pending.file, 'terminated', { now: LATER })).toMatchObject({ ok: false });
    const kept = decided(pending.file, 'continue');
    const refused = confirmTermination(kept, LATER);
    expect(!refused.ok && refused.missing.map((m) => m.message)).toEqual(['上级决定继续开发，不能终止：请撤回终止申请']);
    const blocked = moveStage(kept, 'review', { now: LATER });
    expect(!blocked.ok && blocked.missing[0]?.message).toBe('上级决定继续开发：请撤回终止申请后再继续');
    const withdrawn = withdrawTermination(kept, LATER);
    expect(withdrawn.ok && moveStage(withdrawn.file, 'review', { now: LATER }).ok).toBe(true);
  });

  test('confirming moves the file to 终止 with the reason as the history note', () => {
    const pending = requestTermination(atStage(completeFile(), 'execution'), request);
    if (!pending.ok) throw new Error(pending.reason);
    const result = moved(confirmTermination(frozen(decided(pending.file, 'terminate')), '2026-12-02T10:00:00.000Z'));
    expect(result.stage).toBe('terminated');
    expect(result.execution.termination?.confirmedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(result.stageHistory.at(-1)).toEqual({
      from: 'execution',
      to: 'terminated',
      at: '2026-12-02T10:00:00.000Z',
      note: request.reason,
    });
    expect(terminatedFrom(result)).toBe('execution');
    expect(developmentFileSchema.safeParse(result).success).toBe(true);
  });

  test('confirming without a request is refused', () => {
    expect(confirmTermination(completeFile(), LATER)).toMatchObject({ ok: false, reason: '尚未提出终止申请' });
  });
});

describe('reopening', () => {
  function terminatedAt(stage: 'survey' | 'execution'): DevelopmentFile {
    const pending = requestTermination(atStage(completeFile(), stage), { reason: '信用问题', informed: '李部长', now: LATER });
    if (!pending.ok) throw new Error(pending.reason);
    return moved(confirmTermination(decided(pending.file, 'terminate'), LATER));
  }

  test('only to the stage it was terminated from; the termination is cleared', () => {
    const file = frozen(terminatedAt('execution'));
    expect(moveStage(file, 'survey', { now: LATER })).toMatchObject({
      ok: false,
      reason: '终止的档案只能重新启动到终止前的阶段“正式实施”',
    });
    const result = moved(moveStage(file, 'execution', { now: '2026-12-05T10:00:00.000Z', note: '问题已澄清' }));
    expect(result.stage).toBe('execution');
    expect(result.execution.termination).toBeNull();
    expect(result.stageHistory.at(-1)).toEqual({
      from: 'terminated',
      to: 'execution',
      at: '2026-12-05T10:00:00.000Z',
      note: '问题已澄清',
    });
  });

  test('the latest termination decides', () => {
    const reopened = moved(moveStage(terminatedAt('survey'), 'survey', { now: LATER }));
    const onward = moved(moveStage(reopened, 'application', { now: LATER }));
    const again = requestTermination(onward, { reason: '再次终止', informed: '王总', now: LATER });
    if (!again.ok) throw new Error(again.reason);
    const second = moved(confirmTermination(decided(again.file, 'terminate'), LATER));
    expect(terminatedFrom(second)).toBe('application');
    expect(moveStage(second, 'survey', { now: LATER }).ok).toBe(false);
    expect(moveStage(second, 'application', { now: LATER }).ok).toBe(true);
  });

  test('a terminated file without that history cannot be reopened', () => {
    const file: DevelopmentFile = { ...blankFile(), stage: 'terminated' };
    expect(moveStage(file, 'evaluation', { now: LATER })).toMatchObject({
      ok: false,
      reason: '找不到该档案终止前的阶段，无法重新启动',
    });
  });
});
