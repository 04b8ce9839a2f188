import { expect, test } from 'vitest';
import { seedFromText } from '../../../src/domain/quiz/random';
import { pageSeed } from '../../../src/islands/quiz/seed';

test('?seed= fixes the seed; any text works; without it each load is random', () => {
  expect(pageSeed('?seed=42')).toBe(seedFromText('42'));
  expect(pageSeed('?seed=培训班')).toBe(seedFromText('培训班'));
  expect(pageSeed('?seed=%20e2e%20')).toBe(seedFromText('e2e'));
  const random = new Set(Array.from({ length: 20 }, () => pageSeed('')));
  expect(random.size).toBeGreaterThan(1);
  for (const seed of random) expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
});
