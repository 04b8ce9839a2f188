import { describe, expect, test } from 'vitest';
import { readPlaybookSources } from '../../helpers/content';
import { HEARTS } from '../../../src/domain/assessment/hearts';
import { questionOrder, type Instrument } from '../../../src/domain/assessment/instrument';
import { heartSchema } from '../../../src/domain/assessment/schema';
import { INSTRUMENT_RULES, validateInstrument } from '../../../src/domain/assessment/validate';
import { readHeartFiles, readHearts, readInstrument } from './instrument-source';

const instrument = readInstrument();
const statements = instrument.hearts.flatMap((h) => h.statements);

describe('the 五心 instrument in content/assessment/', () => {
  test('every file matches the schema and is named after its heart', () => {
    for (const { file, raw } of readHeartFiles()) {
      const parsed = heartSchema.safeParse(raw);
      expect(parsed.success, `${file}: ${parsed.error?.message}`).toBe(true);
      expect(file).toBe(`${parsed.data?.id}.yaml`);
    }
  });

  test('passes the build-time validation', () => {
    expect(validateInstrument(instrument)).toEqual([]);
  });

  test('has the five hearts of the closing sentence, in its order', () => {
    expect(instrument.hearts.map((h) => h.name)).toEqual(['专心', '真心', '诚心', '善心', '细心']);
    expect(instrument.hearts.map((h) => h.id)).toEqual(HEARTS.map((h) => h.id));
  });

  test(`has at least ${INSTRUMENT_RULES.minStatements} statements, at least ${INSTRUMENT_RULES.minPerHeart} per heart, some reverse-worded`, () => {
    expect(statements.length).toBeGreaterThanOrEqual(20);
    for (const heart of instrument.hearts) expect(heart.statements.length, heart.name).toBeGreaterThanOrEqual(4);
    expect(statements.filter((s) => s.reverse).length).toBeGreaterThan(0);
    expect(statements.filter((s) => !s.reverse).length).toBeGreaterThan(statements.filter((s) => s.reverse).length);
  });

  test('every heart has a description, 2–3 sentences of advice and links into the guide', () => {
    for (const heart of instrument.hearts) {
      expect(heart.description.length, heart.name).toBeGreaterThan(10);
      expect(heart.advice.length, heart.name).toBeGreaterThanOrEqual(2);
      expect(heart.advice.length, heart.name).toBeLessThanOrEqual(3);
      for (const sentence of heart.advice) expect(sentence, heart.name).toMatch(/[。？！]$/);
      expect(heart.links.length, heart.name).toBeGreaterThan(0);
      for (const link of heart.links) expect(link.href).toMatch(/^\/guide\/step-[1-6]\/#(step-[1-6]|wuxin)$/);
    }
  });

  test('statement ids are unique and text is never repeated', () => {
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(new Set(statements.map((s) => s.text)).size).toBe(statements.length);
  });

  test('each statement quotes the guide section it is grounded in, verbatim', () => {
    const guide = new Map(readPlaybookSources().filter((p) => p.collection === 'guide').map((p) => [p.slug, p.body]));
    const wuxin = /<Wuxin>([\s\S]*?)<\/Wuxin>/.exec(guide.get('step-6') ?? '')?.[1] ?? '';
    for (const heart of readHearts()) {
      for (const s of heart.statements) {
        const body = s.source.section === 'wuxin' ? wuxin : (guide.get(s.source.section) ?? '');
        expect(body, `${s.id} quotes “${s.source.quote}” from ${s.source.section}`).toContain(s.source.quote);
      }
    }
  });

  test('a link label to a step names that step as the guide titles it', () => {
    const titles = new Map(
      readPlaybookSources()
        .filter((p) => p.collection === 'guide')
        .map((p) => [p.slug, (p.frontmatter as { title: string }).title]),
    );
    for (const heart of readHearts()) {
      for (const link of heart.links.filter((l) => l.section !== 'wuxin')) {
        expect(link.label, `${heart.id} → ${link.section}`).toContain(titles.get(link.section));
      }
    }
  });

  test('questions alternate between the hearts and ask every statement once', () => {
    const order = questionOrder(instrument);
    expect(order.map((q) => q.id).sort()).toEqual(statements.map((s) => s.id).sort());
    expect(order.slice(0, 5).map((q) => q.heartId)).toEqual(HEARTS.map((h) => h.id));
    for (let i = 1; i < order.length; i++) expect(order[i]?.heartId).not.toBe(order[i - 1]?.heartId);
  });
});

describe('validateInstrument catches', () => {
  const tweak = (change: (copy: Instrument) => void) => {
    const copy = structuredClone(instrument);
    change(copy);
    return validateInstrument(copy);
  };

  test('a heart with too few statements', () => {
    expect(tweak((c) => c.hearts[0]?.statements.splice(3))).toEqual([expect.stringContaining('专心: 至少需要 4 条题目')]);
  });
  test('fewer than 20 statements in all (with five hearts, only when some heart has fewer than 4)', () => {
    expect(tweak((c) => c.hearts.forEach((h) => h.statements.splice(4)))).toEqual([]);
    expect(tweak((c) => c.hearts.forEach((h) => h.statements.splice(3)))).toContain('至少需要 20 条题目，现有 15 条');
  });
  test('no reverse-worded statement', () => {
    expect(tweak((c) => c.hearts.forEach((h) => h.statements.forEach((s) => (s.reverse = false))))).toEqual([
      expect.stringContaining('反向题'),
    ]);
  });
  test('missing advice or links', () => {
    const problems = tweak((c) => {
      if (c.hearts[1]) c.hearts[1].advice = ['只有一句建议，不够具体。'];
      if (c.hearts[2]) c.hearts[2].links = [];
    });
    expect(problems).toEqual([expect.stringContaining('真心: 建议应为 2–3 句'), expect.stringContaining('诚心: 缺少指南链接')]);
  });
  test('a missing or misplaced heart', () => {
    expect(tweak((c) => c.hearts.reverse())[0]).toContain('五心应为');
    expect(tweak((c) => c.hearts.pop())[0]).toContain('五心应为');
  });
  test('a duplicated statement id', () => {
    expect(
      tweak((c) => {
        const first = c.hearts[0]?.statements[0];
        if (first && c.hearts[0]) c.hearts[0].statements[1] = { ...first, text: '另一条描述' };
      }),
    ).toEqual(['题目 id 重复：zhuanxin-1']);
  });
});

describe('heartSchema rejects', () => {
  const [valid] = readHeartFiles().map((f) => f.raw as Record<string, unknown>);
  test.each([
    ['an unknown heart id', { id: 'kaifang' }],
    ['four sentences of advice', { advice: ['一二三四五六七八九十。', '一二三四五六七八九十。', '一二三四五六七八九十。', '一二三四五六七八九十。'] }],
    ['a link to no guide section', { links: [{ section: 'step-9', label: '第九步' }] }],
    ['an unexpected field', { weight: 2 }],
  ])('%s', (_, change) => {
    expect(heartSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
