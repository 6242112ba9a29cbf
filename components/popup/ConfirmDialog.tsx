import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal <dialog>: the browser traps focus inside and closes it on Escape. Focus starts on the safe
 * choice (cancel) and returns to whatever opened the dialog when it closes.
 */
export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      opener.current = document.activeElement;
      el.showModal();
      cancel.current?.focus();
    } else if (!open && el.open) {
      el.close();
    }
  }, [open]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onClose = () => {
      const back = opener.current;
      opener.current = null;
      if (back instanceof HTMLElement) back.focus();
    };
    el.addEventListener('close', onClose);
    return () => el.removeEventListener('close', onClose);
  }, []);

  return (
    <dialog
      ref={dialog}
      class="sx-dialog"
      aria-labelledby="sx-dialog-title"
      aria-describedby="sx-dialog-body"
      onCancel={(event) => {
        // Escape: let our state close it so `open` stays the single source of truth.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="sx-dialog-title" class="sx-h2">
        {title}
      </h2>
      <p id="sx-dialog-body">{body}</p>
      <div class="sx-dialog__actions">
        <button ref={cancel} type="button" class="sx-button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" class="sx-button sx-button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
