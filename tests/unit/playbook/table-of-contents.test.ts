import { describe, expect, test } from 'vitest';
import { readPlaybookSources } from '../../helpers/content';
import { tableOfContents } from '../../../src/domain/playbook/table-of-contents';

const source = (slug: string) => {
  const page = readPlaybookSources().find((p) => p.slug === slug);
  if (!page) throw new Error(slug);
  return page.body;
};

describe('tableOfContents', () => {
  test('a chapter page lists its clauses with their titles', () => {
    const items = tableOfContents(source('4-3'), []);
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `clause-4-3-${k}`));
    expect(items[4]).toEqual({ depth: 2, id: 'clause-4-3-5', text: '4.3.5 支付方式与回款周期' });
  });

  test('clauses under a markdown heading are nested below it, using the rendered slug', () => {
    const headings = [{ depth: 2, slug: 'rendered-slug', text: '3 职责' }];
    const items = tableOfContents(source('general'), headings);
    expect(items.slice(0, 4)).toEqual([
      { depth: 2, id: 'clause-1', text: '1 目的' },
      { depth: 2, id: 'clause-2', text: '2 适用范围' },
      { depth: 2, id: 'rendered-slug', text: '3 职责' },
      { depth: 3, id: 'clause-3-1', text: '3.1 营销副总的职责' },
    ]);
    expect(items.filter((i) => i.id.startsWith('clause-3-')).map((i) => i.depth)).toEqual([3, 3, 3, 3]);
  });

  test('a guide step lists the step and the 五心 passage', () => {
    expect(tableOfContents(source('step-6'), [])).toEqual([
      { depth: 2, id: 'step-6', text: '用心成就客户' },
      { depth: 2, id: 'wuxin', text: '五心' },
    ]);
  });
});

