import { v7 as uuidv7 } from 'uuid';

/** A UUIDv7: time-ordered, so ids sort by creation and stay unique across laptops. */
export const newId = (): string => uuidv7();

/** Timestamps are stored as ISO 8601 UTC with milliseconds, which sort as text. */
export const nowIso = (): string => new Date().toISOString();
