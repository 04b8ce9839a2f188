/**
 * 公司设置: the rules in force and where they come from, and the three ways to
 * change them: edit, import a manager's file, or go back to the site's
 * defaults. Workflows (validation, backups, preview) live in the store.
 */
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { describeRule } from '../../domain/development-file/evaluation';
import { defaultSettings, serializeSettings, settingValues, type CompanySettings as Settings } from '../../domain/settings/company-settings';
import { settingsStore } from '../../stores/company-settings';
import { downloadText, JSON_TYPE } from '../files/download';
import { todayLocal } from '../files/local-time';
import { SettingsForm } from './SettingsForm';
import { SettingsImport } from './SettingsImport';
import { SigningPanel } from './SigningPanel';

export default function CompanySettings() {
  const store = settingsStore();
  const settings = useStore(store.$settings);
  const rules = useStore(store.$rules);
  const notice = useStore(store.$notice);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');

  const save = (draft: Settings): string[] | null => {
    const outcome = store.save({ ...draft, updatedOn: todayLocal() });
    if (!outcome.ok) return outcome.reasons;
    setEditing(false);
    setStatus(`已保存。现在使用${store.$rules.get().source}。`);
    return null;
  };

  const exportFile = () => {
    if (!settings) return;
    const name = `公司设置-${settings.company}-${settings.updatedOn}.json`;
    downloadText(name, serializeSettings(settings), JSON_TYPE);
    setStatus(`已导出 ${name}，请发给团队的每位业务员导入。`);
  };

  const reset = () => {
    const outcome = store.reset();
    setStatus(outcome.ok ? '已恢复本站默认设置；原来的公司设置已保留备份（可在“开发档案”页下载）。' : outcome.reasons.join(''));
  };

  return (
    <>
      {notice && <p className="notice notice-warning">{notice}</p>}
      <section className="panel" aria-labelledby="settings-current-title">
        <h2 id="settings-current-title">当前规则</h2>
        <p className="settings-source">
          来源：<strong>{rules.source}</strong>
        </p>
        <div className="table-scroll">
          <table className="data settings-table">
            <caption className="visually-hidden">当前使用的规则</caption>
            <tbody>
              {settingValues(rules).map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="field-hint">{describeRule(rules.evaluation, rules.source)}</p>
        {!editing && (
          <div className="button-row">
            <button type="button" className="button-primary" onClick={() => setEditing(true)}>
              {settings ? '修改设置' : '设定公司自己的规则'}
            </button>
            {settings && (
              <button type="button" onClick={exportFile}>
                导出设置（JSON）
              </button>
            )}
            {settings && (
              <button type="button" onClick={reset}>
                恢复本站默认设置
              </button>
            )}
          </div>
        )}
        <p className="status-line" role="status">
          {status}
        </p>
      </section>
      {editing && (
        <SettingsForm
          initial={settings ?? defaultSettings('', todayLocal())}
          onSave={save}
          onCancel={() => setEditing(false)}
        />
      )}
      <SettingsImport store={store} />
      <SigningPanel store={store} />
    </>
  );
}
