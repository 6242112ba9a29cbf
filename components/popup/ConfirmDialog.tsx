import { Component, createRef } from 'preact';
import { adoptStyle } from '@/utils/popup-style';
import css from './ConfirmDialog.css?inline';

// Loaded on the first reset (entrypoints/popup/OperatorPanel.tsx): its rules come with it.
adoptStyle(css);

interface Props {
  /** Shown as a modal while true; absent is closed. */
  open?: boolean;
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
 * A class, not hooks: the popup's build leaves preact/hooks out.
 */
export class ConfirmDialog extends Component<Props> {
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly cancel = createRef<HTMLButtonElement>();
  private opener: Element | null = null;

  private readonly onClose = () => {
    const back = this.opener;
    this.opener = null;
    if (back instanceof HTMLElement) back.focus();
  };

  override componentDidMount(): void {
    this.dialog.current?.addEventListener('close', this.onClose);
    this.componentDidUpdate();
  }

  override componentDidUpdate(): void {
    const el = this.dialog.current;
    if (!el) return;
    if (this.props.open && !el.open) {
      this.opener = document.activeElement;
      el.showModal();
      this.cancel.current?.focus();
    } else if (!this.props.open && el.open) {
      el.close();
    }
  }

  override componentWillUnmount(): void {
    this.dialog.current?.removeEventListener('close', this.onClose);
  }

  override render({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
    return (
      <dialog
        ref={this.dialog}
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
          <button ref={this.cancel} type="button" class="sx-button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" class="sx-button sx-button--danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    );
  }
}
