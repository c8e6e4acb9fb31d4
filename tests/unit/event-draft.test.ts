import { describe, expect, it } from 'vitest';
import { emptyEventDraft, withEnd, withStart, type EventDraft } from '../../src-renderer/features/events/draft';

/** What a date input holds after each digit of 13/04/2027 typed over 05/12/2026, as Chromium reports it. */
const typed = ['2026-12-01', '2026-12-13', '2026-04-13', '0002-04-13', '0020-04-13', '0202-04-13', '2027-04-13'];

describe('the event form while a date is typed', () => {
  it('never parses an empty or half-typed first day (V8 reads ":00Z" as a date)', () => {
    const draft = emptyEventDraft({ allDay: true, start: '2026-12-05', end: '2026-12-06' });
    for (const start of ['', '2026-1', '0000-00-00', '+275760-09-13']) {
      expect(() => withStart(draft, start)).not.toThrow();
      expect(withStart(draft, start)).toMatchObject({ start, end: '2026-12-06' });
    }
    const timed = emptyEventDraft({ allDay: false, start: '2026-12-05T09:00', end: '2026-12-05T17:00' });
    expect(withStart(timed, '')).toMatchObject({ start: '', end: '2026-12-05T17:00' });
  });

  it('keeps the length once the first day is complete, and never lets the last day drift while it is not', () => {
    let draft: EventDraft = emptyEventDraft({ allDay: true, start: '2026-12-05', end: '2026-12-06' });
    const ends: string[] = [];
    for (const start of typed) {
      draft = withStart(draft, start);
      ends.push(draft.end);
    }
    expect(ends).toEqual(['2026-12-02', '2026-12-14', '2026-04-14', '2026-04-14', '2026-04-14', '2026-04-14', '2027-04-14']);
  });

  it('takes a new length from the last day, and moves timed events by their length too', () => {
    let draft: EventDraft = emptyEventDraft({ allDay: true, start: '2027-04-13', end: '2027-04-13' });
    draft = withEnd(draft, '2027-04-15');
    expect(withStart(draft, '2027-05-01').end).toBe('2027-05-03');
    let timed: EventDraft = emptyEventDraft({ allDay: false, start: '2027-04-13T09:00', end: '2027-04-13T17:30' });
    timed = withStart(timed, '0202-04-13T09:00');
    expect(timed.end).toBe('2027-04-13T17:30');
    expect(withStart(timed, '2027-04-20T10:00').end).toBe('2027-04-20T18:30');
  });
});
