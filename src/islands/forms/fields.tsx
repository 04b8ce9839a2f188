/**
 * Labelled form controls: a visible Chinese label, an optional hint and
 * clause reference, and an error message tied to the control with
 * aria-describedby so screen readers read them together.
 */
import type { ReactNode } from 'react';
import type { ClauseNumber } from '../../domain/playbook/clauses';
import { ClauseLink } from './ClauseLink';

interface Common {
  id: string;
  label: string;
  hint?: string | undefined;
  clause?: ClauseNumber | undefined;
  error?: string | undefined;
  required?: boolean;
}

function describedBy(id: string, { hint, clause, error }: Pick<Common, 'hint' | 'clause' | 'error'>): string | undefined {
  const ids = [hint || clause ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The hint, clause reference and error under a label; ids match describedBy(). */
function FieldDescription({ id, hint, clause, error }: Pick<Common, 'id' | 'hint' | 'clause' | 'error'>) {
  return (
    <>
      {(hint || clause) && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
          {hint && clause ? ' ' : ''}
          {clause && <ClauseLink clause={clause} />}
        </p>
      )}
      {error && (
        <p className="field-message" id={`${id}-error`}>
          <span className="visually-hidden">错误：</span>
          {error}
        </p>
      )}
    </>
  );
}

function FieldShell({ id, label, hint, clause, error, required, children }: Common & { children: ReactNode }) {
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span className="required-mark">（必填）</span>}
      </label>
      <FieldDescription id={id} hint={hint} clause={clause} error={error} />
      {children}
    </div>
  );
}

/**
 * The browser cuts a paste at maxLength without a word: say so while the
 * text is at the limit, so nobody believes the rest was kept.
 */
function LengthLimit({ value, maxLength }: { value: string; maxLength: number }) {
  return (
    <p className="field-limit" aria-live="polite">
      {value.length >= maxLength ? `已达到 ${maxLength} 字的上限，多出的文字没有填入。` : ''}
    </p>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'date' | 'tel';
    maxLength?: number;
    autoComplete?: string;
    placeholder?: string;
  },
) {
  const { id, value, onChange, type = 'text', maxLength = 200, error, required, autoComplete = 'off', placeholder } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        maxLength={maxLength}
        autoComplete={autoComplete}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => onChange(e.target.value)}
      />
      {type === 'text' && <LengthLimit value={value} maxLength={maxLength} />}
    </FieldShell>
  );
}

export function NumberField(
  props: Common & { value: number | null; onChange: (value: number | null) => void; unit?: string; min?: number; max?: number },
) {
  const { id, value, onChange, unit, error, required, min = 0, max } = props;
  return (
    <FieldShell {...props}>
      <span className="input-with-unit">
        <input
          id={id}
          name={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step="any"
          value={value ?? ''}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(id, props)}
          onChange={(e) => {
            const raw = e.target.value.trim();
            const n = raw === '' ? null : Number(raw);
            onChange(n === null || Number.isFinite(n) ? n : null);
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
    </FieldShell>
  );
}

export function TextArea(
  props: Common & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number; readOnly?: boolean },
) {
  const { id, value, onChange, rows = 4, maxLength = 5000, error, required, readOnly } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        maxLength={maxLength}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => onChange(e.target.value)}
      />
      <LengthLimit value={value} maxLength={maxLength} />
    </FieldShell>
  );
}

export function SelectField<V extends string>(
  props: Common & { value: V; onChange: (value: V) => void; options: readonly { value: V; label: string }[] },
) {
  const { id, value, onChange, options, error, required } = props;
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of radios or checkboxes inside a fieldset with a legend. */
export function ChoiceGroup<V extends string | number>(
  props: Omit<Common, 'id'> & {
    id: string;
    multiple?: boolean;
    options: readonly { value: V; label: string; hint?: string }[];
    value: readonly V[];
    onChange: (value: V[]) => void;
    inline?: boolean;
  },
) {
  const { id, label, hint, clause, error, required, multiple = false, options, value, onChange, inline = false } = props;
  return (
    <fieldset className={error ? 'field field-error' : 'field'} aria-describedby={describedBy(id, props)} id={id} tabIndex={-1}>
      <legend className="field-label">
        {label}
        {required && <span className="required-mark">（必填）</span>}
      </legend>
      <FieldDescription id={id} hint={hint} clause={clause} error={error} />
      <div className={inline ? 'choices choices-inline' : 'choices'}>
        {options.map((o) => {
          const optionId = `${id}-${String(o.value)}`;
          const checked = value.includes(o.value);
          return (
            <div className="choice" key={String(o.value)}>
              <input
                id={optionId}
                type={multiple ? 'checkbox' : 'radio'}
                name={id}
                checked={checked}
                onChange={() => {
                  if (!multiple) onChange([o.value]);
                  else onChange(checked ? value.filter((v) => v !== o.value) : [...value, o.value]);
                }}
              />
              <label htmlFor={optionId}>
                {o.label}
                {o.hint && <span className="choice-hint">{o.hint}</span>}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
