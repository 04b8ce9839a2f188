import type { QuizQuestion } from '../../domain/quiz/bank';

/** "出处：4.3.5 支付方式与回款周期" — in a new tab, so the quiz keeps its place. */
export function SourceLink({ question }: { question: Pick<QuizQuestion, 'sourceHref' | 'sourceLabel'> }) {
  return (
    <p className="quiz-source">
      出处：
      <a href={question.sourceHref} target="_blank" rel="noopener">
        {question.sourceLabel}
        <span className="visually-hidden">（在新窗口打开）</span>
      </a>
    </p>
  );
}
