/** A single labelled checkbox, e.g. 资料已存档. */
export function Checkbox({
  id,
  label,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <div className={error ? 'field field-error' : 'field'}>
      {error && (
        <p className="field-message" id={`${id}-error`}>
          <span className="visually-hidden">错误：</span>
          {error}
        </p>
      )}
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          checked={value}
          aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>
          {label}
          {hint && (
            <span className="choice-hint" id={`${id}-hint`}>
              {hint}
            </span>
          )}
        </label>
      </div>
    </div>
  );
}
