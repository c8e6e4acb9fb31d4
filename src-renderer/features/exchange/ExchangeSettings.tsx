import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLE_MAX_BYTES, type BundleEffect, type CallOutput, type ConflictInfo, type ExchangeStatus } from '../../../src-shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Banner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { emptyPassphrase, PassphraseFields, passphraseProblem } from '../../components/PassphraseFields';
import { toast } from '../../components/Toast';
import { invoke, toAppError } from '../../lib/client';
import { downloadBase64, downloadText, readChosenFile } from '../../lib/files';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import './exchange.css';

/** Settings → Exchange: the group this laptop belongs to, changes files both ways, the laptops and the conflicts. */
export function ExchangeSettings() {
  const { t } = useTranslation();
  const { data: status, error, refresh } = useCall('exchange.status', {}, { watch: ['exchange'] });
  if (error) return <LoadError title={t('exchange.loadFailed')} error={error} onRetry={() => void refresh()} />;
  if (!status) return null;
  return (
    <>
      {status.syncedFolder ? <Banner kind="warning" title={t('exchange.syncedFolder.title', { service: status.syncedFolder })}>{t('exchange.syncedFolder.text', { service: status.syncedFolder })}</Banner> : null}
      {status.group ? <GroupView status={status} /> : <NoGroup />}
    </>
  );
}

function NoGroup() {
  const { t } = useTranslation();
  return (
    <>
      <section className="card settings-section exchange-intro" aria-labelledby="exchange-intro">
        <h2 id="exchange-intro">{t('exchange.intro.title')}</h2>
        <p>{t('exchange.intro.what')}</p>
        <p>{t('exchange.intro.how')}</p>
        <p className="muted">{t('exchange.intro.conflicts')}</p>
      </section>
      <div className="exchange-start">
        <CreateGroup />
        <JoinGroup />
      </div>
    </>
  );
}

function CreateGroup() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [laptop, setLaptop] = useState('');
  const [passphrase, setPassphrase] = useState(emptyPassphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!name.trim() || !laptop.trim() || passphraseProblem(passphrase)) return;
    setBusy(true);
    setProblem(null);
    try {
      await invoke('exchange.createGroup', { name, laptopName: laptop, passphrase: passphrase.passphrase });
      toast('success', t('exchange.create.done'));
    } catch (error) {
      setProblem(toAppError(error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card settings-section" aria-labelledby="exchange-create" onSubmit={submit} noValidate data-testid="exchange-create">
      <h2 id="exchange-create">{t('exchange.create.title')}</h2>
      <p className="muted small">{t('exchange.create.hint')}</p>
      {problem ? <Banner kind="error" title={problem} /> : null}
      <Field label={t('exchange.create.name')} required error={tried && !name.trim() ? t('exchange.required') : undefined}>
        {(control) => (
          <input {...control} className="input" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label={t('exchange.create.laptop')} hint={t('exchange.create.laptopHint')} required error={tried && !laptop.trim() ? t('exchange.required') : undefined}>
        {(control) => <input {...control} className="input" maxLength={80} value={laptop} onChange={(e) => setLaptop(e.target.value)} />}
      </Field>
      <PassphraseFields value={passphrase} onChange={setPassphrase} showErrors={tried} label={t('exchange.create.passphrase')} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
          {t('exchange.create.submit')}
        </button>
      </div>
    </form>
  );
}

function JoinGroup() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [laptop, setLaptop] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!code.trim() || !laptop.trim() || !passphrase) return;
    setBusy(true);
    setProblem(null);
    try {
      const joined = await invoke('exchange.joinGroup', { code, laptopName: laptop, passphrase });
      toast('success', t('exchange.join.done', { name: joined.group?.name ?? '' }));
    } catch (error) {
      const e = toAppError(error);
      const field = (e.details as { field?: string } | undefined)?.field;
      setProblem({ field, message: e.message });
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string, empty: boolean) =>
    problem?.field === field ? problem.message : tried && empty ? t('exchange.required') : undefined;

  return (
    <form className="card settings-section" aria-labelledby="exchange-join" onSubmit={submit} noValidate data-testid="exchange-join">
      <h2 id="exchange-join">{t('exchange.join.title')}</h2>
      <p className="muted small">{t('exchange.join.hint')}</p>
      {problem && !problem.field ? <Banner kind="error" title={problem.message} /> : null}
      <Field label={t('exchange.join.code')} required error={fieldError('code', !code.trim())}>
        {(control) => (
          <textarea {...control} className="input mono exchange-code-input" rows={3} maxLength={4096} spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />
        )}
      </Field>
      <Field label={t('exchange.create.laptop')} hint={t('exchange.create.laptopHint')} required error={tried && !laptop.trim() ? t('exchange.required') : undefined}>
        {(control) => <input {...control} className="input" maxLength={80} value={laptop} onChange={(e) => setLaptop(e.target.value)} />}
      </Field>
      <Field label={t('exchange.join.passphrase')} required error={fieldError('passphrase', !passphrase)}>
        {(control) => (
          <input {...control} className="input passphrase-input" type="password" autoComplete="off" maxLength={1024} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
          {t('exchange.join.submit')}
        </button>
      </div>
    </form>
  );
}

function GroupView({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const group = status.group!;
  const [leaving, setLeaving] = useState(false);
  const [busy, setBusy] = useState(false);

  async function leave() {
    setBusy(true);
    try {
      await invoke('exchange.leaveGroup', {});
      toast('success', t('exchange.group.left'));
      setLeaving(false);
    } catch (error) {
      toast('error', toAppError(error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section className="card settings-section" aria-labelledby="exchange-group" data-testid="exchange-group">
        <div className="settings-section-header">
          <div>
            <h2 id="exchange-group">{t('exchange.group.title', { name: group.name })}</h2>
            <p className="muted small">
              {t('exchange.group.thisLaptop')}: <strong>{status.laptop.name}</strong> ·{' '}
              {t('exchange.group.messages', { count: status.messages, formatted: formatNumber(status.messages) })}
            </p>
          </div>
          <button type="button" className="button" onClick={() => setLeaving(true)}>
            {t('exchange.group.leave')}
          </button>
        </div>
        {status.heldForClock.map((h) => (
          <Banner key={h.node} kind="warning" title={t('exchange.laptops.clockAhead', { name: h.name, ahead: h.aheadBy, count: h.count, formatted: formatNumber(h.count) })} />
        ))}
        <Field label={t('exchange.group.joinCode')} hint={t('exchange.group.joinCodeHint')}>
          {(control) => (
            <div className="exchange-code">
              <input {...control} className="input mono" readOnly value={group.joinCode} onFocus={(e) => e.target.select()} data-testid="exchange-join-code" />
              <button
                type="button"
                className="button"
                onClick={() => void navigator.clipboard?.writeText(group.joinCode).then(() => toast('success', t('exchange.group.copied')))}
              >
                <Icon name="copy" size={14} /> {t('exchange.group.copy')}
              </button>
              <button type="button" className="button" onClick={() => downloadText(`${group.name}-join-code.txt`, `${group.joinCode}\n`, 'text/plain')}>
                {t('exchange.group.saveJoinFile')}
              </button>
            </div>
          )}
        </Field>
      </section>
      <ServerSection status={status} />
      <FilesSection status={status} />
      <ConflictsSection />
      <LaptopsSection status={status} />
      <ConfirmDialog
        open={leaving}
        title={t('exchange.group.leaveTitle', { name: group.name })}
        confirmLabel={t('exchange.group.leaveConfirm')}
        danger
        busy={busy}
        onConfirm={() => void leave()}
        onCancel={() => setLeaving(false)}
      >
        <p>{t('exchange.group.leaveBody')}</p>
      </ConfirmDialog>
    </>
  );
}

type Reply = NonNullable<CallOutput<'exchange.importBundle'>['reply']>;

function FilesSection({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<string>('');
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [preview, setPreview] = useState<{ base64: string; effect: BundleEffect } | null>(null);
  const [reply, setReply] = useState<{ name: string; file: Reply | null } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function exportChanges() {
    setBusy('export');
    try {
      const file = await invoke('exchange.exportBundle', { to: to || null });
      if (!file.messages && to) {
        toast('info', t('exchange.files.nothing'));
        return;
      }
      downloadBase64(file.fileName, file.base64, file.mimeType);
      toast('success', t('exchange.files.exported'), t('exchange.files.exportedDetail', { file: file.fileName, count: file.messages, formatted: formatNumber(file.messages) }));
    } catch (error) {
      toast('error', toAppError(error).message);
    } finally {
      setBusy(null);
    }
  }

  async function open(file: File) {
    setBusy('import');
    try {
      const chosen = await readChosenFile(file, BUNDLE_MAX_BYTES);
      if (chosen === 'tooLarge') {
        toast('error', t('exchange.files.tooLarge'));
        return;
      }
      const effect = await invoke('exchange.previewBundle', { base64: chosen.base64 });
      setPreview({ base64: chosen.base64, effect });
    } catch (error) {
      toast('error', toAppError(error).message);
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  }

  async function apply() {
    if (!preview) return;
    setBusy('import');
    try {
      const result = await invoke('exchange.importBundle', { base64: preview.base64 });
      toast('success', t('exchange.preview.applied', { name: result.from.name }));
      setPreview(null);
      setReply({ name: result.from.name, file: result.reply });
    } catch (error) {
      toast('error', toAppError(error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section
      className="card settings-section"
      aria-labelledby="exchange-files"
      data-testid="exchange-files"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file) void open(file);
      }}
    >
      <h2 id="exchange-files">{t('exchange.files.title')}</h2>
      <p className="muted small">{t('exchange.files.hint')}</p>
      <div className="exchange-actions">
        <Field label={t('exchange.files.for')}>
          {(control) => (
            <select {...control} className="input" value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">{t('exchange.files.everyone')}</option>
              {status.laptops
                .filter((l) => !l.removed)
                .map((l) => (
                  <option key={l.node} value={l.node}>
                    {l.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <button type="button" className="button button-primary" onClick={() => void exportChanges()} disabled={busy !== null} aria-busy={busy === 'export'}>
          <Icon name="download" size={14} /> {t('exchange.files.export')}
        </button>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy !== null} aria-busy={busy === 'import'}>
          <Icon name="upload" size={14} /> {t('exchange.files.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".liaison-sync"
          hidden
          data-testid="exchange-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
          }}
        />
        <span className="muted small">{t('exchange.files.drop')}</span>
      </div>
      {reply ? (
        <Banner
          kind="info"
          title={reply.file ? t('exchange.preview.replyHint', { name: reply.name }) : t('exchange.preview.noReply', { name: reply.name })}
          actions={
            reply.file ? (
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  downloadBase64(reply.file!.fileName, reply.file!.base64, reply.file!.mimeType);
                  setReply(null);
                }}
              >
                {t('exchange.preview.reply', { name: reply.name })}
              </button>
            ) : undefined
          }
        />
      ) : null}
      {preview ? <PreviewDialog effect={preview.effect} busy={busy === 'import'} onApply={() => void apply()} onClose={() => setPreview(null)} /> : null}
    </section>
  );
}

function PreviewDialog(props: { effect: BundleEffect; busy: boolean; onApply: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { effect } = props;
  const rows = Object.entries(effect.tables);
  return (
    <Dialog
      open
      title={t('exchange.preview.title', { name: effect.from.name })}
      subtitle={t('exchange.preview.subtitle', { group: effect.group, formatted: formatNumber(effect.messages) })}
      busy={props.busy}
      onClose={props.onClose}
      testId="exchange-preview"
      actions={
        <DialogActions onCancel={props.onClose} onConfirm={props.onApply} busy={props.busy} markBusy>
          {t('exchange.preview.apply')}
        </DialogActions>
      }
    >
      <p>
        {effect.received
          ? t('exchange.preview.new', { count: effect.received, formatted: formatNumber(effect.received) })
          : t('exchange.preview.nothingNew')}
      </p>
      {rows.length ? (
        <table className="backups-table exchange-effect">
          <thead>
            <tr>
              <th scope="col">{t('exchange.preview.table')}</th>
              <th scope="col" className="num">
                {t('exchange.preview.created')}
              </th>
              <th scope="col" className="num">
                {t('exchange.preview.changed')}
              </th>
              <th scope="col" className="num">
                {t('exchange.preview.deleted')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([table, counts]) => (
              <tr key={table}>
                <th scope="row">{t(`exchange.tables.${table}`, { defaultValue: table })}</th>
                <td className="num">{formatNumber(counts.created)}</td>
                <td className="num">{formatNumber(counts.changed)}</td>
                <td className="num">{formatNumber(counts.deleted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {effect.conflicts ? <Banner kind="warning" title={t('exchange.preview.conflicts', { count: effect.conflicts })} /> : null}
      {effect.waiting ? <Banner kind="info" title={t('exchange.preview.waiting', { count: effect.waiting })} /> : null}
      {effect.heldForClock ? <Banner kind="warning" title={t('exchange.preview.clock', { count: effect.heldForClock, formatted: formatNumber(effect.heldForClock), name: effect.from.name })} /> : null}
    </Dialog>
  );
}

function ConflictsSection() {
  const { t } = useTranslation();
  const { data, error, refresh } = useCall('exchange.conflicts', {}, { watch: ['exchange'] });
  const [busy, setBusy] = useState<string | null>(null);
  const show = (value: unknown) => (value === null || value === '' ? t('exchange.conflicts.empty_value') : `“${typeof value === 'string' ? value : JSON.stringify(value)}”`);

  async function settle(conflict: ConflictInfo, use: 'kept' | 'other') {
    setBusy(conflict.id);
    try {
      await invoke('exchange.resolveConflict', { id: conflict.id, use });
      toast('success', t('exchange.conflicts.settled'));
    } catch (e) {
      toast('error', toAppError(e).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="exchange-conflicts" data-testid="exchange-conflicts">
      <h2 id="exchange-conflicts">{t('exchange.conflicts.title')}</h2>
      {error ? <LoadError title={t('exchange.loadFailed')} error={error} onRetry={() => void refresh()} /> : null}
      {data && !data.conflicts.length ? <p className="muted">{t('exchange.conflicts.empty')}</p> : null}
      <ul className="exchange-conflicts">
        {data?.conflicts.map((c) => (
          <li key={c.id} className="exchange-conflict">
            <div>
              <strong>{c.label || t(`exchange.tables.${c.dataset}`, { defaultValue: c.dataset })}</strong> · <span className="small">{t(`exchange.columns.${c.column}`, { defaultValue: c.column.replace(/_/g, ' ') })}</span>
            </div>
            <div className="small">
              {t('exchange.conflicts.line', { value: show(c.kept.value), laptop: c.kept.laptop, at: formatDateTime(c.kept.at) })}
            </div>
            <div className="button-row">
              <button type="button" className="button" disabled={busy === c.id} onClick={() => void settle(c, 'kept')}>
                {t('exchange.conflicts.keep')}
              </button>
              <button type="button" className="button button-primary" disabled={busy === c.id} onClick={() => void settle(c, 'other')}>
                {t('exchange.conflicts.other', { value: show(c.other.value), laptop: c.other.laptop, at: formatDateTime(c.other.at) })}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LaptopsSection({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ExchangeStatus['laptops'][number] | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!target) return;
    setBusy(true);
    try {
      await invoke('exchange.removeLaptop', { node: target.node });
      setTarget(null);
    } catch (e) {
      toast('error', toAppError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="exchange-laptops" data-testid="exchange-laptops">
      <h2 id="exchange-laptops">{t('exchange.laptops.title')}</h2>
      {status.laptops.length ? (
        <table className="backups-table">
          <thead>
            <tr>
              <th scope="col">{t('exchange.laptops.name')}</th>
              <th scope="col">{t('exchange.laptops.last')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {status.laptops.map((l) => (
              <tr key={l.node}>
                <th scope="row">{l.name}</th>
                <td>{l.lastExchange ? formatDateTime(l.lastExchange) : t('exchange.laptops.never')}</td>
                <td className="num">
                  {l.removed ? (
                    <span className="muted small">{t('exchange.laptops.removed')}</span>
                  ) : (
                    <button type="button" className="button button-small" onClick={() => setTarget(l)}>
                      {t('exchange.laptops.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState icon="people" title={t('exchange.laptops.empty')} />
      )}
      <ConfirmDialog
        open={target !== null}
        title={t('exchange.laptops.removeTitle', { name: target?.name ?? '' })}
        confirmLabel={t('exchange.laptops.remove')}
        danger
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setTarget(null)}
      >
        <p>{t('exchange.laptops.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function ServerSection({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const server = status.server;
  const [url, setUrl] = useState(server?.url ?? '');
  const [busy, setBusy] = useState<'save' | 'sync' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy('save');
    setProblem(null);
    try {
      await invoke('exchange.setServer', { url: url.trim() || null });
      toast('success', url.trim() ? t('exchange.server.saved') : t('exchange.server.stopped'));
    } catch (error) {
      setProblem(toAppError(error).message);
    } finally {
      setBusy(null);
    }
  }

  async function sync() {
    setBusy('sync');
    try {
      const done = await invoke('exchange.syncNow', {});
      toast('success', t('exchange.server.synced'), t('exchange.server.syncedDetail', { sent: formatNumber(done.sent), received: formatNumber(done.received) }));
    } catch (error) {
      toast('error', t('exchange.server.failed'), toAppError(error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="exchange-server" data-testid="exchange-server">
      <h2 id="exchange-server">{t('exchange.server.title')}</h2>
      <p className="muted small">{t('exchange.server.hint')}</p>
      {problem ? <Banner kind="error" title={problem} /> : null}
      <form className="exchange-actions" onSubmit={save} noValidate>
        <Field label={t('exchange.server.url')} hint={t('exchange.server.urlHint')}>
          {(control) => (
            <input {...control} className="input" type="url" inputMode="url" maxLength={200} placeholder="http://192.168.1.20:5107" value={url} onChange={(e) => setUrl(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button" disabled={busy !== null} aria-busy={busy === 'save'}>
          {url.trim() ? t('exchange.server.use') : t('exchange.server.stop')}
        </button>
        {server ? (
          <button type="button" className="button button-primary" onClick={() => void sync()} disabled={busy !== null} aria-busy={busy === 'sync'}>
            {t('exchange.server.syncNow')}
          </button>
        ) : null}
      </form>
      {server ? (
        <p className="small" data-testid="exchange-server-state">
          {server.reachable ? t('exchange.server.reachable') : t('exchange.server.unreachable')} ·{' '}
          {server.lastSync ? t('exchange.server.lastSync', { at: formatDateTime(server.lastSync) }) : t('exchange.server.never')} ·{' '}
          {t('exchange.server.pending', { count: server.pending, formatted: formatNumber(server.pending) })}
        </p>
      ) : null}
    </section>
  );
}
