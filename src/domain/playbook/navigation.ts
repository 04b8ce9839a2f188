/**
 * Reading order of the playbook, derived from the content collections'
 * frontmatter so that adding a page never means editing a hand-kept list.
 */

/** The two documents of the playbook, in the order a new hire reads them. */
export const PLAYBOOK_PARTS = [
  { collection: 'procedure', title: '新客户开发管理规范', base: '/procedure/' },
  { collection: 'guide', title: '怎样开发新客户', base: '/guide/' },
] as const;

export type PlaybookCollection = (typeof PLAYBOOK_PARTS)[number]['collection'];

/** What navigation needs to know of one page; built from a collection entry. */
export interface PlaybookPage {
  collection: PlaybookCollection;
  /** The entry id, which is also the last URL segment. */
  slug: string;
  title: string;
  /** The number shown in navigation: "4.3", "1–3", "第一步". */
  section: string;
  order: number;
}

export interface NavLink {
  href: string;
  title: string;
  section: string;
  /** The title without a leading repeat of the section ("第一步：…"), for the sidebar. */
  label: string;
}

export interface NavGroup {
  collection: PlaybookCollection;
  title: string;
  /** The document's overview page. */
  href: string;
  links: NavLink[];
}

export function pageHref(page: Pick<PlaybookPage, 'collection' | 'slug'>): string {
  const part = PLAYBOOK_PARTS.find((p) => p.collection === page.collection);
  if (!part) throw new Error(`未知的内容集合：${page.collection}`);
  return `${part.base}${page.slug}/`;
}

function toLink(page: PlaybookPage): NavLink {
  const prefix = `${page.section}：`;
  const label = page.title.startsWith(prefix) ? page.title.slice(prefix.length) : page.title;
  return { href: pageHref(page), title: page.title, section: page.section, label };
}

/**
 * Sorts pages into reading order: the procedure before the guide, then by
 * `order`. Two pages of one collection with the same order would make the
 * order depend on file-system luck, so that is an authoring error.
 */
export function readingOrder(pages: readonly PlaybookPage[]): PlaybookPage[] {
  const partIndex = (c: PlaybookCollection) => PLAYBOOK_PARTS.findIndex((p) => p.collection === c);
  const seen = new Map<string, string>();
  for (const page of pages) {
    const key = `${page.collection}:${page.order}`;
    const other = seen.get(key);
    if (other !== undefined) {
      throw new Error(`「${other}」与「${page.slug}」的 order 同为 ${page.order}（${page.collection}），请改为不同的序号。`);
    }
    seen.set(key, page.slug);
  }
  return [...pages].sort(
    (a, b) => partIndex(a.collection) - partIndex(b.collection) || a.order - b.order,
  );
}

/** The sidebar: one group per document, pages in reading order. */
export function sidebarGroups(pages: readonly PlaybookPage[]): NavGroup[] {
  const ordered = readingOrder(pages);
  return PLAYBOOK_PARTS.map((part) => ({
    collection: part.collection,
    title: part.title,
    href: part.base,
    links: ordered.filter((p) => p.collection === part.collection).map(toLink),
  }));
}

/**
 * Previous and next page in reading order. The last procedure page leads on to
 * the first guide page, as a new hire reads the playbook from end to end.
 */
export function prevNext(
  pages: readonly PlaybookPage[],
  current: Pick<PlaybookPage, 'collection' | 'slug'>,
): { prev: NavLink | undefined; next: NavLink | undefined } {
  const ordered = readingOrder(pages);
  const i = ordered.findIndex((p) => p.collection === current.collection && p.slug === current.slug);
  if (i < 0) throw new Error(`页面不在目录中：${current.collection}/${current.slug}`);
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  return { prev: prev && toLink(prev), next: next && toLink(next) };
}

/** Breadcrumbs from the home page down to the current page. */
export function breadcrumbs(page: PlaybookPage): NavLink[] {
  const part = PLAYBOOK_PARTS.find((p) => p.collection === page.collection);
  if (!part) throw new Error(`未知的内容集合：${page.collection}`);
  return [
    { href: '/', title: '首页', section: '', label: '首页' },
    { href: part.base, title: part.title, section: '', label: part.title },
    toLink(page),
  ];
}
