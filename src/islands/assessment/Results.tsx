/**
 * The latest finished attempt: overall score and trend, the radar chart with
 * its table, strongest and weakest hearts, the history and the export.
 */
import type { Instrument } from '../../domain/assessment/instrument';
import type { Attempt } from '../../domain/assessment/records';
import { assessmentResult, latestTwo } from '../../domain/assessment/result';
import { ExportButton } from './ExportButton';
import { PdfButton } from './PdfButton';
import { formatDateTime, formatScore } from './format';
import { Highlights } from './Highlights';
import { HistoryTable } from './HistoryTable';
import { RadarChart } from './RadarChart';
import { ScoreTable } from './ScoreTable';

interface Props {
  instrument: Instrument;
  history: readonly Attempt[];
  /** Answers given so far in an unfinished attempt, or null when there is none. */
  unfinished: number | null;
  onRetake: () => void;
  onResume: () => void;
}

export function Results({ instrument, history, unfinished, onRetake, onResume }: Props) {
  const { latest, previous } = latestTwo(history);
  if (!latest) return null;
  const result = assessmentResult(instrument, latest, previous);
  return (
    <section className="assessment-results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1}>
        自评结果
      </h2>
      <p className="overall">
        <span className="overall-score">总分 {formatScore(result.overall)}</span> / 100
        <span className="overall-meta">
          完成于 {formatDateTime(result.completedAt)}
          {result.previousAt && `；与上次相比 ${result.overallTrend.text}`}
        </span>
      </p>
      <div className="score-figure">
        <RadarChart
          names={result.rows.map((r) => r.name)}
          scores={result.rows.map((r) => r.score)}
          previous={previous ? result.rows.map((r) => r.previous) : null}
        />
        <div>
          {previous && (
            <p className="radar-legend" aria-hidden="true">
              <span className="legend-now">实线</span>：本次　<span className="legend-previous">虚线</span>：上次
            </p>
          )}
          <ScoreTable result={result} />
        </div>
      </div>
      <Highlights result={result} />
      <HistoryTable hearts={instrument.hearts} history={history} />
      <div className="button-row results-actions">
        {unfinished !== null ? (
          <button type="button" className="button-primary" onClick={onResume}>
            继续未完成的自评（已答 {unfinished} 题）
          </button>
        ) : (
          <button type="button" className="button-primary" onClick={onRetake}>
            重新自评
          </button>
        )}
        <ExportButton instrument={instrument} result={result} history={history} />
        <PdfButton result={result} />
      </div>
      <p className="status-line">PDF 报告即将推出；现在可以先导出 JSON 文件保存或发给主管。</p>
    </section>
  );
}
