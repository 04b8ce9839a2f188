import { useLayoutEffect, useRef } from 'react';

export type UndoState =
  | { kind: 'deleted'; name: string; undo: () => boolean }
  | { kind: 'restored'; name: string }
  | { kind: 'failed'; name: string };

/**
 * After a delete: "已删除“X”。撤销". The region is always in the page so the
 * message is announced; focus moves to it because the row that had focus is gone.
 */
export function UndoBar({ state, onUndo, onClose }: { state: UndoState | null; onUndo: () => void; onClose: () => void }) {
  const messageRef = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (state !== null) messageRef.current?.focus();
  }, [state]);
  return (
    <div role="status" className="undo-region">
      {state !== null && (
        <div className={state.kind === 'failed' ? 'undo-bar is-error' : 'undo-bar'}>
          <p ref={messageRef} tabIndex={-1}>
            {state.kind === 'deleted' && `已删除“${state.name}”。`}
            {state.kind === 'restored' && `已恢复“${state.name}”。`}
            {state.kind === 'failed' && `无法恢复“${state.name}”：本机已有同一编号的档案（可能已在另一个标签页中恢复）。`}
          </p>
          <div className="button-row compact">
            {state.kind === 'deleted' && (
              <button type="button" className="button-primary" onClick={onUndo}>
                撤销
              </button>
            )}
            <button type="button" aria-label="关闭提示" onClick={onClose}>
              关闭
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
