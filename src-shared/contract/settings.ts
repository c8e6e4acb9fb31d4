import { z } from 'zod';
import type { CallSpec } from './domains';

/** Preferences of this installation that must survive a restart whatever the transport (the loopback's origin changes every run). */
export const settingKey = z.enum(['calendar.filter', 'calendar.view']);
export type SettingKey = z.infer<typeof settingKey>;

const MAX_DEPTH = 32;
const MAX_BYTES = 65_536;

/** Walks without recursion, so a value nested thousands deep is measured rather than overflowing the stack. */
function depthWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return false;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return true;
}

/** A preference is small, shallow JSON: bounded before anything serialises or stores it. */
const settingValue = z.unknown().superRefine((value, ctx) => {
  if (value === undefined) return ctx.addIssue({ code: 'custom', message: 'A value is required' });
  if (!depthWithin(value, MAX_DEPTH)) return ctx.addIssue({ code: 'custom', message: `At most ${MAX_DEPTH} levels of nesting` });
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return ctx.addIssue({ code: 'custom', message: 'The value must be plain JSON' });
  }
  if (json === undefined || new TextEncoder().encode(json).length > MAX_BYTES) {
    ctx.addIssue({ code: 'custom', message: 'The value must be JSON of at most 64 KB' });
  }
});

export const settingsCalls = {
  'settings.get': {
    summary: 'A stored preference, or null.',
    mutates: false,
    input: z.object({ key: settingKey }).strict(),
    output: z.object({ value: z.unknown().nullable() }),
  },
  'settings.set': {
    summary: 'Store a preference (any JSON value up to 64 KB and 32 levels deep).',
    mutates: true,
    changes: ['settings'],
    input: z.object({ key: settingKey, value: settingValue }).strict(),
    output: z.object({ value: z.unknown().nullable() }),
  },
  'settings.sortLanguage': {
    summary: 'Sort lists of people and organisations in a language (a BCP 47 tag; English where the tag is unknown): their keys are rewritten once when it changes.',
    mutates: true,
    changes: ['people', 'organisations'],
    input: z.object({ locale: z.string().trim().min(1).max(35) }).strict(),
    output: z.object({ locale: z.string(), changed: z.boolean() }),
  },
} as const satisfies Record<string, CallSpec>;
