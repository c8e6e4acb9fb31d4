import { AppError } from '../../src-shared/errors';

/** A wrong value reported on its field, so the form can show it there. */
export function invalidField(path: string, message: string): AppError {
  return new AppError('invalid_input', message, { issues: [{ path, message }] });
}

export function notFound(what: string, id: string): AppError {
  return new AppError('not_found', `${what} not found`, { id });
}

/** An edit made on a copy older than the row: saving it would silently undo someone else's change. */
export function staleEdit(what: string, current: string): AppError {
  return new AppError('conflict', `${what} was changed elsewhere after you opened it. Reload to see the latest version.`, {
    currentUpdatedAt: current,
  });
}
