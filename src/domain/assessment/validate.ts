/**
 * Rules that span the whole instrument. The page calls this at build time and
 * fails the build on any problem; unit tests run it on the YAML too.
 */
import { HEARTS } from './hearts';
import type { Instrument } from './instrument';

export const INSTRUMENT_RULES = { minStatements: 20, minPerHeart: 4 } as const;

export function validateInstrument(instrument: Instrument): string[] {
  const problems: string[] = [];
  const ids = instrument.hearts.map((h) => h.id);
  const expected = HEARTS.map((h) => h.id);
  if (ids.join() !== expected.join()) {
    problems.push(`五心应为 ${expected.join('、')}（按此顺序），实际是 ${ids.join('、') || '（空）'}`);
  }
  for (const heart of instrument.hearts) {
    const known = HEARTS.find((h) => h.id === heart.id);
    if (known && known.name !== heart.name) problems.push(`${heart.id}: 名称应为“${known.name}”`);
    if (heart.statements.length < INSTRUMENT_RULES.minPerHeart) {
      problems.push(`${heart.name}: 至少需要 ${INSTRUMENT_RULES.minPerHeart} 条题目，现有 ${heart.statements.length} 条`);
    }
    if (heart.advice.length < 2 || heart.advice.length > 3) problems.push(`${heart.name}: 建议应为 2–3 句`);
    if (heart.links.length === 0) problems.push(`${heart.name}: 缺少指南链接`);
    for (const s of heart.statements) {
      if (!s.id.startsWith(`${heart.id}-`)) problems.push(`${s.id}: 题目 id 应以 “${heart.id}-” 开头`);
    }
  }
  const statements = instrument.hearts.flatMap((h) => h.statements);
  if (statements.length < INSTRUMENT_RULES.minStatements) {
    problems.push(`至少需要 ${INSTRUMENT_RULES.minStatements} 条题目，现有 ${statements.length} 条`);
  }
  if (!statements.some((s) => s.reverse)) problems.push('至少需要一条反向题（reverse: true）');
  if (statements.length > 0 && statements.every((s) => s.reverse)) problems.push('不能全部是反向题');
  const seen = new Set<string>();
  for (const s of statements) {
    if (seen.has(s.id)) problems.push(`题目 id 重复：${s.id}`);
    seen.add(s.id);
  }
  return problems;
}
