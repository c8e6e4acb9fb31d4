/** Where a key moves the selection in a list of `count` rows showing `page` rows at a time; null when the key does not move it. */
export function gridTarget(key: string, at: number, page: number, count: number): number | null {
  const moves: Record<string, () => number> = {
    ArrowDown: () => (at < 0 ? 0 : at + 1),
    ArrowUp: () => (at < 0 ? 0 : at - 1),
    PageDown: () => (at < 0 ? 0 : at + page),
    PageUp: () => (at < 0 ? 0 : at - page),
    Home: () => 0,
    End: () => count - 1,
  };
  return moves[key]?.() ?? null;
}
