import { describe, expect, test } from 'vitest';
import { moveKind, nextStage, WORKING_STAGES } from '../../../src/domain/development-file/stages';
import { compareClocks, joinClocks, tick } from '../../../src/domain/development-file/clock';

describe('stage moves', () => {
  test('the road follows the procedure 4.1 → 4.6', () => {
    expect(WORKING_STAGES.map((s) => s.clause)).toEqual(['4.1.2', '4.2.1', '4.2.5', '4.3.1', '4.4.1', '4.5.1', '4.6.1']);
    expect(nextStage('application')).toBe('preparation');
    expect(nextStage('onboarding')).toBeNull();
    expect(nextStage('terminated')).toBeNull();
  });

  test('forward only one stage at a time, back to any earlier stage', () => {
    expect(moveKind('evaluation', 'survey')).toBe('forward');
    expect(moveKind('evaluation', 'application')).toBeNull();
    expect(moveKind('execution', 'survey')).toBe('back');
    expect(moveKind('survey', 'survey')).toBeNull();
  });

  test('termination from any working stage before 纳入客户管理; reopening only to where it stopped', () => {
    expect(moveKind('survey', 'terminated')).toBe('terminate');
    expect(moveKind('onboarding', 'terminated')).toBeNull();
    expect(moveKind('terminated', 'execution', 'execution')).toBe('reopen');
    expect(moveKind('terminated', 'survey', 'execution')).toBeNull();
  });
});

describe('version vectors', () => {
  test('order of copies', () => {
    expect(compareClocks({ a: 1 }, { a: 1 })).toBe('same');
    expect(compareClocks({ a: 2 }, { a: 1 })).toBe('newer');
    expect(compareClocks({ a: 1 }, { a: 1, b: 1 })).toBe('older');
    expect(compareClocks({ a: 2 }, { a: 1, b: 1 })).toBe('conflicting');
    expect(compareClocks({}, {})).toBe('same');
  });

  test('tick and join', () => {
    expect(tick({ a: 1 }, 'b')).toEqual({ a: 1, b: 1 });
    expect(joinClocks({ a: 3, b: 1 }, { b: 2, c: 1 })).toEqual({ a: 3, b: 2, c: 1 });
  });
});
