/** Event rosters: who comes from which country and agency (filled by the rosters work). */
export const rosterCalls = {} as const;
