/** Shared by the contract (which refuses a weak passphrase) and the renderer (which shows the hint while typing). */
export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 256;

export type Strength = 0 | 1 | 2 | 3 | 4;

/**
 * A rough estimate of guessing cost in bits: the size of the alphabet used times the length,
 * with repeated characters and common sequences counted once. Good enough to steer a user
 * towards a long phrase; the real protection is Argon2id's cost per guess.
 */
export function passphraseBits(passphrase: string): number {
  const chars = [...passphrase];
  if (chars.length === 0) return 0;
  let alphabet = 0;
  if (/[a-z]/.test(passphrase)) alphabet += 26;
  if (/[A-Z]/.test(passphrase)) alphabet += 26;
  if (/[0-9]/.test(passphrase)) alphabet += 10;
  if (/[^a-zA-Z0-9]/.test(passphrase)) alphabet += 33;
  let effective = 0;
  for (let i = 0; i < chars.length; i++) {
    const prev = chars[i - 1];
    const same = prev === chars[i];
    const step = prev !== undefined && Math.abs(chars[i]!.codePointAt(0)! - prev.codePointAt(0)!) === 1;
    effective += same || step ? 0.25 : 1;
  }
  return Math.round(effective * Math.log2(Math.max(alphabet, 2)));
}

export function passphraseStrength(passphrase: string): Strength {
  const bits = passphraseBits(passphrase);
  if ([...passphrase].length < PASSPHRASE_MIN || bits < 40) return 0;
  if (bits < 56) return 1;
  if (bits < 72) return 2;
  if (bits < 90) return 3;
  return 4;
}
