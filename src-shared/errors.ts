/** Errors cross every boundary as data, never as thrown objects or stack traces. */
export const errorCodes = ['invalid_input', 'not_found', 'conflict', 'internal', 'locked', 'read_only'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `emails.1`. Empty for the whole input. */
  path: string;
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[]; [key: string]: unknown };
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };

/** Thrown inside services; converted to {@link AppErrorData} at the transport boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: AppErrorData['details'];
  constructor(code: ErrorCode, message: string, details?: AppErrorData['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toData(): AppErrorData {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as AppErrorData).message === 'string' &&
    (errorCodes as readonly string[]).includes((value as AppErrorData).code)
  );
}
