/** better-sqlite3 13 needs Node 22.12+; an older Node crashes inside it instead of saying why. */
export function unsupportedNodeMessage(version: string = process.versions.node): string | null {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return null;
  return `Liaison needs Node 22.12 or newer, and this is Node ${version}. Start it with "npm start" or "npm run serve", which use the Node 24 installed with the project.`;
}
