/**
 * The list of quizzes on /quiz/, each with its latest result from this
 * browser. The page renders the same list without results until this loads.
 */
import { useStore } from '@nanostores/react';
import { latestResult } from '../../domain/quiz/history';
import { getQuizResultsStore } from '../../stores/quiz-results';
import { formatDateTime } from '../files/local-time';
import { StorageNotice } from './StorageNotice';

export interface OverviewQuiz {
  slug: string;
  title: string;
  href: string;
  questionCount: number;
}

export interface OverviewGroup {
  id: string;
  title: string;
  quizzes: OverviewQuiz[];
}

export default function QuizOverview({ groups }: { groups: OverviewGroup[] }) {
  const store = getQuizResultsStore();
  const results = useStore(store.$results);
  const problem = useStore(store.$problem);
  return (
    <div className="quiz-overview">
      <StorageNotice problem={problem} />
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`quiz-group-${group.id}`}>
          <h2 id={`quiz-group-${group.id}`}>{group.title}</h2>
          <ul className="quiz-list">
            {group.quizzes.map((quiz) => {
              const latest = latestResult(results, quiz.slug);
              return (
                <li key={quiz.slug} className="quiz-list-item">
                  <a href={quiz.href}>{quiz.title}</a>
                  <span className="quiz-list-count">{quiz.questionCount} 题</span>
                  <span className="quiz-list-latest">
                    {latest ? (
                      <>
                        最近一次：<time dateTime={latest.at}>{formatDateTime(latest.at)}</time>，{latest.percent}%，
                        <span className={latest.passed ? 'is-right' : 'is-wrong'}>{latest.passed ? '通过' : '未通过'}</span>
                      </>
                    ) : (
                      '还没有做过'
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
