/**
 * The stages of a development file, in the procedure's order, and the moves
 * allowed between them. Whether a particular file may make a forward move is
 * decided by requirements.ts (what the current stage still lacks); this file
 * only knows the shape of the road.
 */
import type { ClauseNumber } from '../playbook/clauses';
import type { StageId } from './schema';

export interface StageInfo {
  id: StageId;
  /** The name used in the procedure and in the UI. */
  label: string;
  /** The clause the stage starts from, for guidance links. */
  clause: ClauseNumber;
}

/** The working stages, in order. 终止 is not on this road: it is a way off it. */
export const WORKING_STAGES: readonly StageInfo[] = [
  { id: 'evaluation', label: '策划与评估', clause: '4.1.2' },
  { id: 'survey', label: '背景调查', clause: '4.2.1' },
  { id: 'application', label: '开发申请', clause: '4.2.5' },
  { id: 'preparation', label: '前期准备', clause: '4.3.1' },
  { id: 'execution', label: '正式实施', clause: '4.4.1' },
  { id: 'review', label: '开发总结', clause: '4.5.1' },
  { id: 'onboarding', label: '纳入客户管理', clause: '4.6.1' },
];

export const TERMINATED: StageInfo = { id: 'terminated', label: '终止', clause: '4.4.5' };

export const ALL_STAGES: readonly StageInfo[] = [...WORKING_STAGES, TERMINATED];

export function stageInfo(id: StageId): StageInfo {
  const info = ALL_STAGES.find((s) => s.id === id);
  if (!info) throw new Error(`未知的阶段：${id}`);
  return info;
}

/** 0-based position on the road; -1 for 终止. */
export function stageIndex(id: StageId): number {
  return WORKING_STAGES.findIndex((s) => s.id === id);
}

export function nextStage(id: StageId): StageId | null {
  const i = stageIndex(id);
  return i >= 0 && i < WORKING_STAGES.length - 1 ? (WORKING_STAGES[i + 1]?.id ?? null) : null;
}

export type MoveKind = 'forward' | 'back' | 'terminate' | 'reopen';

/**
 * What kind of move `from → to` is, or null when it is never allowed:
 * - forward: to the next stage only (no skipping);
 * - back: to any earlier working stage (going back never needs valid input);
 * - terminate: from any working stage before 纳入客户管理 (4.4.5);
 * - reopen: from 终止 back to the stage the file was terminated from.
 */
export function moveKind(from: StageId, to: StageId, terminatedFrom: StageId | null = null): MoveKind | null {
  if (from === to) return null;
  if (from === 'terminated') return to === terminatedFrom && to !== 'terminated' ? 'reopen' : null;
  if (to === 'terminated') return from === 'onboarding' ? null : 'terminate';
  const a = stageIndex(from);
  const b = stageIndex(to);
  if (b === a + 1) return 'forward';
  if (b < a) return 'back';
  return null;
}
