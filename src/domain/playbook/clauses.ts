/**
 * The clauses of 《新客户开发管理规范》 that carry text of their own, in
 * document order. Section headings (3 职责, 4 作业内容, 4.1 …) are not clauses:
 * they only group the clauses below them.
 *
 * The titles are editorial labels (the source gives clauses numbers only): they
 * name a clause in navigation, search results and the wizard; the clause's own
 * wording is untouched.
 *
 * Every clause is rendered with the id `clauseId(n)`; wizard fields, quiz
 * questions and search results link to `clauseHref(n)`. Changing a number here
 * breaks links that people may have saved, so treat the list as append-only.
 */
export const CLAUSES = [
  { n: '1', title: '目的' },
  { n: '2', title: '适用范围' },
  { n: '3.1', title: '营销副总的职责' },
  { n: '3.2', title: '营销部长的职责' },
  { n: '3.3', title: '开发业务的职责' },
  { n: '3.4', title: '总经理的职责' },
  { n: '4.1.1', title: '确定开发范围与主攻方向' },
  { n: '4.1.2', title: '评估方向：信用、投入、贡献与能力' },
  { n: '4.2.1', title: '寻找客户与潜在客户名录' },
  { n: '4.2.2', title: '团队评审潜在客户' },
  { n: '4.2.3', title: '对照评估方向调查' },
  { n: '4.2.4', title: '筛选评价与专项调查' },
  { n: '4.2.5', title: '新客户开发申请' },
  { n: '4.3.1', title: '客户方负责人' },
  { n: '4.3.2', title: '关键决策人' },
  { n: '4.3.3', title: '同类供应商信息' },
  { n: '4.3.4', title: '采购决策特点与周期' },
  { n: '4.3.5', title: '支付方式与回款周期' },
  { n: '4.3.6', title: '客户经营信息' },
  { n: '4.4.1', title: '建立联系' },
  { n: '4.4.2', title: '介绍公司与邀请考察' },
  { n: '4.4.3', title: '提出成交要求' },
  { n: '4.4.4', title: '后续新产品开发' },
  { n: '4.4.5', title: '问题客户的终止' },
  { n: '4.4.6', title: '新客户开发进度报表' },
  { n: '4.5.1', title: '成功点与失败点总结' },
  { n: '4.5.2', title: '纠正预防' },
  { n: '4.6.1', title: '设定客户代码' },
  { n: '4.6.2', title: '通知相关部门' },
  { n: '4.6.3', title: '资料存档' },
] as const;

export const CLAUSE_NUMBERS = CLAUSES.map((c) => c.n);

export type ClauseNumber = (typeof CLAUSES)[number]['n'];

const clauseSet: ReadonlySet<string> = new Set(CLAUSE_NUMBERS);

export function isClauseNumber(value: string): value is ClauseNumber {
  return clauseSet.has(value);
}

/** The editorial title of a clause, e.g. 4.3.5 → 支付方式与回款周期. */
export function clauseTitle(n: ClauseNumber): string {
  return CLAUSES.find((c) => c.n === n)?.title ?? '';
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
