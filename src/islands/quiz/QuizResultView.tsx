/** The end of an attempt: score, pass or not, the wrong answers to review, and a retake. */
import { useLayoutEffect, useRef } from 'react';
import type { Attempt } from '../../domain/quiz/attempt';
import { PASS_PERCENT } from '../../domain/quiz/quizzes';
import { isCorrect, type Answer, type Score } from '../../domain/quiz/scoring';
import { AnswerReview } from './AnswerReview';
import { SourceLink } from './SourceLink';

export function QuizResultView({
  attempt,
  answers,
  score,
  saved,
  onRetake,
}: {
  attempt: Attempt;
  answers: readonly (Answer | null)[];
  score: Score;
  saved: boolean;
  onRetake: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => headingRef.current?.focus(), []);
  const wrong = attempt.questions
    .map((item, i) => ({ item, answer: answers[i] ?? null, number: i + 1 }))
    .filter(({ item, answer }) => !isCorrect(item.question, answer));

  return (
    <section className="quiz-result" aria-labelledby="quiz-result-title">
      <h2 id="quiz-result-title" ref={headingRef} tabIndex={-1}>
        测验结果：{score.passed ? '通过' : '未通过'}
      </h2>
      <p className={score.passed ? 'quiz-score is-right' : 'quiz-score is-wrong'}>
        答对 {score.correct} / {score.total} 题，得分 {score.percent}%。
        {score.passed ? '已达到' : '未达到'} {PASS_PERCENT}% 的通过线。
      </p>
      {!saved && <p className="status-line is-error">这次成绩没能保存到本机，见上方说明。</p>}
      <div className="button-row">
        <button type="button" className="button-primary" onClick={onRetake}>
          重新测验
        </button>
        <a className="button" href="/quiz/">
          返回测验列表
        </a>
      </div>
      {wrong.length > 0 && (
        <section aria-labelledby="quiz-review-title">
          <h3 id="quiz-review-title">答错的题目（{wrong.length} 题）</h3>
          <ol className="quiz-review-list">
            {wrong.map(({ item, answer, number }) => (
              <li key={item.question.id} className="quiz-review-item">
                <p className="quiz-review-number">第 {number} 题</p>
                <AnswerReview question={item.question} options={item.options} answer={answer} />
                <p>解析：{item.question.explanation}</p>
                <SourceLink question={item.question} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
