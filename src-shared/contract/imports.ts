/** Imports of directory entries from CSV and XLSX (filled by the rosters work). */
export const importCalls = {} as const;
