/**
 * Taking a quiz (/quiz/<slug>/): a shuffled attempt, one question at a time
 * with feedback, the result with a review of wrong answers, retakes, and this
 * quiz's history. The questions arrive as plain props, validated at build time.
 */
import { useStore } from '@nanostores/react';
import { useMemo, useRef, useState } from 'react';
import type { QuizQuestion } from '../../domain/quiz/bank';
import { createAttempt } from '../../domain/quiz/attempt';
import { attemptSeed } from '../../domain/quiz/random';
import { scoreAnswers, type Answer, type Score } from '../../domain/quiz/scoring';
import { getQuizResultsStore } from '../../stores/quiz-results';
import { QuestionStep } from './QuestionStep';
import { QuizHistory } from './QuizHistory';
import { QuizResultView } from './QuizResultView';
import { pageSeed } from './seed';
import { StorageNotice } from './StorageNotice';

export interface QuizRunnerProps {
  slug: string;
  questions: QuizQuestion[];
  /** Questions per attempt when fewer than the pool (the final exam); null for all. */
  draw: number | null;
}

export default function QuizRunner({ slug, questions, draw }: QuizRunnerProps) {
  const store = getQuizResultsStore();
  const results = useStore(store.$results);
  const problem = useStore(store.$problem);
  const [baseSeed] = useState(() => pageSeed());
  const [attemptNo, setAttemptNo] = useState(0);
  const attempt = useMemo(
    () => createAttempt(questions, attemptSeed(baseSeed, attemptNo), draw ?? undefined),
    [questions, baseSeed, attemptNo, draw],
  );
  const [answers, setAnswers] = useState<(Answer | null)[]>([]);
  const [index, setIndex] = useState(0);
  const [finished, setFinished] = useState<{ score: Score; saved: boolean } | null>(null);
  // One result per attempt, even if 查看成绩 is clicked twice before the page updates.
  const recorded = useRef(false);
  const total = attempt.questions.length;
  const item = attempt.questions[index];

  const answer = (value: Answer) =>
    setAnswers((current) => {
      const next = [...current];
      next[index] = value;
      return next;
    });

  const next = () => {
    if (index + 1 < total) {
      setIndex(index + 1);
      return;
    }
    if (recorded.current) return;
    recorded.current = true;
    const score = scoreAnswers(
      attempt.questions.map((q) => q.question),
      answers,
    );
    const saved = store.record({ quiz: slug, at: new Date().toISOString(), ...score });
    setFinished({ score, saved });
  };

  const retake = () => {
    recorded.current = false;
    setAttemptNo((n) => n + 1);
    setAnswers([]);
    setIndex(0);
    setFinished(null);
  };

  return (
    <div className="quiz-runner">
      <StorageNotice problem={problem} />
      {finished ? (
        <QuizResultView attempt={attempt} answers={answers} score={finished.score} saved={finished.saved} onRetake={retake} />
      ) : (
        item && (
          <QuestionStep
            key={`${attemptNo}-${index}`}
            item={item}
            number={index + 1}
            total={total}
            answer={answers[index] ?? null}
            onAnswer={answer}
            onNext={next}
            // The first question of the first attempt is where the page starts: no focus jump.
            focusOnMount={attemptNo > 0 || index > 0}
          />
        )
      )}
      <QuizHistory quiz={slug} results={results} />
    </div>
  );
}
