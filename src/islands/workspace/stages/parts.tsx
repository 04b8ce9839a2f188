/** Building blocks shared by the stage panels: groups, lists, removal with undo, focus. */
import { formatDateTime } from '../../files/local-time';
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { insertAtPath, removeAtPath } from '../../../domain/development-file/list-edits';
import { REQUIREMENTS } from '../../../domain/development-file/requirements';
import { LIMITS } from '../../../domain/development-file/schema';
import type { ClauseNumber } from '../../../domain/playbook/clauses';
import { ClauseLink } from '../../forms/ClauseLink';
import { fieldDomId, fieldInfo, type Binder, type StagePanelProps } from '../binding';

const REQUIRED_PATHS: ReadonlySet<string> = new Set(REQUIREMENTS.map((r) => r.path));

/** Whether moving on needs this path (the field shows （必填）). */
export function isRequiredPath(path: string): boolean {
  return REQUIRED_PATHS.has(path);
}

/** Binder props without the clause link, for fields inside a group that already links its clause. */
export function withoutClause<P extends { clause?: ClauseNumber | undefined }>(props: P): P {
  return { ...props, clause: undefined };
}

/**
 * A date the schema requires (activity, progress report): clearing the input
 * would make the file invalid, so an empty value is ignored and the last date stays.
 */
export function requiredDate(b: Binder, path: string) {
  const props = b.date(path);
  return {
    ...props,
    onChange: (value: string) => {
      if (value !== '') props.onChange(value);
    },
  };
}

/**
 * A fieldset with a legend. With `path` it is also the target of the error
 * summary's link (id fieldDomId(path), focusable) and shows the error of the
 * path; with `status` it carries a live region for list messages (删除/撤销).
 */
export function Group({
  legend,
  hint,
  clause,
  path,
  error,
  required = false,
  status,
  className,
  children,
}: {
  legend: ReactNode;
  hint?: string | undefined;
  clause?: ClauseNumber | undefined;
  path?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  status?: ReactNode;
  className?: string | undefined;
  children: ReactNode;
}) {
  const id = path === undefined ? undefined : fieldDomId(path);
  const hintId = id && (hint || clause) ? `${id}-hint` : undefined;
  const errorId = id && error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['stage-group', error ? 'field-error' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <fieldset className={classes} id={id} tabIndex={id ? -1 : undefined} aria-describedby={describedBy}>
      <legend className="stage-group-legend">
        {legend}
        {required && <span className="required-mark">（必填）</span>}
      </legend>
      {(hint || clause) && (
        <p className="field-hint" id={hintId}>
          {hint}
          {hint && clause ? ' ' : ''}
          {clause && <ClauseLink clause={clause} />}
        </p>
      )}
      {error && (
        <p className="field-message" id={errorId}>
          <span className="visually-hidden">错误：</span>
          {error}
        </p>
      )}
      {status !== undefined && (
        <div className="list-status" role="status">
          {status}
        </div>
      )}
      {children}
    </fieldset>
  );
}

/** A list-level group for `path` (e.g. 'preparation.decisionMakers'): label, hint and clause from FIELDS. */
export function ListGroup({
  path,
  errors,
  status,
  legend,
  required = isRequiredPath(path),
  children,
}: {
  path: string;
  errors: ReadonlyMap<string, string>;
  status: ReactNode;
  legend?: string;
  /** Defaults to whether a requirement names the path; pass false where the rule is a condition, not “fill this in”. */
  required?: boolean;
  children: ReactNode;
}) {
  const info = fieldInfo(path);
  return (
    <Group
      legend={legend ?? info.label}
      hint={info.hint}
      clause={info.clause}
      path={path}
      error={errors.get(path)}
      required={required}
      status={status}
      className="stage-list"
    >
      {children}
    </Group>
  );
}

/** Whether another item fits in a list (the schema caps lists). */
export function canAdd(list: readonly unknown[]): boolean {
  return list.length < LIMITS.listItems;
}

export function ListFullNote() {
  return <p className="status-line">已达到 {LIMITS.listItems} 项的上限，不能再添加。</p>;
}

/** "添加…" for a list, or a note that the list is full (the schema caps lists). */
export function AddItemButton({ list, label, onAdd }: { list: readonly unknown[]; label: string; onAdd: () => void }) {
  if (!canAdd(list)) return <ListFullNote />;
  return (
    <div className="button-row">
      <button type="button" onClick={onAdd}>
        {label}
      </button>
    </div>
  );
}

/**
 * Moves focus to the element with the given id once it is on the page: after
 * adding an item its first field appears only when the edited file comes back
 * from the store, which may take a render or two.
 *
 * A layout effect, so focus lands in the same frame the element appears: a
 * plain effect runs after paint, and keys typed in between (a fast typist, or
 * a test filling another field) went to the old focus.
 */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<{ id: string; tries: number } | null>(null);
  const [, setTick] = useState(0);
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    const element = document.getElementById(target.id);
    if (element) {
      element.focus();
      pending.current = null;
    } else if (++target.tries > 5) {
      pending.current = null;
    }
  });
  return useCallback((id: string) => {
    pending.current = { id, tries: 0 };
    setTick((n) => n + 1);
  }, []);
}

export interface Removal {
  /** The list's path, e.g. 'preparation.decisionMakers'. */
  path: string;
  index: number;
  item: { id: string };
  /** What was removed, for the message: “关键决策人 张三”. */
  what: string;
  /** Where focus goes when the removal is undone. */
  focusAfterUndo: string;
}

/**
 * Removing list items with a one-step undo: the list's live region says what
 * was removed and offers 撤销删除; focus moves to the list.
 */
export function useRemoval(update: StagePanelProps['update'], focusLater: (id: string) => void) {
  const [removed, setRemoved] = useState<Removal | null>(null);
  const remove = useCallback(
    (removal: Removal) => {
      update((f) => removeAtPath(f, removal.path, removal.item.id));
      setRemoved(removal);
      focusLater(fieldDomId(removal.path));
    },
    [update, focusLater],
  );
  const undo = useCallback(() => {
    if (!removed) return;
    update((f) => insertAtPath(f, removed.path, removed.index, removed.item));
    setRemoved(null);
    focusLater(removed.focusAfterUndo);
  }, [removed, update, focusLater]);
  /** The live-region content for the list at `path`. */
  const status = (path: string): ReactNode =>
    removed?.path === path ? (
      <p className="status-line">
        已删除{removed.what}。
        <button type="button" className="link-button" onClick={undo}>
          撤销删除
        </button>
      </p>
    ) : null;
  return { remove, status, clear: () => setRemoved(null) };
}

/** A list entry's 删除 button, under the entry's fields; the removal offers 撤销删除. */
export function RemoveItemButton({ onRemove, removal, label }: { onRemove: (removal: Removal) => void; removal: Removal; label: string }) {
  return (
    <div className="stage-item-actions">
      <button type="button" className="button-danger" onClick={() => onRemove(removal)}>
        {label}
      </button>
    </div>
  );
}

/** The name of an item for button labels: its text, or its position when it has none. */
export function itemName(text: string, index: number): string {
  const trimmed = text.trim();
  return trimmed === '' ? `（第 ${index + 1} 项）` : trimmed;
}

// ── 4.3 前期准备 ──────────────────────────────────────────────────────────

/** A stored time as the rep reads it (the site's one format). */
export const formatTime = formatDateTime;

/** Text the rep typed, kept as typed (line breaks shown, never parsed as HTML). */
export function Prose({ text }: { text: string }) {
  return <p className="prose-text">{text}</p>;
}

/** The filled-in parts of an entry as a description list. */
export function EntryDetails({ rows }: { rows: readonly (readonly [string, string])[] }) {
  const filled = rows.filter(([, text]) => text.trim() !== '');
  if (filled.length === 0) return <p className="list-empty">（尚未填写内容）</p>;
  return (
    <dl className="entry-details">
      {filled.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <Prose text={text} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
