/** A name as an address list shows it: quoted when it holds a character that separates or delimits addresses. */
const displayName = (name: string) => (/[,;<>"@()[\]:\\]/.test(name) ? `"${name.replace(/["\\]/g, '')}"` : name);

/** "Name <email>; Name <email>", as Outlook's To: line takes it; people without an email are returned apart. */
export function addressList<P extends { fullName: string; emails: readonly string[] }>(people: readonly P[]): { text: string; with: P[]; without: P[] } {
  const withEmail = people.filter((p) => p.emails.length > 0);
  return {
    text: withEmail.map((p) => `${displayName(p.fullName)} <${p.emails[0]}>`).join('; '),
    with: withEmail,
    without: people.filter((p) => p.emails.length === 0),
  };
}

/** Puts text on the clipboard; where the clipboard API is refused (Electron denies permissions), the older copy command still works. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Falls through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  const active = document.activeElement as HTMLElement | null;
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  active?.focus();
  if (!ok) throw new Error('The clipboard is not available');
}
