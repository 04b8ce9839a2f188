/**
 * One question of an attempt: answer it, then see the feedback (announced by
 * a live region) and move on. Radios and checkboxes use the site's ChoiceGroup
 * (fieldset and legend); ordering uses move buttons.
 */
import { useLayoutEffect, useRef, useState, type SubmitEvent } from 'react';
import { QUESTION_TYPE_LABELS } from '../../domain/quiz/bank';
import type { AttemptQuestion } from '../../domain/quiz/attempt';
import { isCorrect, type Answer } from '../../domain/quiz/scoring';
import { ChoiceGroup } from '../forms/fields';
import { AnswerReview } from './AnswerReview';
import { Feedback } from './Feedback';
import { OrderingField } from './OrderingField';

export function QuestionStep({
  item,
  number,
  total,
  answer,
  onAnswer,
  onNext,
  focusOnMount,
}: {
  item: AttemptQuestion;
  number: number;
  total: number;
  answer: Answer | null;
  onAnswer: (answer: Answer) => void;
  onNext: () => void;
  focusOnMount: boolean;
}) {
  const { question, options } = item;
  const groupId = `question-${question.id}`;
  const [selected, setSelected] = useState<string[]>([]);
  const [order, setOrder] = useState<string[]>(() => options.map((o) => o.key));
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const answered = answer !== null;

  useLayoutEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the question appears
  }, []);
  // The form is replaced by the review once answered: keep focus on the way forward.
  useLayoutEffect(() => {
    if (answered) nextRef.current?.focus();
  }, [answered]);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (question.type === 'ordering') {
      onAnswer({ kind: 'order', order });
    } else if (selected.length === 0) {
      setError(question.type === 'multiple' ? '请至少选择一个选项' : '请选择一个答案');
      document.getElementById(groupId)?.querySelector<HTMLInputElement>('input')?.focus();
    } else {
      onAnswer({ kind: 'choice', selected });
    }
  };

  return (
    <section className="quiz-question" aria-labelledby={`${groupId}-title`}>
      <h2 id={`${groupId}-title`} ref={headingRef} tabIndex={-1}>
        第 {number} 题 / 共 {total} 题
        <span className="quiz-type">{QUESTION_TYPE_LABELS[question.type]}</span>
      </h2>
      {answered ? (
        <AnswerReview question={question} options={options} answer={answer} />
      ) : (
        <form onSubmit={submit} noValidate>
          {question.type === 'ordering' ? (
            <OrderingField id={groupId} prompt={question.prompt} options={options} order={order} onChange={setOrder} />
          ) : (
            <ChoiceGroup
              id={groupId}
              label={question.prompt}
              hint={question.type === 'multiple' ? '多选：选出所有正确的选项。' : undefined}
              error={error ?? undefined}
              multiple={question.type === 'multiple'}
              options={options.map((o) => ({ value: o.key, label: o.text }))}
              value={selected}
              onChange={(value) => {
                setSelected(value);
                setError(null);
              }}
            />
          )}
          <div className="button-row">
            <button type="submit" className="button-primary">
              提交答案
            </button>
          </div>
        </form>
      )}
      {/* Present (empty) from the start, so screen readers announce the feedback when it appears. */}
      <div role="status" className="quiz-feedback-region">
        {answered && <Feedback question={question} options={options} correct={isCorrect(question, answer)} />}
      </div>
      {answered && (
        <div className="button-row">
          <button ref={nextRef} type="button" className="button-primary" onClick={onNext}>
            {number === total ? '查看成绩' : '下一题'}
          </button>
        </div>
      )}
    </section>
  );
}
