import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Project } from '../../../src-shared/contract';
import { FormDialog } from '../../components/FormDialog';
import { Field, LookupSelect } from '../../components/Field';
import { invoke } from '../../lib/client';
import { formatDate } from '../../lib/format';
import { unplacedErrors } from '../../lib/issues';
import { useDialogSave } from '../../lib/useDialogSave';

export type ActivityTarget = { mode: 'new' } | { mode: 'edit'; activity: Activity };

const FIELDS = ['title', 'plannedStart', 'plannedEnd', 'eventId', 'description'];

/** A planned activity of the project, and the linked event that carries it out, if any. */
export function ActivityDialog(props: { target: ActivityTarget | null; project: Project; onClose: () => void; onSaved: (activity: Activity, created: boolean) => void }) {
  const { t } = useTranslation();
  const { target, project } = props;
  const [title, setTitle] = useState('');
  const [plannedStart, setPlannedStart] = useState('');
  const [plannedEnd, setPlannedEnd] = useState('');
  const [eventId, setEventId] = useState('');
  const [description, setDescription] = useState('');
  const { busy, errors, run, reset } = useDialogSave({ conflicts: false });

  useEffect(() => {
    if (!target) return;
    const a = target.mode === 'edit' ? target.activity : null;
    setTitle(a?.title ?? '');
    setPlannedStart(a?.plannedStart ?? '');
    setPlannedEnd(a?.plannedEnd ?? '');
    setEventId(a?.eventId ?? '');
    setDescription(a?.description ?? '');
    reset();
  }, [target]);

  async function save() {
    if (!target || busy) return;
    const fields = { title, plannedStart: plannedStart || null, plannedEnd: plannedEnd || null, eventId: eventId || null, description };
    await run(async () => {
      const saved =
        target.mode === 'edit' ? await invoke('activities.update', { id: target.activity.id, ...fields }) : await invoke('activities.create', { projectId: project.id, ...fields });
      props.onSaved(saved, target.mode === 'new');
      props.onClose();
    });
  }

  const general = unplacedErrors(errors, FIELDS);
  return (
    <FormDialog
      open={target !== null}
      title={target?.mode === 'edit' ? t('projects.activities.editTitle') : t('projects.activities.newTitle')}
      onClose={props.onClose}
      testId="activity-dialog"
      className="projects-dialog projects-dialog-narrow"
      busy={busy}
      saveLabel={target?.mode === 'edit' ? t('common.save') : t('projects.activities.create')}
      onSave={() => void save()}
      errors={general}
    >
      <Field label={t('projects.activities.title')} required error={errors.title}>
        {(control) => <textarea {...control} className="textarea" rows={2} autoFocus maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <div className="form-row">
        <Field label={t('projects.activities.plannedStart')} error={errors.plannedStart}>
          {(control) => <input {...control} className="input" type="date" value={plannedStart} onChange={(e) => setPlannedStart(e.target.value)} />}
        </Field>
        <Field label={t('projects.activities.plannedEnd')} error={errors.plannedEnd}>
          {(control) => <input {...control} className="input" type="date" value={plannedEnd} min={plannedStart || undefined} onChange={(e) => setPlannedEnd(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('projects.activities.event')} error={errors.eventId} hint={project.events.length ? t('projects.activities.eventHint') : t('projects.entries.noLinkedEvents')}>
        {(control) => (
          <LookupSelect
            control={control}
            value={eventId}
            options={project.events.map((e) => ({ value: e.id, label: `${e.title} · ${formatDate(e.startsAt)}` }))}
            emptyLabel={t('projects.entries.noEvent')}
            missingLabel={target?.mode === 'edit' ? target.activity.eventTitle : null}
            onChange={setEventId}
          />
        )}
      </Field>
      <Field label={t('projects.activities.description')} error={errors.description}>
        {(control) => <textarea {...control} className="textarea" rows={3} maxLength={10000} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
