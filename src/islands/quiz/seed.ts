/**
 * `?seed=` on a quiz page fixes the shuffle: the same seed gives the same
 * questions, in the same order, with the same option order, on every load
 * (and each retake a different but equally repeatable one). End-to-end tests
 * use it; a trainer can share a seeded link so a class sees one order.
 * Without it every attempt is shuffled at random.
 */
import { randomSeed, seedFromText } from '../../domain/quiz/random';

export function pageSeed(search: string = typeof location === 'undefined' ? '' : location.search): number {
  const value = new URLSearchParams(search).get('seed');
  return value !== null && value.trim() !== '' ? seedFromText(value.trim()) : randomSeed();
}
