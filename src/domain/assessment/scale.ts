/** The 5-point agreement scale every statement is answered on. */
export const SCALE = [
  { value: 1, label: '非常不同意' },
  { value: 2, label: '不同意' },
  { value: 3, label: '不确定' },
  { value: 4, label: '同意' },
  { value: 5, label: '非常同意' },
] as const;

export type Answer = (typeof SCALE)[number]['value'];
export const MIN_ANSWER = 1;
export const MAX_ANSWER = 5;

export function isAnswer(value: unknown): value is Answer {
  return Number.isInteger(value) && (value as number) >= MIN_ANSWER && (value as number) <= MAX_ANSWER;
}

/** Answers by statement id. */
export type Answers = Readonly<Partial<Record<string, Answer>>>;
