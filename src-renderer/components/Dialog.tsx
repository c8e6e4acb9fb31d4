import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * A modal window on the native <dialog> for more than a question (a preview, a report):
 * focus is trapped, Esc closes it unless it is busy, and the actions sit at the bottom.
 */
export function Dialog(props: {
  open: boolean;
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  actions: ReactNode;
  busy?: boolean;
  onClose: () => void;
  testId?: string;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    else if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className={props.className ? `app-dialog ${props.className}` : 'app-dialog'}
      aria-labelledby={titleId}
      data-testid={props.testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!props.busy) props.onClose();
      }}
    >
      {props.open ? (
        <div className="app-dialog-frame">
          <header className="app-dialog-header">
            <h2 id={titleId} className="app-dialog-title">
              {props.title}
            </h2>
            {props.subtitle ? <div className="app-dialog-subtitle">{props.subtitle}</div> : null}
          </header>
          <div className="app-dialog-body">
            <ErrorBoundary area={props.title} placement="inline">
              {props.children}
            </ErrorBoundary>
          </div>
          <footer className="app-dialog-actions">{props.actions}</footer>
        </div>
      ) : null}
    </dialog>
  );
}

/**
 * A dialog's usual actions: Cancel, then its own (primary, or `danger`), both off while `busy`.
 * The action runs `onConfirm`, or submits the form named `form`; `note` stands before them.
 */
export function DialogActions(props: {
  onCancel: () => void;
  /** The action's label (and icon). */
  children: ReactNode;
  onConfirm?: () => void;
  form?: string;
  busy?: boolean;
  /** Off for a reason of its own, besides being busy. */
  disabled?: boolean;
  danger?: boolean;
  title?: string;
  note?: ReactNode;
  /** Says `aria-busy` on the action while busy (a long task: a new key, a new passphrase). */
  markBusy?: boolean;
}) {
  const { t } = useTranslation();
  const { busy } = props;
  return (
    <>
      {props.note}
      <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
        {t('common.cancel')}
      </button>
      <button
        type={props.form ? 'submit' : 'button'}
        form={props.form}
        className={props.danger ? 'button button-danger' : 'button button-primary'}
        onClick={props.onConfirm}
        disabled={busy || props.disabled}
        title={props.title}
        aria-busy={props.markBusy ? busy : undefined}
      >
        {props.children}
      </button>
    </>
  );
}
