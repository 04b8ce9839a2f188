/**
 * A table that may be wider than a phone scrolls sideways inside this box.
 * The box takes keyboard focus (and so has a name) so keyboard users can
 * scroll it too: WCAG 2.1.1, axe's scrollable-region-focusable.
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
