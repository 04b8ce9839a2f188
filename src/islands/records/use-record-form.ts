/**
 * The behaviour every record form shares (a manager's decision, a 团队评审
 * record, guidance): problems show once recording was tried and then follow
 * the edits; a refused attempt moves focus to the first field to fix; a
 * recorded draft starts over.
 */
import { useState } from 'react';

export function useRecordForm<D extends object, K extends string>(
  initial: D,
  order: readonly K[],
  check: (draft: D) => Partial<Record<K, string>>,
  domId: (field: K) => string,
) {
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const problems: Partial<Record<K, string>> = attempted ? check(draft) : {};
  return {
    draft,
    problems,
    set: <F extends keyof D>(field: F, value: D[F]) => setDraft((current) => ({ ...current, [field]: value })),
    /** Records the draft when it has no problems; `save` returns false when it could not. */
    submit: (save: (draft: D) => boolean) => {
      const found = check(draft);
      const first = order.find((field) => found[field]);
      if (first !== undefined) {
        setAttempted(true);
        document.getElementById(domId(first))?.focus();
        return;
      }
      if (save(draft)) {
        setDraft(initial);
        setAttempted(false);
      }
    },
  };
}
