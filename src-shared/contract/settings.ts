import { z } from 'zod';

/** Preferences of this installation that must survive a restart whatever the transport (the loopback's origin changes every run). */
export const settingKey = z.enum(['calendar.filter', 'calendar.view']);
export type SettingKey = z.infer<typeof settingKey>;

export const settingsCalls = {
  'settings.get': {
    summary: 'A stored preference, or null.',
    mutates: false,
    input: z.object({ key: settingKey }).strict(),
    output: z.object({ value: z.unknown().nullable() }),
  },
  'settings.set': {
    summary: 'Store a preference (any JSON value up to 64 KB).',
    mutates: true,
    input: z
      .object({ key: settingKey, value: z.unknown() })
      .strict()
      .refine((s) => s.value !== undefined && JSON.stringify(s.value).length <= 65_536, { message: 'The value must be JSON of at most 64 KB', path: ['value'] }),
    output: z.object({ value: z.unknown().nullable() }),
  },
} as const;
