import { useLayoutEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the control (or fieldset) to move to. */
  fieldId: string;
  message: string;
}

/**
 * Shown when moving on is refused: a heading, one link per problem, and focus
 * moved here so keyboard and screen-reader users learn what is missing.
 */
export function ErrorSummary({
  errors,
  title = '还不能进入下一步',
  focusKey,
}: {
  errors: readonly FieldError[];
  title?: string;
  /** Changes on each refused attempt: focus moves here then, not while the user fixes fields. */
  focusKey?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const count = errors.length;
  useLayoutEffect(() => {
    if (count) ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus only on a new attempt
  }, [focusKey]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="region">
      <h2 id="error-summary-title">{title}</h2>
      <p>请先完成以下 {errors.length} 项：</p>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                const target = document.getElementById(e.fieldId);
                if (!target) return;
                event.preventDefault();
                target.scrollIntoView({ block: 'center' });
                // A group (radios, a list) is reached through its first control, as GOV.UK does.
                const control = target.matches('input, select, textarea') ? target : target.querySelector<HTMLElement>('input, select, textarea');
                (control ?? target).focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
