import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import { unplacedErrors } from '../lib/issues';
import type { RecordEditor } from '../lib/useRecordEditor';
import { Banner } from './Banner';
import { ConfirmDialog } from './ConfirmDialog';
import { Icon } from './Icon';
import { SidePanel } from './SidePanel';

/**
 * The side panel around a record's form: title, footer buttons, problem banners and the
 * delete and discard confirmations. Texts come from the feature's i18n section (`messages`):
 * `form.newTitle`, `form.editTitle`, `form.newSubtitle`, `form.create`, `conflict.*`,
 * `notFound.*` and `delete.*`.
 */
export function EditorPanel(props: {
  editor: RecordEditor;
  messages: string;
  /** The record's name, for the title and the delete confirmation. */
  name: string;
  /** Field paths the form shows messages for; messages for any other path go in a banner. */
  fields: readonly string[];
  testId: string;
  /** Replaces the default "Updated …" line under the title of a stored record. */
  recordSubtitle?: ReactNode;
  /** More paragraphs for the delete confirmation. */
  deleteDetails?: ReactNode;
  wide?: boolean;
  /** What the user should read before saving, shown right above the buttons. */
  footerNotice?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { editor, messages: m, name } = props;
  const { record, editing, problem, saving } = editor;
  const formId = useId();
  const otherErrors = unplacedErrors(editor.errors, props.fields);

  return (
    <SidePanel
      title={editing ? name || t(`${m}.form.editTitle`) : t(`${m}.form.newTitle`)}
      wide={props.wide}
      subtitle={
        record
          ? (props.recordSubtitle ?? (
              <span title={t('common.createdAt', { date: formatDateTime(record.createdAt) })}>
                {t('common.updatedAt', { date: formatDateTime(record.updatedAt) })}
              </span>
            ))
          : editing
            ? null
            : t(`${m}.form.newSubtitle`)
      }
      onClose={editor.requestClose}
      testId={props.testId}
      footer={
        <>
          {props.footerNotice ? <div className="side-panel-footer-notice">{props.footerNotice}</div> : null}
          {editing && record ? (
            <button type="button" className="button button-danger-quiet" onClick={() => editor.setConfirm('delete')} disabled={saving}>
              <Icon name="trash" size={16} />
              {t('common.delete')}
            </button>
          ) : null}
          <div className="spacer" />
          <button type="button" className="button" onClick={editor.requestClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="button button-primary"
            disabled={saving || problem?.kind === 'not_found'}
            title={t('common.saveShortcut')}
          >
            {saving ? t('common.saving') : editing ? t('common.save') : t(`${m}.form.create`)}
          </button>
        </>
      }
    >
      {problem?.kind === 'conflict' ? (
        <Banner
          kind="warning"
          title={t(`${m}.conflict.title`)}
          actions={
            <>
              <button type="button" className="button button-small" onClick={() => void editor.fetchLatest(true)}>
                {t('conflict.reload')}
              </button>
              <button type="button" className="button button-small" onClick={() => void editor.save(true)}>
                {t('conflict.overwrite')}
              </button>
            </>
          }
        >
          {t(`${m}.conflict.text`)}
        </Banner>
      ) : null}
      {problem?.kind === 'not_found' ? (
        <Banner kind="error" title={t(`${m}.notFound.title`)}>
          {t(`${m}.notFound.text`)}
        </Banner>
      ) : null}
      {problem?.kind === 'error' ? (
        <Banner kind="error" title={t(`errors.codes.${problem.error.code}`)}>
          {problem.error.message}
        </Banner>
      ) : null}
      {otherErrors.length ? (
        <Banner kind="error" title={t('errors.codes.invalid_input')}>
          {otherErrors.join(' ')}
        </Banner>
      ) : null}
      <form
        id={formId}
        ref={editor.formRef}
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void editor.save();
        }}
      >
        {props.children}
      </form>
      <ConfirmDialog
        open={editor.confirm === 'delete'}
        title={t(`${m}.delete.title`, { name })}
        confirmLabel={t(`${m}.delete.confirm`)}
        danger
        busy={editor.deleting}
        onConfirm={() => void editor.remove()}
        onCancel={() => editor.setConfirm(null)}
      >
        <p>{t(`${m}.delete.text`, { name })}</p>
        {props.deleteDetails}
      </ConfirmDialog>
      <ConfirmDialog
        open={editor.confirm === 'discard'}
        title={t('discard.title')}
        confirmLabel={t('discard.confirm')}
        cancelLabel={t('discard.keep')}
        danger
        onConfirm={editor.discard}
        onCancel={() => editor.setConfirm(null)}
      >
        <p>{t('discard.text')}</p>
      </ConfirmDialog>
    </SidePanel>
  );
}
