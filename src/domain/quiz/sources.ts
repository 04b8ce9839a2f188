/**
 * What a question is about: one clause of the procedure ('4.3.5'), one step
 * of the guide ('step-1' … 'step-6') or the 五心 passage ('wuxin'). The
 * feedback after each answer links to it, so the learner can reread the text.
 */
import {
  CLAUSE_NUMBERS,
  clauseHref,
  clauseTitle,
  GUIDE_STEPS,
  isClauseNumber,
  stepHref,
  WUXIN_HREF,
  type ClauseNumber,
  type GuideStep,
} from '../playbook/clauses';

export const WUXIN_SOURCE = 'wuxin';
export type StepSource = `step-${GuideStep}`;
export type QuestionSource = ClauseNumber | StepSource | typeof WUXIN_SOURCE;

export const STEP_SOURCES: readonly StepSource[] = GUIDE_STEPS.map((n) => `step-${n}` as const);

/** Section 4 (作业内容) clauses: every one of them needs at least one question. */
export const SECTION_4_CLAUSES: readonly ClauseNumber[] = CLAUSE_NUMBERS.filter((n) => n.startsWith('4.'));

/** The sources the bank must cover, in reading order. */
export const REQUIRED_SOURCES: readonly QuestionSource[] = [...SECTION_4_CLAUSES, ...STEP_SOURCES, WUXIN_SOURCE];

function stepNumber(source: string): GuideStep | null {
  const n = Number(/^step-(\d)$/.exec(source)?.[1]);
  return (GUIDE_STEPS as readonly number[]).includes(n) ? (n as GuideStep) : null;
}

export function isQuestionSource(value: string): value is QuestionSource {
  return isClauseNumber(value) || stepNumber(value) !== null || value === WUXIN_SOURCE;
}

const STEP_NAMES = ['第一步', '第二步', '第三步', '第四步', '第五步', '第六步'] as const;

export interface SourceLink {
  href: string;
  /** e.g. "4.3.5 支付方式与回款周期", "第一步 专业取信客户", "第六步 “五心”". */
  label: string;
}

/**
 * Where a source is published and what to call it. Step titles live in the
 * guide's own pages, so the caller passes them (step number → title).
 */
export function sourceLink(source: QuestionSource, stepTitles: Readonly<Record<number, string>> = {}): SourceLink {
  if (source === WUXIN_SOURCE) return { href: WUXIN_HREF, label: '第六步 “五心”' };
  const step = stepNumber(source);
  if (step !== null) {
    const title = stepTitles[step];
    return { href: stepHref(step), label: title ? `${STEP_NAMES[step - 1]} ${title}` : STEP_NAMES[step - 1] ?? source };
  }
  const clause = source as ClauseNumber;
  return { href: clauseHref(clause), label: `${clause} ${clauseTitle(clause)}` };
}
