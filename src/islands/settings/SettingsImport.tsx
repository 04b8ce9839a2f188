/**
 * 导入公司设置: read a settings file, show what it would change, and store it
 * only after 确认导入. A refused file changes nothing and says why.
 */
import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import type { SettingsPreview, SettingsStore } from '../../stores/company-settings';
import { checkRosterChange } from '../../domain/signing/signatures';
import { CRYPTO, pinnedRoster, pinRoster, rosterFingerprint } from '../../stores/signing';
import { Checkbox } from '../forms/Checkbox';

/** What the file's 管理人员名单 means for this browser (签名审批): nothing to pin, the first roster to confirm, or a signed change. */
type RosterStep = { kind: 'none' } | { kind: 'first'; fingerprint: string } | { kind: 'signed'; by: string };

type Phase =
  | { kind: 'idle' }
  | { kind: 'preview'; name: string; preview: Extract<SettingsPreview, { ok: true }>; roster: RosterStep }
  | { kind: 'refused'; name: string; reasons: string[] }
  | { kind: 'done'; text: string };

export function SettingsImport({ store }: { store: SettingsStore }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [trusted, setTrusted] = useState(false);
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
    setTrusted(false);
    if (!preview.ok) {
      setPhase({ kind: 'refused', name: file.name, reasons: preview.reasons });
      return;
    }
    // A roster is trusted once (confirmed here) and then changes only with a pinned 总经理's signature.
    const pinned = pinnedRoster().get();
    const incoming = preview.settings.roster;
    if (pinned === null && incoming.length === 0) {
      setPhase({ kind: 'preview', name: file.name, preview, roster: { kind: 'none' } });
      return;
    }
    const check = await checkRosterChange(pinned?.roster ?? null, incoming, preview.settings.rosterSignature, CRYPTO);
    if (check.kind === 'refused') setPhase({ kind: 'refused', name: file.name, reasons: [check.reason] });
    else if (check.kind === 'first') setPhase({ kind: 'preview', name: file.name, preview, roster: { kind: 'first', fingerprint: await rosterFingerprint(incoming) } });
    else setPhase({ kind: 'preview', name: file.name, preview, roster: check.kind === 'signed' ? { kind: 'signed', by: `${check.by.name}` } : { kind: 'none' } });
  };

  const confirm = () => {
    if (phase.kind !== 'preview') return;
    if (phase.roster.kind === 'first' && !trusted) {
      document.getElementById('settings-trust-roster')?.focus();
      return;
    }
    const saved = store.save(phase.preview.settings);
    if (saved.ok && phase.roster.kind !== 'none') pinRoster(phase.preview.settings.roster);
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
          {phase.roster.kind === 'first' && (
            <div className="notice roster-confirm">
              <p>
                这份设置带有管理人员名单（{phase.preview.settings.roster.length} 人），名单指纹 <strong>{phase.roster.fingerprint}</strong>。
                确认后，本浏览器只承认名单上密钥的签名；以后更改名单须由名单中的总经理签名。请先与总经理当面或电话核对指纹。
              </p>
              <ul>
                {phase.preview.settings.roster.map((entry) => (
                  <li key={entry.publicKey}>
                    {entry.role === 'generalManager' ? '总经理' : '营销部长'} {entry.name}（自 {entry.validFrom}
                    {entry.validUntil ? ` 至 ${entry.validUntil}` : ''}）
                  </li>
                ))}
              </ul>
              <Checkbox id="settings-trust-roster" label={`我已核对名单指纹 ${phase.roster.fingerprint}，信任这份名单`} value={trusted} onChange={setTrusted} />
            </div>
          )}
          {phase.roster.kind === 'signed' && <p className="notice">管理人员名单有变更，已由本机确认名单中的总经理 {phase.roster.by} 签名。</p>}
          <div className="button-row">
            <button type="button" className="button-primary" onClick={confirm} disabled={phase.roster.kind === 'first' && !trusted}>
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
