/** Folders that file-sync services keep in step between machines, by a part of the path they live under. */
const SERVICES: ReadonlyArray<[string, RegExp]> = [
  ['OneDrive', /^onedrive( - .+)?$/i],
  ['Dropbox', /^dropbox( \(.+\))?$/i],
  ['Google Drive', /^(google ?drive|my drive|googledrive)$/i],
  ['iCloud Drive', /^(icloud ?drive|mobile documents)$/i],
  ['Nextcloud', /^nextcloud$/i],
  ['ownCloud', /^owncloud$/i],
  ['Box', /^box( sync)?$/i],
  ['pCloud', /^pcloud( ?drive)?$/i],
  ['MEGA', /^mega(sync)?$/i],
  ['Sync.com', /^sync$/i],
];

/**
 * The service that would copy the data folder to other machines, or null. Two copies of one store
 * file, changed on two machines, fork it: one laptop's work overwrites the other's when the service
 * syncs, where exchange would have merged them.
 */
export function syncedFolderService(dataDir: string): string | null {
  const parts = dataDir.split(/[\\/]/).filter(Boolean);
  for (const part of parts) for (const [name, pattern] of SERVICES) if (pattern.test(part)) return name;
  return null;
}

