/**
 * Pre-visit readiness (拜访准备), from step 1 of 《怎样开发新客户》: research,
 * materials, appearance, mindset and professional talking points. The score
 * says how ready the rep is and lists what is missing with the guide section
 * that explains it. A recent pass of the readiness quiz counts as one item.
 */
import { stepHref } from '../playbook/clauses';
import { TALKING_POINTS, VISIT_MATERIALS, VISIT_RESEARCH, type Visit } from './schema';

export const RESEARCH_LABELS: Record<(typeof VISIT_RESEARCH)[number], string> = {
  strength: '客户的实力',
  sales: '客户的销售情况',
  relationships: '客户的人际关系',
  character: '客户的性格',
};

export const MATERIAL_LABELS: Record<(typeof VISIT_MATERIALS)[number], string> = {
  companyProfile: '企业简介',
  productBrochure: '产品手册',
  samples: '样品',
  priceList: '价格政策表',
};

export const TALKING_POINT_LABELS: Record<(typeof TALKING_POINTS)[number], string> = {
  company: '公司介绍',
  products: '公司产品介绍',
  features: '产品特点',
  competitors: '竞争对手产品',
  industry: '行业分析',
  pricePolicy: '给客户的价格政策',
  promotions: '促销活动',
  brand: '品牌宣传',
  supply: '供货方式',
  settlement: '结帐方式',
};

export interface ReadinessItem {
  id: string;
  group: '调研' | '资料准备' | '仪容准备' | '心理准备' | '专业水平' | '遗留问题' | '准备度测验';
  label: string;
  weight: number;
  done: boolean;
  href: string;
}

export interface Readiness {
  /** 0–100. */
  score: number;
  items: ReadinessItem[];
  missing: ReadinessItem[];
}

/** The latest readiness-quiz result, when the quiz feature has one within 30 days. */
export interface ReadinessQuizResult {
  passed: boolean;
  takenOn: string;
}

const GUIDE = stepHref(1);

export function visitReadiness(visit: Visit, quiz?: ReadinessQuizResult | null): Readiness {
  const items: ReadinessItem[] = [
    ...VISIT_RESEARCH.map((key) => ({
      id: `research.${key}`,
      group: '调研' as const,
      label: `了解${RESEARCH_LABELS[key]}`,
      weight: 2,
      done: visit.research[key].trim() !== '',
      href: GUIDE,
    })),
    ...VISIT_MATERIALS.map((key) => ({
      id: `materials.${key}`,
      group: '资料准备' as const,
      label: `带上${MATERIAL_LABELS[key]}`,
      weight: 1.5,
      done: visit.materials.includes(key),
      href: GUIDE,
    })),
    { id: 'appearance', group: '仪容准备', label: '职业化着装与形象', weight: 2, done: visit.appearanceReady, href: GUIDE },
    { id: 'mindset', group: '心理准备', label: '屡败屡战、积极进取的心态', weight: 2, done: visit.mindsetReady, href: GUIDE },
    ...TALKING_POINTS.map((key) => ({
      id: `talkingPoints.${key}`,
      group: '专业水平' as const,
      label: `能熟练讲解${TALKING_POINT_LABELS[key]}`,
      weight: 1,
      done: visit.talkingPoints.includes(key),
      href: GUIDE,
    })),
  ];
  if (quiz !== undefined) {
    items.push({
      id: 'quiz',
      group: '准备度测验',
      label: '30 天内通过拜访前准备度测验',
      weight: 2,
      done: quiz?.passed === true,
      href: '/quiz/readiness/',
    });
  }
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  const done = items.filter((i) => i.done).reduce((sum, i) => sum + i.weight, 0);
  return { score: Math.round((done / total) * 100), items, missing: items.filter((i) => !i.done) };
}

/** A new visit starts with the questions the last visit left open. */
export function carriedOverQuestions(visits: readonly Visit[]): string {
  const last = [...visits].reverse().find((v) => v.done && v.leftOpen.trim() !== '');
  return last?.leftOpen ?? '';
}
