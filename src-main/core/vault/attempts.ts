/** Wrong passphrases wait longer each time: 1 s, 2 s, 4 s … up to a minute; a right one resets the count. */
export class Attempts {
  private failures = 0;
  private notBefore = 0;
  constructor(private readonly now: () => number = Date.now) {}

  retryAfterMs(): number {
    return Math.max(0, this.notBefore - this.now());
  }

  failed(): number {
    this.failures += 1;
    const wait = Math.min(1000 * 2 ** (this.failures - 1), 60_000);
    this.notBefore = this.now() + wait;
    return wait;
  }

  succeeded(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}
