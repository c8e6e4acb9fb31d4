import { describe, expect, it } from 'vitest';
import { parseClock } from '../../src-renderer/components/TimeInput';

describe('a time typed in 24-hour form', () => {
  it('reads what people type and refuses what is no time', () => {
    expect(parseClock('9')).toBe('09:00');
    expect(parseClock('930')).toBe('09:30');
    expect(parseClock('09:30')).toBe('09:30');
    expect(parseClock('9.30')).toBe('09:30');
    expect(parseClock('9h30')).toBe('09:30');
    expect(parseClock('23:59')).toBe('23:59');
    expect(parseClock(' ')).toBe('');
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('9:75')).toBeNull();
    expect(parseClock('9 AM')).toBeNull();
  });
});
