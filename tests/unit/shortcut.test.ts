import { describe, expect, it } from 'vitest';
import { formatShortcut } from '../../src-renderer/lib/shortcut';

describe('formatShortcut', () => {
  it('writes Ctrl and the key with a plus outside macOS', () => {
    expect(formatShortcut('Mod+2', { mac: false })).toBe('Ctrl+2');
    expect(formatShortcut('Mod+Shift+Z', { mac: false, ctrl: 'Strg' })).toBe('Strg+Shift+Z');
  });

  it('writes the symbols run together on macOS', () => {
    expect(formatShortcut('Mod+2', { mac: true })).toBe('⌘2');
    expect(formatShortcut('Mod+Shift+Z', { mac: true })).toBe('⌘⇧Z');
  });

  it('leaves a single key as it is', () => {
    expect(formatShortcut('N', { mac: false })).toBe('N');
    expect(formatShortcut('N', { mac: true })).toBe('N');
  });
});
