/**
 * 签名审批 on 公司设置: this browser's signing key for the chosen manager
 * identity (its fingerprint, and its public key to send to the 总经理), and
 * the 管理人员名单 the team trusts. The first roster is pinned by creating it
 * here or confirming it on import; every later change is signed by a 总经理
 * of the pinned roster, or refused.
 */
import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import { keyFingerprint } from '../../crypto/webcrypto';
import { APPROVER_ROLE_LABELS } from '../../domain/development-file/labels';
import type { ApproverRole } from '../../domain/development-file/schema';
import { identityLabel, managerRole } from '../../domain/identity/identity';
import { rosterText, type RosterEntry } from '../../domain/signing/signatures';
import type { SettingsStore } from '../../stores/company-settings';
import { pinnedRoster, pinRoster, rosterFingerprint } from '../../stores/signing';
import { createSigningKey, signAs, signingKey, type PublicKeyInfo } from '../../stores/signing-keys';
import { ChoiceGroup, TextArea, TextField } from '../forms/fields';
import { todayLocal } from '../files/local-time';
import { IdentityPanel } from '../identity/IdentityPanel';
import { useIdentity } from '../identity/use-identity';

/** One empty roster, so an effect keyed on the roster does not run again on every render. */
const NO_ROSTER: readonly RosterEntry[] = [];

function useFingerprints(roster: readonly RosterEntry[]) {
  const [prints, setPrints] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void Promise.all(roster.map(async (e) => [e.publicKey, await keyFingerprint(e.publicKey)] as const)).then((pairs) => {
      if (live) setPrints(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [roster]);
  return prints;
}

export function SigningPanel({ store }: { store: SettingsStore }) {
  const identity = useIdentity();
  const settings = useStore(store.$settings);
  const pinned = useStore(pinnedRoster());
  const role = managerRole(identity);
  const [key, setKey] = useState<PublicKeyInfo | null>(null);
  const [status, setStatus] = useState('');
  const [pinnedPrint, setPinnedPrint] = useState('');
  const [member, setMember] = useState<{ name: string; role: ApproverRole | null; publicKey: string }>({ name: '', role: null, publicKey: '' });
  const roster = settings?.roster ?? NO_ROSTER;
  const prints = useFingerprints(roster);

  useEffect(() => {
    setKey(null);
    if (identity && role) void signingKey(identity).then(setKey);
  }, [identity, role]);
  useEffect(() => {
    if (pinned) void rosterFingerprint(pinned.roster).then(setPinnedPrint);
  }, [pinned]);

  /** Saves the roster into 公司设置 and pins it; a change of a pinned roster is signed by this 总经理 or refused. */
  const saveRoster = async (next: RosterEntry[], done: string) => {
    if (!settings || !identity) return;
    let rosterSignature: { signer: string; value: string } | undefined;
    if (pinned !== null && pinned.roster.length > 0 && rosterText(pinned.roster) !== rosterText(next)) {
      const mine = key ? pinned.roster.find((e) => e.publicKey === key.publicKey) : undefined;
      if (!mine || mine.role !== 'generalManager') {
        setStatus('名单已由本机确认：只有名单中的总经理能在本浏览器更改它（用其签名密钥签名）。没有改变。');
        return;
      }
      rosterSignature = (await signAs(identity, rosterText(next))) ?? undefined;
      if (!rosterSignature) {
        setStatus('无法用你的签名密钥签名，名单没有改变。');
        return;
      }
    }
    const outcome = store.save({ ...settings, roster: next, ...(rosterSignature ? { rosterSignature } : {}), updatedOn: todayLocal() });
    if (!outcome.ok) {
      setStatus(`没有保存：${outcome.reasons.join('；')}`);
      return;
    }
    pinRoster(next);
    setStatus(`${done}请把公司设置导出发给团队，每位成员导入并核对名单指纹。`);
  };

  const addSelf = () => {
    if (!identity || !role || !key) return;
    void saveRoster([...roster, { name: identity.name, role, publicKey: key.publicKey, validFrom: todayLocal(), validUntil: null }], '已把你加入管理人员名单。');
  };
  const addMember = () => {
    const name = member.name.trim();
    const publicKey = member.publicKey.trim();
    if (!name || !member.role || !/^[A-Za-z0-9+/=]{80,200}$/.test(publicKey)) {
      setStatus('请填写成员姓名、选择身份，并粘贴对方“我的公钥”中的全部内容。');
      return;
    }
    void saveRoster([...roster, { name, role: member.role, publicKey, validFrom: todayLocal(), validUntil: null }], `已把${name}加入管理人员名单。`);
    setMember({ name: '', role: null, publicKey: '' });
  };
  const mineListed = key !== null && roster.some((e) => e.publicKey === key.publicKey);
  /** A lost browser's key: it signs nothing after today, and what it signed before stays valid. */
  const retire = (entry: RosterEntry) => {
    const today = todayLocal();
    void saveRoster(
      roster.map((e) => (e === entry ? { ...e, validUntil: today } : e)),
      `已停用${entry.name}的密钥（${today} 之后的签名不再有效，之前的仍然有效）。`,
    );
  };

  return (
    <section className="panel signing-panel" aria-labelledby="signing-title">
      <h2 id="signing-title">签名审批</h2>
      <p>
        营销部长和总经理在主管审阅中登记的决定，用各自浏览器中的签名密钥签名。业务员和主管导入档案时，本站按下面确认过的管理人员名单验证签名：被改动或伪造的决定显示为“签名无效”，不计为审批。
      </p>
      {!role ? (
        <>
          <p className="field-hint">签名密钥属于营销部长或总经理：请先选择你的身份。</p>
          <IdentityPanel />
        </>
      ) : (
        <>
          <p>
            我的身份：<strong>{identity && identityLabel(identity)}</strong>
          </p>
          {key ? (
            <>
              <p>
                我的签名密钥指纹：<strong className="key-fingerprint">{key.fingerprint}</strong>
              </p>
              <TextArea id="signing-public-key" label="我的公钥（发给总经理加入名单）" value={key.publicKey} onChange={() => {}} rows={3} readOnly />
              {!mineListed && settings && (
                <button type="button" onClick={addSelf}>
                  把我加入管理人员名单
                </button>
              )}
            </>
          ) : (
            <button type="button" className="button-primary" onClick={() => void createSigningKey(identity!).then(setKey)}>
              生成我的签名密钥
            </button>
          )}
        </>
      )}

      <h3>管理人员名单</h3>
      {!settings && <p className="field-hint">先保存公司设置，再设立管理人员名单。</p>}
      {pinned ? (
        <p>
          本机已确认的名单指纹：<strong>{pinnedPrint}</strong>（{pinned.roster.length} 人）
        </p>
      ) : (
        <p>本机还没有确认管理人员名单：决定不作签名验证，显示为“未签名”。</p>
      )}
      {roster.length > 0 && (
        <ul className="plain-list">
          {roster.map((e) => (
            <li key={e.publicKey}>
              {APPROVER_ROLE_LABELS[e.role]} {e.name} · 密钥 {prints[e.publicKey] ?? '…'} · 自 {e.validFrom}
              {e.validUntil ? ` 至 ${e.validUntil}` : ''}
              {role === 'generalManager' && e.validUntil === null && (
                <>
                  {' '}
                  <button type="button" className="button-link" onClick={() => retire(e)}>
                    停用{e.name}的这把密钥
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {role === 'generalManager' && settings && (
        <fieldset className="settings-group">
          <legend>添加成员</legend>
          <TextField id="member-name" label="姓名" value={member.name} onChange={(name) => setMember((m) => ({ ...m, name }))} />
          <ChoiceGroup<ApproverRole>
            id="member-role"
            label="身份"
            inline
            options={(['marketingManager', 'generalManager'] as const).map((value) => ({ value, label: APPROVER_ROLE_LABELS[value] }))}
            value={member.role ? [member.role] : []}
            onChange={([value]) => setMember((m) => ({ ...m, role: value ?? null }))}
          />
          <TextArea id="member-key" label="对方的公钥" value={member.publicKey} onChange={(publicKey) => setMember((m) => ({ ...m, publicKey }))} rows={3} />
          <button type="button" onClick={addMember}>
            加入名单并签名
          </button>
        </fieldset>
      )}
      <p className="status-line" role="status">
        {status}
      </p>
    </section>
  );
}
