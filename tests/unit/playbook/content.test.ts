import { describe, expect, test } from 'vitest';
import { readPlaybookSources } from '../../helpers/content';
import { playbookPageSchema } from '../../../src/domain/playbook/page-schema';
import { CLAUSE_NUMBERS, clausePage, clauseId } from '../../../src/domain/playbook/clauses';
import { pageHref } from '../../../src/domain/playbook/navigation';

const sources = readPlaybookSources();
const clausesOf = (body: string) => [...body.matchAll(/<Clause\s+n="([^"]+)">/g)].map((m) => m[1]);

describe('playbook content', () => {
  test('every page has valid frontmatter', () => {
    for (const page of sources) {
      const result = playbookPageSchema.safeParse(page.frontmatter);
      expect(result.success, `${page.collection}/${page.slug}: ${result.error?.message}`).toBe(true);
    }
  });

  test('the procedure has all 30 clauses, each exactly once, in document order', () => {
    const procedure = sources
      .filter((p) => p.collection === 'procedure')
      .sort((a, b) => playbookPageSchema.parse(a.frontmatter).order - playbookPageSchema.parse(b.frontmatter).order);
    const found = procedure.flatMap((p) => clausesOf(p.body));
    expect(found).toEqual([...CLAUSE_NUMBERS]);
    expect(new Set(found.map((n) => clauseId(n as (typeof CLAUSE_NUMBERS)[number]))).size).toBe(30);
  });

  test('each clause is on the page its link points to', () => {
    for (const page of sources.filter((p) => p.collection === 'procedure')) {
      for (const n of clausesOf(page.body)) {
        expect(clausePage(n as (typeof CLAUSE_NUMBERS)[number])).toBe(pageHref(page));
      }
    }
  });

  test('the guide has steps 1–6, one per page, and the 五心 passage in step 6', () => {
    const guide = sources.filter((p) => p.collection === 'guide');
    for (let n = 1; n <= 6; n++) {
      const pages = guide.filter((p) => new RegExp(`<Step\\s+n=\\{${n}\\}`).test(p.body));
      expect(pages.map((p) => p.slug)).toEqual([`step-${n}`]);
    }
    const wuxin = guide.filter((p) => p.body.includes('<Wuxin>'));
    expect(wuxin.map((p) => p.slug)).toEqual(['step-6']);
    expect(wuxin[0]?.body).toContain('专心、真心、诚心、善心、细心');
  });

  test('the scraped 更多相关推荐 list is not published', () => {
    for (const page of sources) expect(page.body).not.toContain('更多相关推荐');
  });

  test('the second 3.2 of the source is published as 3.4', () => {
    const general = sources.find((p) => p.slug === 'general');
    expect(general?.body).toMatch(/<Clause n="3\.4">总经理负责批准新客户开发任务/);
  });
});
