/**
 * 五心自评: the island behind /self-assessment/. Chooses the screen from what
 * this browser holds (an unfinished attempt → its question, so a reload
 * resumes; finished attempts → the latest result; nothing → the introduction)
 * and, when the rep changes screens, moves focus to the new screen's heading
 * or question so keyboard and screen-reader users land there.
 *
 * The instrument arrives as plain props, validated at build time.
 */
import { useStore } from '@nanostores/react';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { questionOrder, type Instrument } from '../../domain/assessment/instrument';
import { attemptFromAnswers } from '../../domain/assessment/result';
import { getAssessmentStore } from '../../stores/assessment';
import { Intro } from './Intro';
import { QuestionScreen } from './QuestionScreen';
import { Results } from './Results';
import { StoreNotices } from './StoreNotices';

type View = 'intro' | 'questions' | 'results';
const HEADING: Record<Exclude<View, 'questions'>, string> = { intro: 'intro-title', results: 'results-title' };

export default function SelfAssessment({ instrument }: { instrument: Instrument }) {
  const store = getAssessmentStore();
  const progress = useStore(store.$progress);
  const history = useStore(store.$history);
  const questions = useMemo(() => questionOrder(instrument), [instrument]);
  const [chosen, setChosen] = useState<View>(() => (progress ? 'questions' : history.length ? 'results' : 'intro'));
  const [resumed, setResumed] = useState(() => progress !== null);
  const [focusQuestion, setFocusQuestion] = useState(false);
  const focusHeading = useRef(false);

  // Another tab may finish or start an attempt: never show a screen without its data.
  const view: View =
    chosen === 'questions' && !progress ? (history.length ? 'results' : 'intro') : chosen === 'results' && !history.length ? 'intro' : chosen;
  const answered = progress ? questions.filter((q) => progress.answers[q.id] !== undefined).length : null;

  useLayoutEffect(() => {
    if (focusHeading.current && view !== 'questions') document.getElementById(HEADING[view])?.focus();
    focusHeading.current = false;
  }, [view]);

  const show = (next: View) => {
    if (next === 'questions') {
      setResumed(false);
      setFocusQuestion(true);
    } else {
      focusHeading.current = true;
    }
    setChosen(next);
  };
  const startOver = () => {
    store.start();
    show('questions');
  };

  return (
    <div className="self-assessment">
      <StoreNotices store={store} />
      {view === 'intro' && <Intro total={questions.length} answered={answered} onStart={startOver} onResume={() => show('questions')} />}
      {view === 'questions' && progress && (
        <QuestionScreen
          questions={questions}
          progress={progress}
          resumed={resumed}
          focusOnMount={focusQuestion}
          onAnswer={(id, value) => store.answer(id, value)}
          onMove={(position) => {
            setResumed(false);
            store.moveTo(position);
          }}
          onComplete={() => {
            store.complete(attemptFromAnswers(instrument, progress.answers, new Date().toISOString()));
            show('results');
          }}
          onPause={() => show(history.length ? 'results' : 'intro')}
        />
      )}
      {view === 'results' && (
        <Results instrument={instrument} history={history} unfinished={answered} onRetake={startOver} onResume={() => show('questions')} />
      )}
    </div>
  );
}
