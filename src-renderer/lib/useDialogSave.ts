import { useState } from 'react';
import { toAppError } from './client';
import { errorsOf, type FieldErrors } from './issues';

/**
 * A form dialog's save: `busy` while it runs (a second save meanwhile is ignored), the field
 * messages of a refusal in `errors`, and — with `conflicts` — `conflict` when someone saved the
 * record meanwhile, for the dialog to offer overwriting it. `reset` clears both for a new record.
 */
export function useDialogSave(options: { conflicts: boolean }) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState(false);

  async function run(work: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      await work();
    } catch (e) {
      if (options.conflicts && toAppError(e).code === 'conflict') setConflict(true);
      else setErrors(errorsOf(e));
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setErrors({});
    setConflict(false);
  }

  return { busy, errors, setErrors, conflict, run, reset };
}
