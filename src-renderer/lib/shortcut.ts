export const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

const macSymbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Enter: '↩' };

/**
 * Writes a shortcut the way the system does: "Ctrl+2" on Windows and Linux, "⌘2" on macOS.
 * `combo` joins keys with "+", "Mod" standing for Ctrl or ⌘; `ctrl` is the translated name of Ctrl.
 */
export function formatShortcut(combo: string, options: { mac?: boolean; ctrl?: string } = {}): string {
  const mac = options.mac ?? isMac;
  const keys = combo.split('+');
  if (mac) return keys.map((key) => macSymbols[key] ?? key).join('');
  return keys.map((key) => (key === 'Mod' ? (options.ctrl ?? 'Ctrl') : key)).join('+');
}
