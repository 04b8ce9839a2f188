import type { QuizOption, QuizQuestion } from '../../domain/quiz/bank';
import { correctText } from './answer-text';
import { SourceLink } from './SourceLink';

/** Right or wrong, the correct answer when wrong, why, and where the text says so. */
export function Feedback({ question, options, correct }: { question: QuizQuestion; options: readonly QuizOption[]; correct: boolean }) {
  return (
    <div className={correct ? 'quiz-feedback is-right' : 'quiz-feedback is-wrong'}>
      <p className="quiz-verdict">{correct ? '回答正确。' : '回答错误。'}</p>
      {!correct && (
        <p>
          正确答案：{correctText(question, options)}
        </p>
      )}
      <p>解析：{question.explanation}</p>
      <SourceLink question={question} />
    </div>
  );
}
