/**
 * A development file's workspace: the stage stepper, the panel of the stage
 * being viewed, and moving on. Forward moves validate the current stage and
 * show an error summary; going back never needs valid input. Everything
 * autosaves through the store; the URL (?id=&stage=&view=) says what is shown,
 * so reload and the back button keep the place.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $filesById, getDevelopmentFileStore, initStorage, updateFile } from '../../stores/development-files';
import type { DevelopmentFile, StageId } from '../../domain/development-file/schema';
import { missingFor, type WorkingStageId } from '../../domain/development-file/requirements';
import { moveStage, terminatedFrom } from '../../domain/development-file/transitions';
import { nextAction } from '../../domain/development-file/derived';
import { nextStage, stageIndex, stageInfo, WORKING_STAGES } from '../../domain/development-file/stages';
import { clauseHref, clauseTitle } from '../../domain/playbook/clauses';
import { ErrorSummary } from '../forms/ErrorSummary';
import { fieldDomId, type FileUpdater, type StagePanelProps } from './binding';
import { STAGE_GUIDANCE } from './guidance';
import { SaveStatus } from './SaveStatus';
import { Stepper } from './Stepper';
import { loadPanels, StagePanel, VisitPreparation } from './StagePanel';
import { todayLocal } from '../files/local-time';
import { WorkspacePdfButtons } from '../files/WorkspacePdfButtons';
import { startUp } from '../start-up';
import { useRules } from '../settings/use-rules';
import { rulesContext } from '../../domain/settings/company-settings';
import { applicationState } from '../../domain/development-file/application-state';
import { SignatureNotice } from '../signing/SignatureNotice';
import { verdictMarks } from '../../domain/signing/signatures';
import { useCounted } from '../signing/use-signing';

type View = 'stage' | 'visits';

function readLocation(): { id: string; stage: string | null; view: View } {
  const params = new URLSearchParams(location.search);
  return { id: params.get('id') ?? '', stage: params.get('stage'), view: params.get('view') === 'visits' ? 'visits' : 'stage' };
}

/** The furthest working stage the file has reached (for a terminated file, where it stopped). */
function reachedStage(file: DevelopmentFile): WorkingStageId {
  if (file.stage !== 'terminated') return file.stage;
  return (terminatedFrom(file) ?? 'evaluation') as WorkingStageId;
}

// The panels' chunk is requested first, so it arrives while the stored files are read.
const panels = loadPanels().catch(() => undefined);
await startUp(getDevelopmentFileStore);
await panels;

export function Workspace() {
  const [place, setPlace] = useState(readLocation);
  const files = useStore($filesById);
  const rules = useRules();
  const [editError, setEditError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [errorStage, setErrorStage] = useState<StageId | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => initStorage(), []);
  useEffect(() => {
    const onPop = () => setPlace(readLocation());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const stored = files[place.id];
  const { file: countedView, checks, signing } = useCounted(stored);
  const file = stored;
  const otherFiles = useMemo(() => Object.values(files).filter((f) => f.id !== place.id), [files, place.id]);
  const reached = file ? reachedStage(file) : 'evaluation';
  const requested = place.stage && stageIndex(place.stage as StageId) >= 0 ? (place.stage as WorkingStageId) : reached;
  const viewStage: WorkingStageId = stageIndex(requested) <= stageIndex(reached) ? requested : reached;
  const n = stageIndex(viewStage) + 1;
  const total = WORKING_STAGES.length;

  const navigate = useCallback((next: Partial<{ stage: StageId; view: View }>, focusId?: string) => {
    const params = new URLSearchParams(location.search);
    if (next.stage) params.set('stage', next.stage);
    if (next.view) params.set('view', next.view);
    history.pushState(null, '', `?${params}`);
    setPlace(readLocation());
    setDone(false);
    requestAnimationFrame(() => {
      const target = focusId ? document.getElementById(focusId) : document.getElementById('workspace-title');
      target?.focus();
      if (focusId) target?.scrollIntoView({ block: 'center' });
    });
  }, []);

  const title = file
    ? place.view === 'visits'
      ? `拜访准备：${file.customer.name || '未命名客户'}`
      : `第 ${n} 步 / 共 ${total} 步：${stageInfo(viewStage).label}`
    : '开发档案';
  useEffect(() => {
    document.title = file ? `${title} · ${file.customer.name || '未命名客户'} · 新客户开发手册` : '开发档案 · 新客户开发手册';
  }, [title, file]);

  if (!place.id || !file) {
    return (
      <div className="workspace">
        <h1 id="workspace-title" tabIndex={-1}>
          找不到这份开发档案
        </h1>
        <p>它可能已被删除，或保存在另一台设备或浏览器中。开发档案只保存在本浏览器里。</p>
        <p>
          <a href="/files/">返回我的开发档案</a>
        </p>
      </div>
    );
  }

  const today = todayLocal();
  const counted = countedView ?? file;
  const context = { otherFiles, ...rulesContext(rules) };
  const showErrors = errorStage === viewStage;
  const missing = showErrors ? missingFor(counted, viewStage, context) : [];
  // Two rules can share a path (an activity logged, a closing request): show both.
  const errors = new Map<string, string>();
  for (const m of missing) errors.set(m.path, errors.has(m.path) ? `${errors.get(m.path)}；${m.message}` : m.message);

  const update = (updater: FileUpdater) => {
    const result = updateFile(file.id, updater);
    setEditError(result.ok ? null : `没有保存：${result.reason}`);
  };
  const panelProps: StagePanelProps = { file, counted, update, errors, otherFiles, today };
  // A move is judged on the counted file and written onto the stored one, which keeps every record.
  // Only reopening clears the termination; every other move keeps the stored one.
  const writeMove = (moved: DevelopmentFile) =>
    update((current) => ({
      ...current,
      stage: moved.stage,
      stageHistory: moved.stageHistory,
      updatedAt: moved.updatedAt,
      execution: moved.execution.termination === null ? { ...current.execution, termination: null } : current.execution,
    }));

  const goForward = () => {
    const next = nextStage(viewStage);
    if (viewStage !== file.stage) {
      // Viewing an earlier stage: moving on only changes the view.
      if (next) navigate({ stage: next, view: 'stage' });
      return;
    }
    if (!next) {
      const left = missingFor(counted, viewStage, context);
      setErrorStage(left.length ? viewStage : null);
      setAttempt((a) => a + 1);
      setDone(left.length === 0);
      return;
    }
    const result = moveStage(counted, next, { now: new Date().toISOString(), context });
    if (result.ok) {
      writeMove(result.file);
      setErrorStage(null);
      navigate({ stage: next, view: 'stage' });
    } else {
      setErrorStage(viewStage);
      setAttempt((a) => a + 1);
    }
  };
  const goBack = () => {
    const i = stageIndex(viewStage);
    const prev = WORKING_STAGES[i - 1];
    if (prev) navigate({ stage: prev.id, view: 'stage' });
  };
  const reopen = () => {
    const from = terminatedFrom(file);
    if (!from) return;
    const result = moveStage(counted, from, { now: new Date().toISOString(), note: '重新启动开发' });
    if (result.ok) writeMove(result.file);
    else setEditError(result.reason);
  };

  const action = nextAction(counted, today, context);
  const guidance = STAGE_GUIDANCE[viewStage];
  const isLast = nextStage(viewStage) === null;

  return (
    <div className="workspace">
      <p className="workspace-customer">
        <a href="/files/">我的开发档案</a> / {file.customer.name || '未命名客户'}
      </p>
      <h1 id="workspace-title" tabIndex={-1}>
        {title}
      </h1>
      <div className="workspace-bar">
        <SaveStatus />
        <nav className="view-switch" aria-label="档案视图">
          <a href={`?id=${encodeURIComponent(file.id)}&stage=${viewStage}&view=stage`} aria-current={place.view === 'stage' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate({ view: 'stage' }); }}>
            阶段填写
          </a>
          <a href={`?id=${encodeURIComponent(file.id)}&stage=${viewStage}&view=visits`} aria-current={place.view === 'visits' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate({ view: 'visits' }); }}>
            拜访准备（{file.visits.length}）
          </a>
        </nav>
      </div>
      <WorkspacePdfButtons file={counted} signatureMarks={signing ? verdictMarks(checks) : undefined} />
      <SignatureNotice file={file} checks={checks} signing={signing} />
      {editError && (
        <p className="notice notice-warning" role="alert">
          {editError}
        </p>
      )}
      {file.stage === 'terminated' && (
        <div className="notice notice-warning">
          <p>这份档案已终止开发（4.4.5）。{file.execution.termination?.reason && `终止原因：${file.execution.termination.reason}`}</p>
          <button type="button" onClick={reopen}>
            重新启动开发
          </button>
        </div>
      )}
      <p className="next-action">
        <strong>下一步：</strong>
        {action.text}{' '}
        <a href={clauseHref(action.clause)} target="_blank" rel="noopener">
          {action.clause} {clauseTitle(action.clause)}
          <span className="visually-hidden">（在新窗口打开）</span>
        </a>
      </p>

      {place.view === 'visits' ? (
        <Suspense fallback={<p className="status-line">正在载入拜访准备…</p>}>
          <VisitPreparation {...panelProps} />
        </Suspense>
      ) : (
        <>
          <Stepper fileStage={file.stage} viewStage={viewStage} reachedIndex={stageIndex(reached)} onSelect={(stage) => navigate({ stage, view: 'stage' })} />
          <ErrorSummary
            errors={missing.map((m) => ({ fieldId: fieldDomId(m.path), message: m.message }))}
            focusKey={attempt}
            title={isLast ? '还不能完成纳入客户管理' : '还不能进入下一步'}
          />
          {done && (
            <div className="notice" role="status">
              开发完成：客户已纳入客户管理系统，客户代码 {file.onboarding.customerCode}。
            </div>
          )}
          <section className="stage-guidance panel" aria-label="本阶段要求">
            <p>{guidance.text}</p>
            <ul className="clause-refs">
              {guidance.clauses.map((c) => (
                <li key={c}>
                  <a href={clauseHref(c)} target="_blank" rel="noopener">
                    {c} {clauseTitle(c)}
                    <span className="visually-hidden">（在新窗口打开）</span>
                  </a>
                </li>
              ))}
              {guidance.guide && (
                <li>
                  <a href={guidance.guide.href} target="_blank" rel="noopener">
                    {guidance.guide.label}
                    <span className="visually-hidden">（在新窗口打开）</span>
                  </a>
                </li>
              )}
            </ul>
          </section>
          <StagePanel stage={viewStage} {...panelProps} onEditStage={(stage, path) => navigate({ stage, view: 'stage' }, fieldDomId(path))} />
          <div className="button-row stage-nav">
            {stageIndex(viewStage) > 0 && (
              <button type="button" onClick={goBack}>
                上一步
              </button>
            )}
            {/* Until both managers agreed, the application panel holds the next real action. */}
            {file.stage !== 'terminated' && !(viewStage === 'application' && file.stage === 'application' && applicationState(counted).kind !== 'approved') && (
              <button type="button" className="button-primary" onClick={goForward}>
                {isLast ? '完成纳入客户管理' : viewStage === file.stage ? '进入下一阶段' : '下一步'}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
