/**
 * One statement as a radio group: the fieldset's legend is the statement, the
 * progress line and any error describe it, so a screen reader entering the
 * group hears "statement, 第 N 题 / 共 M 题". Native radios give the keyboard
 * behaviour (Tab into the group, arrow keys choose, Enter submits the form).
 */
import { forwardRef } from 'react';
import { SCALE, type Answer } from '../../domain/assessment/scale';

interface Props {
  text: string;
  value: Answer | undefined;
  onChange: (value: Answer) => void;
  describedBy: string;
  error: string;
}

export const LikertQuestion = forwardRef<HTMLFieldSetElement, Props>(function LikertQuestion(
  { text, value, onChange, describedBy, error },
  ref,
) {
  return (
    <fieldset
      ref={ref}
      id="question"
      className={error ? 'likert field field-error' : 'likert field'}
      tabIndex={-1}
      aria-describedby={error ? `${describedBy} question-error` : describedBy}
    >
      <legend className="likert-statement">{text}</legend>
      {error && (
        <p className="field-message" id="question-error">
          <span className="visually-hidden">错误：</span>
          {error}
        </p>
      )}
      <div className="likert-options">
        {SCALE.map((option) => (
          <div className="likert-option" key={option.value}>
            <input
              type="radio"
              id={`answer-${option.value}`}
              name="answer"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`answer-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
});
