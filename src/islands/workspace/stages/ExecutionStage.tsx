/**
 * 4.4 正式实施: the activity log (4.4.1–4.4.3), problems found and solved
 * (4.4.2), risks and the two-step termination (4.4.5), and the progress
 * reports with the 营销部长's guidance (4.4.6).
 */
import { useState } from 'react';
import { newId } from '../../../domain/development-file/factory';
import {
  ACTIVITY_TYPE_LABELS,
  RISK_KIND_LABELS,
  type ActivityType,
  type RiskKind,
} from '../../../domain/development-file/labels';
import { appendAtPath, newestFirst } from '../../../domain/development-file/list-edits';
import {
  ACTIVITY_TYPES,
  RISK_KINDS,
  type Activity,
  type DevelopmentFile,
  type ProgressReport,
} from '../../../domain/development-file/schema';
import { Checkbox } from '../../forms/Checkbox';
import { ClauseLink } from '../../forms/ClauseLink';
import { SelectField, TextArea, TextField } from '../../forms/fields';
import { createBinder, fieldDomId, fieldInfo, type StagePanelProps } from '../binding';
import { TerminationPanel } from './TerminationPanel';
import {
  EntryDetails,
  formatTime,
  Prose,
  itemName,
  AddItemButton,
  ListGroup,
  RemoveItemButton,
  requiredDate,
  useFocusLater,
  useRemoval,
  withoutClause,
} from './parts';

export interface ExecutionStageProps extends StagePanelProps {
  /** Called with the moved file after a move that changes the stage (确认终止), once it has been applied with `update`. */
  onStageChanged?: ((file: DevelopmentFile) => void) | undefined;
}


type Problem = DevelopmentFile['execution']['problems'][number];
type Risk = DevelopmentFile['execution']['risks'][number];

const ACTIVITY_OPTIONS = ACTIVITY_TYPES.map((value) => ({ value, label: ACTIVITY_TYPE_LABELS[value] }));
const RISK_OPTIONS = RISK_KINDS.map((value) => ({ value, label: RISK_KIND_LABELS[value] }));

function ManagerGuidance({ report }: { report: ProgressReport }) {
  if (report.guidance.trim() === '') {
    return <p className="status-line">营销部长尚未给予指导；档案经营销部长审阅返回后，指导意见会显示在这里。</p>;
  }
  return (
    <div className="manager-guidance">
      <p className="manager-guidance-title">营销部长指导</p>
      <Prose text={report.guidance} />
      <p className="status-line">
        {report.guidanceBy.trim() || '营销部长'}
        {report.guidanceAt && (
          <>
            {' · '}
            <time dateTime={report.guidanceAt}>{formatTime(report.guidanceAt)}</time>
          </>
        )}
      </p>
    </div>
  );
}

export function ExecutionStage(props: ExecutionStageProps) {
  const { file, update, errors, today, onStageChanged } = props;
  const b = createBinder(props);
  const focusLater = useFocusLater();
  const removal = useRemoval(update, focusLater);
  const [editing, setEditing] = useState<string | null>(null);
  const { activities, problems, risks, progressReports } = file.execution;

  const editButtonId = (path: string) => `${fieldDomId(path)}-edit`;

  /**
   * The date of a log entry being edited. A new date re-sorts the list, and
   * moving the entry may take focus from its date input: put it back.
   */
  const logDate = (path: string) => {
    const props = withoutClause(requiredDate(b, path));
    return {
      ...props,
      onChange: (value: string) => {
        props.onChange(value);
        focusLater(props.id);
      },
    };
  };

  const startEditing = (id: string, firstField: string) => {
    setEditing(id);
    focusLater(firstField);
  };
  const stopEditing = (path: string) => {
    setEditing(null);
    focusLater(editButtonId(path));
  };

  // ── Adding ──
  const addActivity = () => {
    // The first activity of 4.4.1 is contacting the customer's responsible person.
    const type: ActivityType = activities.length === 0 ? 'contact' : 'other';
    const item: Activity = { id: newId(), date: today, type, summary: '', outcome: '', nextStep: '' };
    update((f) => appendAtPath(f, 'execution.activities', item));
    removal.clear();
    startEditing(item.id, fieldDomId(`execution.activities.${activities.length}.date`));
  };
  const addProblem = () => {
    const item: Problem = { id: newId(), foundOn: today, description: '', solution: '', solved: false };
    update((f) => appendAtPath(f, 'execution.problems', item));
    removal.clear();
    focusLater(fieldDomId(`execution.problems.${problems.length}.description`));
  };
  const addRisk = () => {
    const item: Risk = { id: newId(), kind: 'credit', description: '', raisedOn: today };
    update((f) => appendAtPath(f, 'execution.risks', item));
    removal.clear();
    focusLater(fieldDomId(`execution.risks.${risks.length}.kind`));
  };
  const addReport = () => {
    const item: ProgressReport = {
      id: newId(),
      date: today,
      progress: '',
      achievements: '',
      problems: '',
      guidance: '',
      guidanceBy: '',
      guidanceAt: null,
    };
    update((f) => appendAtPath(f, 'execution.progressReports', item));
    removal.clear();
    startEditing(item.id, fieldDomId(`execution.progressReports.${progressReports.length}.progress`));
  };

  return (
    <section className="stage-panel" aria-labelledby="stage-execution-title">
      <h2 id="stage-execution-title">正式实施</h2>

      {/* ── 开发活动记录 ── */}
      <ListGroup path="execution.activities" errors={errors} status={removal.status('execution.activities')}>
        <p className="field-hint">
          客户满意后，请及时提出成交要求，并记录一条“{ACTIVITY_TYPE_LABELS.closingRequest}”活动。{' '}
          <ClauseLink clause="4.4.3" />
        </p>
        <AddItemButton list={activities} onAdd={addActivity} label="记录开发活动" />
        {activities.length === 0 ? (
          <p className="list-empty">还没有开发活动记录。</p>
        ) : (
          <ol className="stage-items stage-log" aria-label="开发活动（最新的在前）">
            {newestFirst(activities).map(({ item: a, index }) => {
              const base = `execution.activities.${index}`;
              const title = `${a.date} ${ACTIVITY_TYPE_LABELS[a.type]}`;
              const remove = () =>
                removal.remove({
                  path: 'execution.activities',
                  index,
                  item: a,
                  what: `开发活动 ${title}`,
                  focusAfterUndo: editButtonId(base),
                });
              if (editing === a.id) {
                return (
                  <li key={a.id} className="stage-item">
                    <fieldset className="stage-item-fieldset">
                      <legend className="stage-item-legend">编辑开发活动 {title}</legend>
                      <div className="field-grid">
                        <TextField {...logDate(`${base}.date`)} required />
                        <SelectField<ActivityType>
                          {...withoutClause(b.common(`${base}.type`))}
                          value={a.type}
                          options={ACTIVITY_OPTIONS}
                          onChange={(value) => b.set(`${base}.type`, value)}
                        />
                      </div>
                      <TextArea {...withoutClause(b.text(`${base}.summary`))} rows={3} />
                      <TextArea {...withoutClause(b.text(`${base}.outcome`))} rows={2} />
                      <TextArea {...withoutClause(b.text(`${base}.nextStep`))} rows={2} />
                      <div className="stage-item-actions">
                        <button type="button" className="button-primary" onClick={() => stopEditing(base)}>
                          完成编辑
                        </button>
                        <button type="button" className="button-danger" onClick={remove}>
                          删除开发活动 {title}
                        </button>
                      </div>
                    </fieldset>
                  </li>
                );
              }
              return (
                <li key={a.id} className="stage-item">
                  <h3 className="stage-item-title">
                    <time dateTime={a.date}>{a.date}</time> · {ACTIVITY_TYPE_LABELS[a.type]}
                  </h3>
                  <EntryDetails
                    rows={[
                      [fieldInfo(`${base}.summary`).label, a.summary],
                      [fieldInfo(`${base}.outcome`).label, a.outcome],
                      [fieldInfo(`${base}.nextStep`).label, a.nextStep],
                    ]}
                  />
                  <div className="stage-item-actions">
                    <button
                      type="button"
                      id={editButtonId(base)}
                      onClick={() => startEditing(a.id, fieldDomId(`${base}.date`))}
                    >
                      编辑开发活动 {title}
                    </button>
                    <button type="button" className="button-danger" onClick={remove}>
                      删除开发活动 {title}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </ListGroup>

      {/* ── 发现的问题 ── */}
      <ListGroup
        path="execution.problems"
        errors={errors}
        status={removal.status('execution.problems')}
        // Moving on needs every recorded problem solved, not a problem recorded.
        required={false}
      >
        {problems.length === 0 ? (
          <p className="list-empty">还没有记录问题。</p>
        ) : (
          <ol className="stage-items">
            {problems.map((p, i) => {
              const base = `execution.problems.${i}`;
              const name = itemName(Array.from(p.description.trim()).slice(0, 20).join(''), i);
              return (
                <li key={p.id} className={p.solved ? 'stage-item is-done' : 'stage-item'}>
                  <fieldset className="stage-item-fieldset">
                    <legend className="stage-item-legend">
                      问题 {i + 1}
                      {p.solved ? '（已解决）' : '（未解决）'}
                    </legend>
                    <TextField {...withoutClause(b.date(`${base}.foundOn`))} />
                    <TextArea {...withoutClause(b.text(`${base}.description`))} rows={2} />
                    <TextArea {...withoutClause(b.text(`${base}.solution`))} rows={2} hint="发现问题应立刻解决" />
                    <Checkbox {...b.boolean(`${base}.solved`)} />
                    <RemoveItemButton
                      onRemove={removal.remove}
                      removal={{
                        path: 'execution.problems',
                        index: i,
                        item: p,
                        what: `问题 ${name}`,
                        focusAfterUndo: fieldDomId(`${base}.foundOn`),
                      }}
                      label={`删除问题 ${name}`}
                    />
                  </fieldset>
                </li>
              );
            })}
          </ol>
        )}
        <AddItemButton list={problems} onAdd={addProblem} label="记录发现的问题" />
      </ListGroup>

      {/* ── 风险记录 ── */}
      <ListGroup path="execution.risks" errors={errors} status={removal.status('execution.risks')}>
        {risks.length === 0 ? (
          <p className="list-empty">没有记录风险。</p>
        ) : (
          <ol className="stage-items">
            {risks.map((r, i) => {
              const base = `execution.risks.${i}`;
              const name = `${RISK_KIND_LABELS[r.kind]}风险 ${i + 1}`;
              return (
                <li key={r.id} className="stage-item">
                  <fieldset className="stage-item-fieldset">
                    <legend className="stage-item-legend">{name}</legend>
                    <div className="field-grid">
                      <SelectField<RiskKind>
                        {...withoutClause(b.common(`${base}.kind`))}
                        value={r.kind}
                        options={RISK_OPTIONS}
                        onChange={(value) => b.set(`${base}.kind`, value)}
                      />
                      <TextField {...withoutClause(b.date(`${base}.raisedOn`))} />
                    </div>
                    <TextArea {...withoutClause(b.text(`${base}.description`))} rows={2} />
                    <RemoveItemButton
                      onRemove={removal.remove}
                      removal={{
                        path: 'execution.risks',
                        index: i,
                        item: r,
                        what: name,
                        focusAfterUndo: fieldDomId(`${base}.kind`),
                      }}
                      label={`删除${name}`}
                    />
                  </fieldset>
                </li>
              );
            })}
          </ol>
        )}
        <AddItemButton list={risks} onAdd={addRisk} label="记录风险" />
      </ListGroup>

      {/* ── 终止申请 (4.4.5) ── */}
      <TerminationPanel file={file} counted={props.counted} update={update} errors={errors} onStageChanged={onStageChanged} />

      {/* ── 新客户开发进度报表 (4.4.6) ── */}
      <ListGroup path="execution.progressReports" errors={errors} status={removal.status('execution.progressReports')}>
        <p className="field-hint">营销部长会及时给予指导，必要时组织团队一起讨论解决方案。</p>
        <AddItemButton list={progressReports} onAdd={addReport} label="填写进度报表" />
        {progressReports.length === 0 ? (
          <p className="list-empty">还没有进度报表。</p>
        ) : (
          <ol className="stage-items stage-log" aria-label="进度报表（最新的在前）">
            {newestFirst(progressReports).map(({ item: r, index }) => {
              const base = `execution.progressReports.${index}`;
              const title = `进度报表 ${r.date}`;
              const remove = () =>
                removal.remove({
                  path: 'execution.progressReports',
                  index,
                  item: r,
                  what: title,
                  focusAfterUndo: editButtonId(base),
                });
              if (editing === r.id) {
                return (
                  <li key={r.id} className="stage-item">
                    <fieldset className="stage-item-fieldset">
                      <legend className="stage-item-legend">编辑{title}</legend>
                      <TextField {...logDate(`${base}.date`)} required />
                      <TextArea {...withoutClause(b.text(`${base}.progress`))} rows={3} />
                      <TextArea {...withoutClause(b.text(`${base}.achievements`))} rows={2} />
                      <TextArea {...withoutClause(b.text(`${base}.problems`))} rows={2} />
                      <ManagerGuidance report={props.counted.execution.progressReports.find((c) => c.id === r.id) ?? r} />
                      <div className="stage-item-actions">
                        <button type="button" className="button-primary" onClick={() => stopEditing(base)}>
                          完成编辑
                        </button>
                        <button type="button" className="button-danger" onClick={remove}>
                          删除{title}
                        </button>
                      </div>
                    </fieldset>
                  </li>
                );
              }
              return (
                <li key={r.id} className="stage-item">
                  <h3 className="stage-item-title">
                    <time dateTime={r.date}>{r.date}</time> 进度报表
                  </h3>
                  <EntryDetails
                    rows={[
                      [fieldInfo(`${base}.progress`).label, r.progress],
                      [fieldInfo(`${base}.achievements`).label, r.achievements],
                      [fieldInfo(`${base}.problems`).label, r.problems],
                    ]}
                  />
                  <ManagerGuidance report={props.counted.execution.progressReports.find((c) => c.id === r.id) ?? r} />
                  <div className="stage-item-actions">
                    <button type="button" id={editButtonId(base)} onClick={() => startEditing(r.id, fieldDomId(`${base}.date`))}>
                      编辑{title}
                    </button>
                    <button type="button" className="button-danger" onClick={remove}>
                      删除{title}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </ListGroup>
    </section>
  );
}
