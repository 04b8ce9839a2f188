import { describe, expect, test } from 'vitest';
import { readPlaybookSources } from '../../helpers/content';
import { playbookPageSchema } from '../../../src/domain/playbook/page-schema';
import {
  breadcrumbs,
  prevNext,
  readingOrder,
  sidebarGroups,
  type PlaybookPage,
} from '../../../src/domain/playbook/navigation';

const realPages: PlaybookPage[] = readPlaybookSources().map((s) => {
  const data = playbookPageSchema.parse(s.frontmatter);
  return { collection: s.collection, slug: s.slug, title: data.title, section: data.section, order: data.order };
});

const page = (collection: PlaybookPage['collection'], slug: string, order: number): PlaybookPage => ({
  collection,
  slug,
  order,
  title: `标题 ${slug}`,
  section: String(order),
});

describe('readingOrder', () => {
  test('puts the procedure before the guide and follows frontmatter order, not file order', () => {
    const ordered = readingOrder([page('guide', 'b', 2), page('procedure', 'z', 1), page('guide', 'a', 1), page('procedure', 'y', 2)]);
    expect(ordered.map((p) => p.slug)).toEqual(['z', 'y', 'a', 'b']);
  });

  test('rejects two pages of one collection with the same order', () => {
    expect(() => readingOrder([page('guide', 'a', 1), page('guide', 'b', 1)])).toThrow(/order 同为 1/);
  });

  test('allows the same order in different collections', () => {
    expect(readingOrder([page('guide', 'a', 1), page('procedure', 'b', 1)])).toHaveLength(2);
  });

  test('the real playbook reads 总则, 4.1 … 4.6, then 引言 and the six steps', () => {
    expect(readingOrder(realPages).map((p) => `${p.collection}/${p.slug}`)).toEqual([
      'procedure/general',
      'procedure/4-1',
      'procedure/4-2',
      'procedure/4-3',
      'procedure/4-4',
      'procedure/4-5',
      'procedure/4-6',
      'guide/intro',
      'guide/step-1',
      'guide/step-2',
      'guide/step-3',
      'guide/step-4',
      'guide/step-5',
      'guide/step-6',
    ]);
  });
});

describe('prevNext', () => {
  test('the first page has no previous page and the last has no next', () => {
    expect(prevNext(realPages, { collection: 'procedure', slug: 'general' }).prev).toBeUndefined();
    expect(prevNext(realPages, { collection: 'guide', slug: 'step-6' }).next).toBeUndefined();
  });

  test('the last procedure chapter leads on to the guide', () => {
    const { prev, next } = prevNext(realPages, { collection: 'procedure', slug: '4-6' });
    expect(prev?.href).toBe('/procedure/4-5/');
    expect(next?.href).toBe('/guide/intro/');
  });

  test('a page missing from the list is an error, not a silent gap', () => {
    expect(() => prevNext(realPages, { collection: 'guide', slug: 'nope' })).toThrow(/页面不在目录中/);
  });
});

describe('sidebarGroups', () => {
  test('one group per document, each linking its overview, labels without a repeated section', () => {
    const groups = sidebarGroups(realPages);
    expect(groups.map((g) => [g.title, g.href, g.links.length])).toEqual([
      ['新客户开发管理规范', '/procedure/', 7],
      ['怎样开发新客户', '/guide/', 7],
    ]);
    const step1 = groups[1]?.links.find((l) => l.href === '/guide/step-1/');
    expect(step1).toMatchObject({ section: '第一步', title: '第一步：专业取信客户', label: '专业取信客户' });
  });
});

describe('breadcrumbs', () => {
  test('home, the document, the page', () => {
    const p = realPages.find((x) => x.slug === '4-3');
    expect(p).toBeDefined();
    expect(breadcrumbs(p as PlaybookPage).map((c) => c.href)).toEqual(['/', '/procedure/', '/procedure/4-3/']);
  });
});
