import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from './Banner';
import { Dialog, DialogActions } from './Dialog';
import { FieldError } from './Field';

/** Ctrl+S or Ctrl+Enter saves, as in every form of the app (the shell's own Ctrl+S stands aside while a dialog is open). */
export function saveShortcut(save: () => void) {
  return (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && (event.key === 'Enter' || event.key.toLowerCase() === 's')) {
      event.preventDefault();
      save();
    }
  };
}

/**
 * A record's form in a modal: Cancel and Save at the bottom, Ctrl+S or Ctrl+Enter to save, the
 * errors no field shows at the top, and — when someone saved the record meanwhile — a warning
 * offering to overwrite their version.
 */
export function FormDialog(props: {
  open: boolean;
  title: string;
  subtitle?: ReactNode;
  busy: boolean;
  saveLabel: string;
  onSave: (overwrite?: boolean) => void;
  onClose: () => void;
  /** Messages for no field of the form. */
  errors?: readonly string[];
  conflict?: { title: string; text: string } | null;
  testId: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { busy } = props;
  return (
    <Dialog
      open={props.open}
      title={props.title}
      subtitle={props.subtitle}
      busy={busy}
      onClose={props.onClose}
      testId={props.testId}
      className={props.className}
      actions={
        <DialogActions onCancel={props.onClose} onConfirm={() => props.onSave()} busy={busy} title={t('common.saveShortcut')}>
          {busy ? t('common.saving') : props.saveLabel}
        </DialogActions>
      }
    >
      <div className="form" onKeyDown={saveShortcut(() => props.onSave())}>
        {props.conflict ? (
          <Banner
            kind="warning"
            title={props.conflict.title}
            actions={
              <button type="button" className="button button-small" onClick={() => props.onSave(true)}>
                {t('conflict.overwrite')}
              </button>
            }
          >
            {props.conflict.text}
          </Banner>
        ) : null}
        {(props.errors ?? []).map((message) => (
          <FieldError key={message} message={message} />
        ))}
        {props.children}
      </div>
    </Dialog>
  );
}
