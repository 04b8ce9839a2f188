import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { planImport, unresolvedConflicts, type ImportChoice, type ImportSide } from '../../domain/exchange/apply';
import { sizeProblem, type ImportPreview } from '../../domain/exchange/import';
import { readImports, type NamedDocument, type SupersededCopy } from '../../domain/exchange/import-many';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { $filesById, $saveStatus, putFiles, requestPersistentStorage } from '../../stores/development-files';
import { ImportPreviewTable } from './ImportPreviewTable';
import { summarizeImport, type ImportSummary } from './import-summary';
import { STATUS_LABELS, STATUS_ORDER } from './import-labels';

interface Refusal {
  name: string;
  message: string;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; names: string[] }
  | { kind: 'error'; refused: Refusal[] }
  | {
      kind: 'preview';
      /** The files the preview comes from. */
      accepted: string[];
      /** Every file read, to read again at 确认导入. */
      documents: NamedDocument[];
      preview: ImportPreview;
      refused: Refusal[];
      superseded: SupersededCopy[];
      changed: boolean;
    }
  | { kind: 'done'; summary: ImportSummary };

/** a.json, or 3 个文件 for several. */
const titleOf = (names: readonly string[]) => (names.length === 1 ? (names[0] ?? '') : `${names.length} 个文件`);
/** The same after a verb: 读取“a.json”, 读取 3 个文件. */
const inText = (names: readonly string[]) => (names.length === 1 ? `“${titleOf(names)}”` : ` ${titleOf(names)}`);

const localFiles = (): DevelopmentFile[] => Object.values($filesById.get());

/** Same statuses against the same local versions: what the user confirmed is still what will happen. */
function samePreview(a: ImportPreview, b: ImportPreview): boolean {
  return (
    a.entries.length === b.entries.length &&
    a.entries.every((e, i) => e.status === b.entries[i]?.status && e.mineUpdatedAt === b.entries[i]?.mineUpdatedAt)
  );
}

/**
 * 导入开发档案（JSON）: read → preview → explicit confirmation → write.
 * Nothing is written before 确认导入; a refused document shows its message
 * and leaves every local file as it was.
 */
export function ImportPanel({ onImported, side = 'rep' }: { onImported: () => void; side?: ImportSide }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [choices, setChoices] = useState<ReadonlyMap<string, ImportChoice>>(new Map());
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // After confirming or refusing, the controls that had focus are gone or done: move to the outcome.
  useLayoutEffect(() => {
    if (phase.kind === 'done') resultRef.current?.focus();
  }, [phase.kind]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    setChoices(new Map());
    const names = files.map((f) => f.name);
    setPhase({ kind: 'reading', names });
    const refused: Refusal[] = [];
    const documents: NamedDocument[] = [];
    for (const file of files) {
      // Checked before reading: a huge file is refused without loading it into memory.
      const tooLarge = sizeProblem(file.size);
      if (tooLarge !== null) {
        refused.push({ name: file.name, message: tooLarge });
        continue;
      }
      try {
        documents.push({ name: file.name, text: await file.text() });
      } catch {
        refused.push({ name: file.name, message: '无法读取所选文件，请重新选择。' });
      }
    }
    const result = readImports(documents, localFiles());
    const allRefused = [...refused, ...result.refused];
    setPhase(
      result.preview === null
        ? { kind: 'error', refused: allRefused }
        : {
            kind: 'preview',
            accepted: result.accepted,
            documents,
            preview: result.preview,
            refused: allRefused,
            superseded: result.superseded,
            changed: false,
          },
    );
  };

  const reset = () => {
    setPhase({ kind: 'idle' });
    setChoices(new Map());
    if (inputRef.current) inputRef.current.value = '';
  };

  const cancel = () => {
    reset();
    inputRef.current?.focus();
  };

  const confirm = () => {
    if (phase.kind !== 'preview') return;
    // Another tab may have changed local files since the preview: re-read, and ask again if that changes anything.
    const again = readImports(phase.documents, localFiles());
    if (again.preview === null) {
      setPhase({ kind: 'error', refused: again.refused });
      return;
    }
    if (!samePreview(phase.preview, again.preview)) {
      setPhase({ ...phase, preview: again.preview, changed: true });
      return;
    }
    const plan = planImport(again.preview, choices, { side });
    const result = putFiles(plan.toWrite, { backupPrevious: true });
    if (result.imported.length > 0) void requestPersistentStorage();
    if (inputRef.current) inputRef.current.value = '';
    setChoices(new Map());
    setPhase({ kind: 'done', summary: summarizeImport(again.preview, plan, result, $saveStatus.get().state === 'error') });
    onImported();
  };

  const preview = phase.kind === 'preview' ? phase.preview : null;
  const unresolved = preview ? unresolvedConflicts(preview, choices, side) : [];
  const writable = preview ? planImport(preview, choices, { side }).toWrite.length : 0;

  return (
    <section className="panel import-panel" aria-labelledby="import-title">
      <h2 id="import-title">导入开发档案</h2>
      <p>
        选择从本站“导出”的 JSON 文件，可一次选择多个（例如每位业务员发来的文件）。导入前会先列出每份档案的情况，确认后才会写入；与本机有冲突的档案需要逐一选择处理方式。
      </p>
      <div className="field">
        <label className="field-label" htmlFor="import-file">
          导入开发档案（JSON）
        </label>
        <input
          id="import-file"
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby="import-status"
          onChange={(e) => void choose(e)}
        />
      </div>
      <p id="import-status" className="status-line" role="status">
        {phase.kind === 'reading' && `正在读取${inText(phase.names)}…`}
        {phase.kind === 'preview' && `已读取${inText(phase.accepted)}，请检查下面的预览，确认后才会导入。`}
      </p>
      {/* Always present, so the refusal is announced when it appears. */}
      <div role="alert">
        {(phase.kind === 'error' || phase.kind === 'preview') && phase.refused.length > 0 && (
          <div className="notice notice-warning import-error">
            {phase.refused.map(({ name, message }, i) => (
              <p key={i}>
                <strong>无法导入“{name}”：</strong>
                {message}
              </p>
            ))}
            <p>{phase.kind === 'error' ? '本机的开发档案没有任何改动。' : '这些文件不会导入；其余文件的预览见下表。'}</p>
          </div>
        )}
      </div>
      {phase.kind === 'preview' && preview !== null && (
        <div className="import-preview-block">
          {phase.changed && (
            <p className="notice notice-warning">本机档案在预览后发生了变化（可能在另一个标签页中被修改），预览已更新，请重新检查后再确认。</p>
          )}
          <p>
            共 {preview.entries.length} 份：
            {STATUS_ORDER.filter((s) => preview.counts[s] > 0)
              .map((s) => `${STATUS_LABELS[s]} ${preview.counts[s]} 份`)
              .join('，')}
            。
          </p>
          {phase.superseded.length > 0 && (
            <ul className="import-superseded">
              {phase.superseded.map((copy, i) => (
                <li key={i}>
                  {copy.customerName}：“{copy.from}”中的是较旧的版本，预览的是“{copy.keptFrom}”中较新的版本。
                </li>
              ))}
            </ul>
          )}
          <ImportPreviewTable
            preview={preview}
            title={titleOf(phase.accepted)}
            showSource={phase.accepted.length > 1}
            choices={choices}
            side={side}
            onChoose={(id, choice) => setChoices((current) => new Map(current).set(id, choice))}
          />
          <p id="import-confirm-note" className={unresolved.length > 0 ? 'status-line is-error' : 'status-line'}>
            {unresolved.length > 0
              ? `还有 ${unresolved.length} 份有冲突的档案没有选择处理方式，选择后才能导入。`
              : writable === 0
                ? '没有需要导入的档案；本机档案不会有任何改动。'
                : `确认后将写入 ${writable} 份档案。`}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              disabled={unresolved.length > 0 || writable === 0}
              aria-describedby="import-confirm-note"
              onClick={confirm}
            >
              确认导入
            </button>
            <button type="button" onClick={cancel}>
              取消
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'done' && (
        <div className="notice import-result" ref={resultRef} tabIndex={-1}>
          <p>
            <strong>{phase.summary.headline}</strong>
          </p>
          {phase.summary.notSaved !== null && <p className="status-line is-error">{phase.summary.notSaved}</p>}
          {phase.summary.notImported.length > 0 && (
            <>
              <p>未导入 {phase.summary.notImported.length} 份：</p>
              <ul>
                {phase.summary.notImported.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" aria-label="关闭导入结果" onClick={reset}>
            关闭
          </button>
        </div>
      )}
    </section>
  );
}
