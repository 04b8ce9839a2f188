/**
 * An ordering question operated by buttons: each item has 上移 and 下移, so it
 * works by keyboard and with a screen reader (no drag and drop needed). Focus
 * stays with the moved item, and a status line says where it went.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { QuizOption } from '../../domain/quiz/bank';

type Direction = 'up' | 'down';

export function OrderingField({
  id,
  prompt,
  options,
  order,
  onChange,
}: {
  id: string;
  prompt: string;
  options: readonly QuizOption[];
  order: readonly string[];
  onChange: (order: string[]) => void;
}) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [pendingFocus, setPendingFocus] = useState<{ key: string; direction: Direction } | null>(null);
  const [status, setStatus] = useState('');
  const textOf = (key: string) => options.find((o) => o.key === key)?.text ?? key;

  // Moving a list item re-inserts its node, which drops focus; put it back on
  // the same button, or on the other one when this end of the list disables it.
  // A layout effect: after paint would be too late for a key pressed at once.
  useLayoutEffect(() => {
    if (!pendingFocus) return;
    const { key, direction } = pendingFocus;
    const same = buttons.current.get(`${key}-${direction}`);
    const other = buttons.current.get(`${key}-${direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);

  const move = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const key = order[index];
    if (key === undefined || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(index, 1);
    next.splice(to, 0, key);
    onChange(next);
    setPendingFocus({ key, direction });
    setStatus(`“${textOf(key)}”已移到第 ${to + 1} 位，共 ${order.length} 项。`);
  };

  return (
    <fieldset className="field quiz-ordering" id={id} tabIndex={-1} aria-describedby={`${id}-hint`}>
      <legend className="field-label">{prompt}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        用“上移”“下移”按钮调整顺序，排在最上面的是第 1 位。
      </p>
      <ol className="order-list">
        {order.map((key, i) => {
          const text = textOf(key);
          return (
            <li key={key} className="order-item">
              <div className="order-row">
                <span className="order-text">{text}</span>
                <span className="order-buttons">
                  {(['up', 'down'] as const).map((direction) => (
                    <button
                      key={direction}
                      type="button"
                      className="order-button"
                      ref={(el) => {
                        if (el) buttons.current.set(`${key}-${direction}`, el);
                        else buttons.current.delete(`${key}-${direction}`);
                      }}
                      // The visible word starts the name (label in name); the item says which one.
                      aria-label={`${direction === 'up' ? '上移' : '下移'}：${text}`}
                      disabled={direction === 'up' ? i === 0 : i === order.length - 1}
                      onClick={() => move(i, direction)}
                    >
                      {direction === 'up' ? '上移' : '下移'}
                    </button>
                  ))}
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </fieldset>
  );
}
