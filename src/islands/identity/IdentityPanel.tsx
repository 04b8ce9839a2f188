/**
 * 我的身份 on 主管审阅: who records decisions here. A record of who acted,
 * not an access control, and the panel says so plainly.
 */
import { useState } from 'react';
import { IDENTITY_ROLE_LABELS, IDENTITY_ROLES, identityLabel, type IdentityProblems, type IdentityRole } from '../../domain/identity/identity';
import { identityStore } from '../../stores/identity';
import { ChoiceGroup, TextField } from '../forms/fields';
import { useIdentity } from './use-identity';

const NOTE =
  '身份只用来记录是谁登记了审批和指导，不是权限控制：本站没有登录，能使用这台电脑和浏览器的人都可以更改身份。需要强制分工的团队，请让档案只经主管之手交换（业务员只向主管发送，只导入主管发回的文件）。';

export function IdentityPanel() {
  const identity = useIdentity();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(identity?.name ?? '');
  const [role, setRole] = useState<IdentityRole | null>(identity?.role ?? null);
  const [problems, setProblems] = useState<IdentityProblems>({});
  const [notice, setNotice] = useState('');

  if (identity && !editing) {
    return (
      <section className="identity-bar" aria-label="我的身份">
        <p>
          我的身份：<strong>{identityLabel(identity)}</strong>{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => {
              setName(identity.name);
              setRole(identity.role);
              setEditing(true);
            }}
          >
            更改身份
          </button>
        </p>
        <p className="field-hint">身份只记录是谁登记的，不是权限控制：本站没有登录。</p>
        {notice && (
          <p className="status-line" role="status">
            {notice}
          </p>
        )}
      </section>
    );
  }

  const save = () => {
    const outcome = identityStore().save({ name, role });
    if (!outcome.ok && Object.keys(outcome.problems).length > 0) {
      setProblems(outcome.problems);
      document.getElementById(outcome.problems.name ? 'identity-name' : 'identity-role')?.focus();
      return;
    }
    setProblems({});
    setNotice(outcome.ok ? '' : (outcome.reason ?? ''));
    setEditing(false);
  };

  return (
    <section className="panel identity-panel" aria-labelledby="identity-title">
      <h2 id="identity-title">我的身份</h2>
      <p>在这里登记审批、团队评审和指导之前，请先说明你是谁。</p>
      <p className="field-hint">{NOTE}</p>
      <TextField id="identity-name" label="姓名" required autoComplete="name" error={problems.name} value={name} onChange={setName} />
      <ChoiceGroup<IdentityRole>
        id="identity-role"
        label="身份"
        required
        inline
        error={problems.role}
        options={IDENTITY_ROLES.map((value) => ({ value, label: IDENTITY_ROLE_LABELS[value] }))}
        value={role ? [role] : []}
        onChange={([value]) => setRole(value ?? null)}
      />
      <div className="button-row">
        <button type="button" className="button-primary" onClick={save}>
          保存身份
        </button>
        {identity && (
          <button type="button" onClick={() => setEditing(false)}>
            取消
          </button>
        )}
      </div>
    </section>
  );
}
