/**
 * What the store could not read or save, in words; nothing is thrown at the
 * page. The live region is always there, so a later save failure is announced.
 */
import { useStore } from '@nanostores/react';
import type { AssessmentStore } from '../../stores/assessment';

export function StoreNotices({ store }: { store: AssessmentStore }) {
  const notices = useStore(store.$notices);
  return (
    <div role="status">
      {notices.length > 0 && (
        <div className="notice notice-warning store-notices">
          {notices.map((n) => (
            <p key={`${n.kind}:${n.key ?? ''}`}>{n.message}</p>
          ))}
        </div>
      )}
    </div>
  );
}
