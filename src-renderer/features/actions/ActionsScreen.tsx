/** Action items across every event: open and overdue first. */
export function ActionsScreen() {
  return null;
}
