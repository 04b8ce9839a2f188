import { describe, expect, test } from 'vitest';
import {
  CLAUSE_NUMBERS,
  clauseHref,
  clauseId,
  isClauseNumber,
  stepHref,
  WUXIN_HREF,
} from '../../../src/domain/playbook/clauses';

describe('clause anchors', () => {
  test('there are 30 clauses and their ids are unique', () => {
    expect(CLAUSE_NUMBERS).toHaveLength(30);
    expect(new Set(CLAUSE_NUMBERS.map(clauseId)).size).toBe(30);
  });

  test('ids replace dots with dashes', () => {
    expect(clauseId('1')).toBe('clause-1');
    expect(clauseId('3.4')).toBe('clause-3-4');
    expect(clauseId('4.6.3')).toBe('clause-4-6-3');
  });

  test('sections 1–3 link to the 总则 page, chapter 4.x to its own page', () => {
    expect(clauseHref('2')).toBe('/procedure/general/#clause-2');
    expect(clauseHref('3.1')).toBe('/procedure/general/#clause-3-1');
    expect(clauseHref('4.3.5')).toBe('/procedure/4-3/#clause-4-3-5');
    expect(clauseHref('4.6.1')).toBe('/procedure/4-6/#clause-4-6-1');
  });

  test('section headings are not clauses', () => {
    expect(isClauseNumber('3')).toBe(false);
    expect(isClauseNumber('4.1')).toBe(false);
    expect(isClauseNumber('4.1.2')).toBe(true);
  });

  test('steps and the 五心 link into the guide', () => {
    expect(stepHref(1)).toBe('/guide/step-1/#step-1');
    expect(WUXIN_HREF).toBe('/guide/step-6/#wuxin');
  });
});
