import { useEffect, useRef } from 'react';

/**
 * A modal confirmation in a native <dialog>: the browser traps focus, Esc
 * cancels, and the page behind is inert. Focus starts on 取消, the safe
 * choice, and goes back to the button that opened it when cancelled.
 */
export function ConfirmDeleteDialog({
  name,
  onConfirm,
  onCancel,
}: {
  /** The customer whose file would be deleted; null when closed. */
  name: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (name !== null && !dialog.open) {
      dialog.returnValue = '';
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (name === null && dialog.open) {
      dialog.close();
    }
  }, [name]);

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby="delete-dialog-title"
      aria-describedby="delete-dialog-text"
      // Esc, 取消 and 删除 all end here; returnValue says which.
      onClose={(e) => (e.currentTarget.returnValue === 'delete' ? onConfirm() : onCancel())}
    >
      <h2 id="delete-dialog-title">删除开发档案？</h2>
      <p id="delete-dialog-text">
        将从本浏览器中删除“{name}”的开发档案。删除后可以立即撤销；离开本页后将无法找回，如有需要请先导出备份。
      </p>
      <div className="button-row">
        <button type="button" className="button-danger" onClick={() => dialogRef.current?.close('delete')}>
          删除
        </button>
        <button type="button" ref={cancelRef} onClick={() => dialogRef.current?.close('')}>
          取消
        </button>
      </div>
    </dialog>
  );
}
