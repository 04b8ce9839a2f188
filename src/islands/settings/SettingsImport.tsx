/**
 * 导入公司设置: read a settings file, show what it would change, and store it
 * only after 确认导入. A refused file changes nothing and says why.
 */
import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import type { SettingsPreview, SettingsStore } from '../../stores/company-settings';

type Phase = { kind: 'idle' } | { kind: 'preview'; name: string; preview: Extract<SettingsPreview, { ok: true }> } | { kind: 'refused'; name: string; reasons: string[] } | { kind: 'done'; text: string };

export function SettingsImport({ store }: { store: SettingsStore }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const outcomeRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (phase.kind === 'done' || phase.kind === 'preview') outcomeRef.current?.focus();
  }, [phase.kind]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const preview = store.preview(await file.text());
    setPhase(preview.ok ? { kind: 'preview', name: file.name, preview } : { kind: 'refused', name: file.name, reasons: preview.reasons });
  };

  const confirm = () => {
    if (phase.kind !== 'preview') return;
    const saved = store.save(phase.preview.settings);
    setPhase(saved.ok ? { kind: 'done', text: `已导入“${phase.name}”，现在使用${store.$rules.get().source}。` } : { kind: 'refused', name: phase.name, reasons: saved.reasons });
  };

  return (
    <section className="panel" aria-labelledby="settings-import-title">
      <h2 id="settings-import-title">导入公司设置</h2>
      <p>选择主管导出的公司设置文件（JSON）。导入前会列出将要改变的规则，确认后才会生效；当前设置会保留备份。</p>
      <div className="field">
        <label className="field-label" htmlFor="settings-file">
          选择公司设置文件（JSON）
        </label>
        <input id="settings-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e)} />
      </div>
      <div role="alert">
        {phase.kind === 'refused' && (
          <div className="notice notice-warning">
            <p>
              “{phase.name}”不能导入，本机设置没有改变：
            </p>
            <ul>
              {phase.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {phase.kind === 'preview' && (
        <div className="settings-preview" ref={outcomeRef} tabIndex={-1} aria-labelledby="settings-preview-title">
          <h3 id="settings-preview-title">“{phase.name}”将改变以下规则</h3>
          {phase.preview.changes.length === 0 ? (
            <p>与本机当前的设置完全相同，导入不会改变任何规则。</p>
          ) : (
            <div className="table-scroll">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">规则</th>
                    <th scope="col">现在</th>
                    <th scope="col">导入后</th>
                  </tr>
                </thead>
                <tbody>
                  {phase.preview.changes.map((change) => (
                    <tr key={change.label}>
                      <th scope="row">{change.label}</th>
                      <td>{change.before}</td>
                      <td>{change.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            <button type="button" className="button-primary" onClick={confirm}>
              确认导入
            </button>
            <button type="button" onClick={() => setPhase({ kind: 'idle' })}>
              取消
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {phase.kind === 'done' && (
          <p className="notice" ref={outcomeRef} tabIndex={-1}>
            {phase.text}
          </p>
        )}
      </div>
    </section>
  );
}
