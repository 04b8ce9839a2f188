/**
 * One statement per screen, with previous/next. Every choice is saved at once,
 * so the rep can close the page at any point and come back to the same
 * question. After each move, focus goes to the new question so keyboard and
 * screen-reader users land on it.
 */
import { useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { Question } from '../../domain/assessment/instrument';
import type { Progress } from '../../domain/assessment/records';
import type { Answer } from '../../domain/assessment/scale';
import { LikertQuestion } from './LikertQuestion';

interface Props {
  questions: readonly Question[];
  progress: Progress;
  /** The page opened on an attempt left unfinished earlier. */
  resumed: boolean;
  /** Move focus to the question on first render (the rep just pressed start). */
  focusOnMount: boolean;
  onAnswer: (statementId: string, value: Answer) => void;
  onMove: (position: number) => void;
  onComplete: () => void;
  /** Leave the questions; the answers are already saved. */
  onPause: () => void;
}

export function QuestionScreen({ questions, progress, resumed, focusOnMount, onAnswer, onMove, onComplete, onPause }: Props) {
  const total = questions.length;
  const position = Math.min(Math.max(0, progress.position), total - 1);
  const question = questions[position];
  const answered = questions.filter((q) => progress.answers[q.id] !== undefined).length;
  const [error, setError] = useState('');
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const focusNext = useRef(focusOnMount);

  useLayoutEffect(() => {
    if (focusNext.current) fieldsetRef.current?.focus();
    focusNext.current = true;
  }, [position]);

  if (!question) return null;
  const last = position === total - 1;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (progress.answers[question.id] === undefined) {
      setError('请先选择一个选项，再继续。');
      fieldsetRef.current?.focus();
      return;
    }
    setError('');
    if (!last) return onMove(position + 1);
    const missing = questions.findIndex((q) => progress.answers[q.id] === undefined);
    if (missing >= 0) {
      setError(`第 ${missing + 1} 题还没有回答。`);
      return onMove(missing);
    }
    onComplete();
  };

  return (
    <section className="assessment-questions" aria-labelledby="questions-title">
      <h2 id="questions-title">答题</h2>
      {resumed && (
        <p className="notice" role="status">
          已恢复上次未完成的自评：已答 {answered} 题，从第 {position + 1} 题继续。
        </p>
      )}
      <p className="question-progress" id="question-progress">
        第 {position + 1} 题 / 共 {total} 题
      </p>
      <progress className="progress-bar" max={total} value={position + 1} aria-hidden="true" />
      <form onSubmit={submit} noValidate>
        <LikertQuestion
          key={question.id}
          ref={fieldsetRef}
          text={question.text}
          value={progress.answers[question.id]}
          onChange={(value) => {
            setError('');
            onAnswer(question.id, value);
          }}
          describedBy="question-progress"
          error={error}
        />
        <div className="button-row question-actions">
          {position > 0 && (
            <button
              type="button"
              onClick={() => {
                setError('');
                onMove(position - 1);
              }}
            >
              上一题
            </button>
          )}
          <button type="submit" className="button-primary">
            {last ? '完成并查看结果' : '下一题'}
          </button>
        </div>
      </form>
      <p className="status-line">每次选择都会自动保存在本浏览器中。可以随时离开，下次打开本页会从这一题继续。</p>
      <p>
        <button type="button" onClick={onPause}>
          暂停，稍后继续
        </button>
      </p>
    </section>
  );
}
