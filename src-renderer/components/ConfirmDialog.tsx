import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question on the native <dialog>: focus is trapped and Esc cancels. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      dialog.showModal();
      // The safe choice has focus, so a stray Enter never destroys anything.
      cancelRef.current?.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={props.children ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!props.busy) props.onCancel();
      }}
    >
      {props.open ? (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            props.onConfirm();
          }}
        >
          <h2 id={titleId} className="confirm-dialog-title">
            {props.title}
          </h2>
          {props.children ? (
            <div id={bodyId} className="confirm-dialog-body">
              <ErrorBoundary area={props.title} placement="inline">
                {props.children}
              </ErrorBoundary>
            </div>
          ) : null}
          <div className="confirm-dialog-actions">
            <button ref={cancelRef} type="button" className="button" onClick={props.onCancel} disabled={props.busy}>
              {props.cancelLabel ?? t('common.cancel')}
            </button>
            <button type="submit" className={props.danger ? 'button button-danger' : 'button button-primary'} disabled={props.busy}>
              {props.confirmLabel}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
