/**
 * The five hearts in the order the guide names them in its closing sentence
 * (只要“专心、真心、诚心、善心、细心”，“五心”并用). The numbered points above that
 * sentence (专心、开放的心、博爱的心) are a different list; the self-assessment
 * measures the five named in the sentence, the rep's own summary of the guide.
 */
import { stepHref, WUXIN_HREF, type GuideStep } from '../playbook/clauses';

export const HEARTS = [
  { id: 'zhuanxin', name: '专心' },
  { id: 'zhenxin', name: '真心' },
  { id: 'chengxin', name: '诚心' },
  { id: 'shanxin', name: '善心' },
  { id: 'xixin', name: '细心' },
] as const;

export type HeartId = (typeof HEARTS)[number]['id'];
export const HEART_IDS: readonly HeartId[] = HEARTS.map((h) => h.id);

export function isHeartId(value: unknown): value is HeartId {
  return typeof value === 'string' && (HEART_IDS as readonly string[]).includes(value);
}

/** Guide sections an instrument may link to or quote: a step page or the 五心 passage. */
export const GUIDE_SECTIONS = ['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'wuxin'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

export function guideSectionHref(section: GuideSection): string {
  return section === 'wuxin' ? WUXIN_HREF : stepHref(Number(section.slice('step-'.length)) as GuideStep);
}
