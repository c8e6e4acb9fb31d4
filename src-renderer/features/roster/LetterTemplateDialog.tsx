import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_PLACEHOLDERS, type InvitationTemplate } from '../../../src-shared/contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field, FieldError } from '../../components/Field';
import { toast } from '../../components/Toast';
import { invoke } from '../../lib/client';
import { unplacedErrors } from '../../lib/issues';
import { useCall } from '../../lib/useCall';
import { useDialogSave } from '../../lib/useDialogSave';

const FIELDS = ['subject', 'letter', 'email', 'signature'] as const;
const ROWS: Record<(typeof FIELDS)[number], number> = { subject: 1, letter: 10, email: 5, signature: 2 };

/** The letter, email text and signature every invitation pack of a body is written from, with its placeholders. */
export function LetterTemplateDialog(props: { open: boolean; bodyId: string; bodyName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { open, bodyId } = props;
  const loaded = useCall('invitations.template', open ? { bodyId } : null);
  const [draft, setDraft] = useState<InvitationTemplate | null>(null);
  const save = useDialogSave({ conflicts: false });

  useEffect(() => {
    if (!open) {
      setDraft(null);
      save.reset();
    } else if (loaded.data) {
      const { saved: _saved, ...template } = loaded.data;
      setDraft(template);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, loaded.data]);

  const set = (field: keyof InvitationTemplate, value: string) => setDraft((current) => (current ? { ...current, [field]: value } : current));
  const submit = () =>
    void save.run(async () => {
      if (!draft) return;
      await invoke('invitations.saveTemplate', { bodyId, ...draft });
      toast('success', t('roster.packs.template.saved'));
      props.onClose();
    });

  const formId = 'letter-template-form';
  const unplaced = unplacedErrors(save.errors, [...FIELDS, 'senderName', 'senderEmail']);
  return (
    <Dialog
      open={open}
      title={t('roster.packs.template.title')}
      subtitle={t('roster.packs.template.subtitle', { body: props.bodyName })}
      busy={save.busy}
      onClose={props.onClose}
      testId="letter-template"
      className="roster-dialog packs-template-dialog"
      actions={
        <DialogActions onCancel={props.onClose} form={formId} busy={save.busy} disabled={!draft}>
          {t('roster.packs.template.save')}
        </DialogActions>
      }
    >
      {!draft ? <div className="loading-note">{t('common.loading')}</div> : null}
      {draft ? (
        <form
          id={formId}
          className="packs-template-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p className="muted small packs-placeholders">
            {t('roster.packs.template.placeholders')} {INVITATION_PLACEHOLDERS.map((p) => <code key={p}>{`{{${p}}}`}</code>)}
          </p>
          {FIELDS.map((field) => (
            <Field key={field} label={t(`roster.packs.template.${field}`)} error={save.errors[field]}>
              {(control) =>
                ROWS[field] === 1 ? (
                  <input {...control} className="input" value={draft[field]} onChange={(e) => set(field, e.target.value)} />
                ) : (
                  <textarea {...control} className="input textarea" rows={ROWS[field]} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
                )
              }
            </Field>
          ))}
          <div className="packs-sender">
            <Field label={t('roster.packs.template.senderName')} error={save.errors.senderName}>
              {(control) => <input {...control} className="input" value={draft.senderName} onChange={(e) => set('senderName', e.target.value)} />}
            </Field>
            <Field label={t('roster.packs.template.senderEmail')} error={save.errors.senderEmail} hint={t('roster.packs.template.senderHint')}>
              {(control) => <input {...control} type="email" className="input" value={draft.senderEmail} onChange={(e) => set('senderEmail', e.target.value)} />}
            </Field>
          </div>
          {unplaced.map((message) => (
            <FieldError key={message} message={message} />
          ))}
        </form>
      ) : null}
    </Dialog>
  );
}
