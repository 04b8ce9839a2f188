/**
 * The clauses of 《新客户开发管理规范》 that carry text of their own, in
 * document order. Section headings (3 职责, 4 作业内容, 4.1 …) are not clauses:
 * they only group the clauses below them.
 *
 * Every clause is rendered with the id `clauseId(n)`; wizard fields, quiz
 * questions and search results link to `clauseHref(n)`. Changing a number here
 * breaks links that people may have saved, so treat the list as append-only.
 */
export const CLAUSE_NUMBERS = [
  '1',
  '2',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.1.1',
  '4.1.2',
  '4.2.1',
  '4.2.2',
  '4.2.3',
  '4.2.4',
  '4.2.5',
  '4.3.1',
  '4.3.2',
  '4.3.3',
  '4.3.4',
  '4.3.5',
  '4.3.6',
  '4.4.1',
  '4.4.2',
  '4.4.3',
  '4.4.4',
  '4.4.5',
  '4.4.6',
  '4.5.1',
  '4.5.2',
  '4.6.1',
  '4.6.2',
  '4.6.3',
] as const;

export type ClauseNumber = (typeof CLAUSE_NUMBERS)[number];

const clauseSet: ReadonlySet<string> = new Set(CLAUSE_NUMBERS);

export function isClauseNumber(value: string): value is ClauseNumber {
  return clauseSet.has(value);
}

/** `4.3.2` → `clause-4-3-2`: the element id of a clause. */
export function clauseId(n: ClauseNumber): string {
  return `clause-${n.replaceAll('.', '-')}`;
}

/**
 * The procedure page a clause is published on. Sections 1–3 share the
 * 总则 page; each chapter 4.1 … 4.6 has its own page named after it.
 */
export function clausePage(n: ClauseNumber): string {
  const chapter = /^4\.\d/.exec(n)?.[0];
  return chapter ? `/procedure/${chapter.replace('.', '-')}/` : '/procedure/general/';
}

/** The URL that opens the clause's page scrolled to the clause. */
export function clauseHref(n: ClauseNumber): string {
  return `${clausePage(n)}#${clauseId(n)}`;
}

/** The six steps of 《怎样开发新客户》 and the 五心 passage that closes step 6. */
export const GUIDE_STEPS = [1, 2, 3, 4, 5, 6] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

export function stepId(n: GuideStep): string {
  return `step-${n}`;
}

export function stepHref(n: GuideStep): string {
  return `/guide/step-${n}/#${stepId(n)}`;
}

export const WUXIN_ID = 'wuxin';
export const WUXIN_HREF = `/guide/step-6/#${WUXIN_ID}`;
