/**
 * The contract between the workspace and its stage panels, and the binder
 * that turns a field path into the props of a labelled control: label, hint
 * and clause from FIELDS, the current value, an onChange that autosaves, and
 * the error (if the stage refused to move on).
 */
import { FIELDS, type FieldPath } from '../../domain/development-file/labels';
import { getAtPath, setAtPath } from '../../domain/development-file/paths';
import type { DevelopmentFile } from '../../domain/development-file/schema';
import type { ClauseNumber } from '../../domain/playbook/clauses';

export type FileUpdater = (file: DevelopmentFile) => DevelopmentFile;

export interface StagePanelProps {
  /** The file as stored: what the panel shows and edits. */
  file: DevelopmentFile;
  /**
   * The file as the rules count it: with 签名审批 on, a manager record whose
   * signature check fails is left out (stores/signing.ts). States and moves
   * are judged on this one; edits go to `file`.
   */
  counted: DevelopmentFile;
  /** Applies an edit; the store validates, autosaves and syncs other tabs. */
  update: (updater: FileUpdater) => void;
  /** Messages of the requirements this stage still misses, keyed by field path; shown after a refused move. */
  errors: ReadonlyMap<string, string>;
  /** The user's other files (customer-code uniqueness, duplicates). */
  otherFiles: readonly DevelopmentFile[];
  /** Today as YYYY-MM-DD in the user's time zone. */
  today: string;
}

/** The DOM id of a field's control (or of a list's section); error-summary links point here. */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The FIELDS entry of a path, with list indexes removed ('a.b.2.c' → 'a.b.c'). */
export function fieldInfo(path: string): { label: string; clause?: ClauseNumber; hint?: string } {
  const key = path.replace(/\.\d+(?=\.|$)/g, '') as FieldPath;
  const info = (FIELDS as Record<string, { label: string; clause: ClauseNumber; hint?: string }>)[key];
  return info ?? { label: path };
}

export function createBinder({ file, update, errors }: Pick<StagePanelProps, 'file' | 'update' | 'errors'>) {
  const common = (path: string) => {
    const info = fieldInfo(path);
    return {
      id: fieldDomId(path),
      label: info.label,
      hint: info.hint,
      clause: info.clause,
      error: errors.get(path),
    };
  };
  const set = (path: string, value: unknown) => update((f) => setAtPath(f, path, value));
  return {
    text: (path: string) => ({
      ...common(path),
      value: String(getAtPath(file, path) ?? ''),
      onChange: (value: string) => set(path, value),
    }),
    date: (path: string) => ({
      ...common(path),
      type: 'date' as const,
      value: String(getAtPath(file, path) ?? ''),
      // An emptied date input means "not set", which the schema stores as null.
      onChange: (value: string) => set(path, value === '' ? null : value),
    }),
    number: (path: string) => ({
      ...common(path),
      value: (getAtPath(file, path) as number | null | undefined) ?? null,
      onChange: (value: number | null) => set(path, value),
    }),
    boolean: (path: string) => ({
      ...common(path),
      value: getAtPath(file, path) === true,
      onChange: (value: boolean) => set(path, value),
    }),
    common,
    set,
  };
}

export type Binder = ReturnType<typeof createBinder>;
