import { describe, expect, test } from 'vitest';
import { carriedOverQuestions, visitReadiness } from '../../../src/domain/development-file/visit-readiness';
import { TALKING_POINTS, VISIT_MATERIALS, visitSchema } from '../../../src/domain/development-file/schema';

const empty = () => visitSchema.parse({ id: 'v1' });
const full = () =>
  visitSchema.parse({
    id: 'v1',
    research: { strength: '注册资本 5000 万', sales: '年销售 2 亿', relationships: '与甲公司合作', character: '务实' },
    materials: [...VISIT_MATERIALS],
    appearanceReady: true,
    mindsetReady: true,
    talkingPoints: [...TALKING_POINTS],
  });

describe('visitReadiness', () => {
  test('an empty preparation scores 0 and lists every item with a link to the guide', () => {
    const r = visitReadiness(empty());
    expect(r.score).toBe(0);
    expect(r.missing).toHaveLength(4 + 4 + 1 + 1 + 10);
    expect(new Set(r.missing.map((i) => i.href))).toEqual(new Set(['/guide/step-1/#step-1']));
  });

  test('a complete preparation scores 100 with nothing missing', () => {
    expect(visitReadiness(full())).toMatchObject({ score: 100, missing: [] });
  });

  test('blank research notes do not count as research', () => {
    const v = { ...full(), research: { ...full().research, character: '   ' } };
    const r = visitReadiness(v);
    expect(r.missing.map((i) => i.label)).toEqual(['了解客户的性格']);
    expect(r.score).toBeLessThan(100);
  });

  test('the readiness quiz counts only when given, and only a pass', () => {
    expect(visitReadiness(full(), { passed: false, takenOn: '2026-11-20' }).missing.map((i) => i.id)).toEqual(['quiz']);
    expect(visitReadiness(full(), { passed: true, takenOn: '2026-11-20' }).score).toBe(100);
    expect(visitReadiness(full(), null).missing.map((i) => i.id)).toEqual(['quiz']);
  });

  test('the score grows with each item done', () => {
    let v = empty();
    let last = visitReadiness(v).score;
    for (const m of VISIT_MATERIALS) {
      v = { ...v, materials: [...v.materials, m] };
      const now = visitReadiness(v).score;
      expect(now).toBeGreaterThan(last);
      last = now;
    }
  });
});

describe('carriedOverQuestions', () => {
  test('takes what the last completed visit left open', () => {
    const a = { ...empty(), id: 'a', done: true, leftOpen: '价格是否含运费' };
    const b = { ...empty(), id: 'b', done: true, leftOpen: '样品交期' };
    const c = { ...empty(), id: 'c', done: false, leftOpen: '未拜访' };
    expect(carriedOverQuestions([a, b, c])).toBe('样品交期');
    expect(carriedOverQuestions([])).toBe('');
  });
});
