import { useState, type SubmitEvent } from 'react';
import { findLikelyDuplicates, type LikelyDuplicate } from '../../domain/development-file/duplicates';
import { FIELDS } from '../../domain/development-file/labels';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { $saveStatus, createFile, requestPersistentStorage } from '../../stores/development-files';
import { ErrorSummary, type FieldError } from '../forms/ErrorSummary';
import { TextField } from '../forms/fields';
import { DuplicateWarning } from './DuplicateWarning';
import { workspaceHref } from './workspace-link';

const NAME_ID = 'new-file-name';
const OWNER_ID = 'new-file-owner';

/**
 * 新建开发档案: the customer's name (required) and the rep (optional); the
 * rest is filled in the workspace, where the new file opens at once.
 */
export function NewFileForm({ files }: { files: readonly DevelopmentFile[] }) {
  const [name, setName] = useState('');
  const [owner, setOwner] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  // Counts refused attempts: the error summary takes focus on each one, not while the user types.
  const [refusals, setRefusals] = useState(0);
  const [duplicates, setDuplicates] = useState<LikelyDuplicate[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const create = () => {
    const result = createFile({ customerName: name.trim(), owner: owner.trim() });
    if (!result.ok) {
      setFailure(result.reason);
      return;
    }
    // Asked after the first real piece of work, not on load: browsers grant it more readily then.
    void requestPersistentStorage();
    // Created in memory but not stored (full or refused storage): leaving the page would lose it.
    if ($saveStatus.get().state === 'error') {
      setDuplicates(null);
      setFailure(`已新建“${result.file.customer.name}”，但没能保存到浏览器中（见页面上方的提示），所以暂不打开它。请先导出备份，腾出空间后再打开。`);
      return;
    }
    window.location.assign(workspaceHref(result.file.id));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (name.trim() === '') {
      setErrors([{ fieldId: NAME_ID, message: '请填写客户名称（客户全称，便于查重）。' }]);
      setRefusals((n) => n + 1);
      return;
    }
    setErrors([]);
    const found = findLikelyDuplicates(name, files);
    if (found.length > 0) {
      setDuplicates(found);
      return;
    }
    create();
  };

  const editName = () => {
    setDuplicates(null);
    document.getElementById(NAME_ID)?.focus();
  };

  return (
    <section className="panel new-file" aria-labelledby="new-file-title">
      <h2 id="new-file-title">新建开发档案</h2>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} title="还不能新建档案" focusKey={refusals} />
        <TextField
          id={NAME_ID}
          label={FIELDS['customer.name'].label}
          hint={FIELDS['customer.name'].hint}
          required
          autoComplete="organization"
          value={name}
          error={errors.find((e) => e.fieldId === NAME_ID)?.message}
          onChange={(value) => {
            setName(value);
            // A changed name needs a fresh duplicate check, not the old confirmation.
            setDuplicates(null);
          }}
        />
        <TextField
          id={OWNER_ID}
          label={`${FIELDS.owner.label}（选填）`}
          hint="负责开发这位客户的业务员姓名"
          autoComplete="name"
          value={owner}
          onChange={setOwner}
        />
        {duplicates === null ? (
          <div className="button-row">
            <button type="submit" className="button-primary">
              新建并开始填写
            </button>
          </div>
        ) : (
          <DuplicateWarning duplicates={duplicates} onConfirm={create} onEdit={editName} />
        )}
        {failure !== null && (
          <p className="status-line is-error" role="alert">
            {failure}
          </p>
        )}
      </form>
    </section>
  );
}
