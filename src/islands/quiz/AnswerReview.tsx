/**
 * A question once answered: the options as shown, marked 正确答案 / 你的选择
 * (in words, not colour alone), or for ordering the learner's order next to
 * the correct one. Used right after answering and in the review of wrong answers.
 */
import type { QuizOption, QuizQuestion } from '../../domain/quiz/bank';
import type { Answer } from '../../domain/quiz/scoring';

function OrderReview({ question, answer }: { question: QuizQuestion; answer: Answer | null }) {
  const textOf = (key: string) => question.options.find((o) => o.key === key)?.text ?? key;
  const given = answer?.kind === 'order' ? answer.order : [];
  return (
    <div className="order-review">
      <div>
        <p className="order-review-title">你的顺序</p>
        <ol>
          {given.map((key, i) => {
            const right = question.options[i]?.key === key;
            return (
              <li key={key} className={right ? 'is-right' : 'is-wrong'}>
                {textOf(key)}
                <span className="answer-mark">{right ? '（位置正确）' : '（位置不对）'}</span>
              </li>
            );
          })}
        </ol>
      </div>
      <div>
        <p className="order-review-title">正确顺序</p>
        <ol>
          {question.options.map((o) => (
            <li key={o.key}>{o.text}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function ChoiceReview({ options, answer }: { options: readonly QuizOption[]; answer: Answer | null }) {
  const selected = answer?.kind === 'choice' ? answer.selected : [];
  return (
    <ul className="choice-review">
      {options.map((o) => {
        const chosen = selected.includes(o.key);
        const marks = [o.correct ? '正确答案' : '', chosen ? '你的选择' : ''].filter(Boolean);
        const className = o.correct ? 'is-right' : chosen ? 'is-wrong' : '';
        return (
          <li key={o.key} className={className || undefined}>
            <span className="choice-review-icon" aria-hidden="true">
              {o.correct ? '✓' : chosen ? '✗' : ''}
            </span>
            {o.text}
            {marks.length > 0 && <span className="answer-mark">（{marks.join('，')}）</span>}
          </li>
        );
      })}
    </ul>
  );
}

export function AnswerReview({
  question,
  options,
  answer,
}: {
  question: QuizQuestion;
  /** As shown in the attempt. */
  options: readonly QuizOption[];
  answer: Answer | null;
}) {
  return (
    <div className="answer-review">
      <p className="quiz-prompt">{question.prompt}</p>
      {question.type === 'ordering' ? (
        <OrderReview question={question} answer={answer} />
      ) : (
        <ChoiceReview options={options} answer={answer} />
      )}
    </div>
  );
}
