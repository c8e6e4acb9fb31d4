import { useEffect, useRef, useState } from 'react';
import type { AppErrorData, FieldIssue } from '../../src-shared/errors';
import { useCommand, useLeaveGuard } from './commands';
import { toAppError } from './client';
import { issuesByPath, type FieldErrors } from './issues';
import type { PanelState } from './listView';

export type EditorProblem = { kind: 'conflict' } | { kind: 'not_found' } | { kind: 'error'; error: AppErrorData };

interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** What a list screen hands to the panel that edits one of its records. */
export interface RecordPanelProps<R> {
  state: NonNullable<PanelState<R>>;
  onClose: () => void;
  onSaved: (record: R, created: boolean) => void;
  onDeleted: (record: R) => void;
}

/** The calls behind one kind of record; `update` without `expectedUpdatedAt` overwrites. */
export interface RecordCalls<R, I> {
  get: (id: string) => Promise<R>;
  create: (input: I) => Promise<R>;
  update: (input: I, target: { id: string; expectedUpdatedAt: string | undefined }) => Promise<R>;
  remove: (id: string) => Promise<unknown>;
  /** The contract's own check, run before anything is sent. */
  validate: (input: I) => FieldIssue[];
}

export interface RecordForm<R, D, I> {
  empty: D;
  /** A draft the form had before it was mounted again (after an error): shown instead of the record's, still unsaved. */
  restored?: D | undefined;
  /** Called when the user throws the draft away (to drop a copy kept elsewhere). */
  onDiscard?: () => void;
  toDraft: (record: R) => D;
  toInput: (draft: D) => I;
  calls: RecordCalls<R, I>;
}

/**
 * Draft, validation, save, conflict, delete and discard handling for a panel that edits one
 * record. The draft is what the user typed; it counts as changed only when it would send
 * something different, so blank list rows are not edits.
 */
export function useRecordEditor<R extends StoredRecord, D, I>(props: RecordPanelProps<R>, form: RecordForm<R, D, I>) {
  const { state } = props;
  const { calls, toInput } = form;
  const startRow = state.mode === 'edit' ? state.row : null;
  const [record, setRecord] = useState<R | null>(startRow);
  const [initial, setInitial] = useState<D>(() => (startRow ? form.toDraft(startRow) : form.empty));
  const [draft, setDraft] = useState<D>(() => form.restored ?? initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<EditorProblem | null>(null);
  const [confirm, setConfirm] = useState<'delete' | 'discard' | null>(null);
  const [deleting, setDeleting] = useState(false);
  // What to do once the user agrees to discard (close by default, or open another item).
  const afterDiscard = useRef<(() => void) | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const dirtyRef = useRef(false);

  const dirty = JSON.stringify(toInput(draft)) !== JSON.stringify(toInput(initial));
  dirtyRef.current = dirty;

  async function fetchLatest(replaceDraft: boolean) {
    if (state.mode !== 'edit') return;
    try {
      const latest = await calls.get(state.id);
      setRecord(latest);
      if (replaceDraft || !dirtyRef.current) {
        const fresh = form.toDraft(latest);
        setInitial(fresh);
        setDraft(fresh);
        setErrors({});
      }
      setProblem(null);
    } catch (error) {
      const data = toAppError(error);
      setProblem(data.code === 'not_found' ? { kind: 'not_found' } : { kind: 'error', error: data });
    }
  }

  // The row from the list may be a few seconds old: fetch the stored version once.
  useEffect(() => {
    void fetchLatest(false);
  }, []);

  // After a first save attempt, messages follow the typing.
  useEffect(() => {
    if (attempted) setErrors(issuesByPath(calls.validate(toInput(draft))));
  }, [draft, attempted]);

  function change<K extends keyof D>(field: K, value: D[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
  }

  async function save(overwrite = false) {
    if (saving) return;
    const input = toInput(draft);
    setAttempted(true);
    setProblem(null);
    setSaving(true);
    try {
      const saved =
        state.mode === 'edit'
          ? await calls.update(input, { id: state.id, expectedUpdatedAt: overwrite ? undefined : record?.updatedAt })
          : await calls.create(input);
      setInitial(draft);
      props.onSaved(saved, state.mode === 'new');
    } catch (error) {
      const data = toAppError(error);
      if (data.code === 'invalid_input') {
        const found = issuesByPath(data.details?.issues ?? []);
        setErrors(found);
        if (Object.keys(found).length === 0) setProblem({ kind: 'error', error: data });
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      } else if (data.code === 'conflict') {
        setProblem({ kind: 'conflict' });
      } else if (data.code === 'not_found') {
        setProblem({ kind: 'not_found' });
      } else {
        setProblem({ kind: 'error', error: data });
      }
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    if (!record) return;
    setDeleting(true);
    try {
      await calls.remove(record.id);
      setConfirm(null);
      props.onDeleted(record);
    } catch (error) {
      const data = toAppError(error);
      setConfirm(null);
      setProblem(data.code === 'not_found' ? { kind: 'not_found' } : { kind: 'error', error: data });
    } finally {
      setDeleting(false);
    }
  }

  function requestClose() {
    if (confirm) return;
    if (dirty) {
      afterDiscard.current = null;
      setConfirm('discard');
    } else {
      props.onClose();
    }
  }

  function discard() {
    setConfirm(null);
    form.onDiscard?.();
    const next = afterDiscard.current;
    afterDiscard.current = null;
    if (next) next();
    else props.onClose();
  }

  useLeaveGuard((proceed) => {
    if (!dirtyRef.current) return proceed();
    afterDiscard.current = proceed;
    setConfirm('discard');
  });

  useCommand('save', () => void save(), !confirm);
  useCommand('close', requestClose);

  return {
    editing: state.mode === 'edit',
    record,
    draft,
    setDraft,
    change,
    errors,
    saving,
    deleting,
    problem,
    confirm,
    setConfirm,
    formRef,
    save,
    fetchLatest,
    remove,
    requestClose,
    discard,
  };
}

export type RecordEditor<R extends StoredRecord = StoredRecord> = ReturnType<typeof useRecordEditor<R, any, any>>;
