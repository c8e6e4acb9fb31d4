import type { CallArgs, CallOutput } from '../../../src-shared/contract';
import { nowIso } from '../ids';
import { englishOrdinal } from '../ordinal';
import type { Store } from '../store/open';
import { checkedInstants } from './when';
import type { EventsWriter } from './writer';

interface SeriesMeeting {
  id: string;
  status: string;
  starts_at: string;
  series_number: number | null;
  title: string;
}

type RenumberPreview = CallOutput<'events.renumberPreview'>;

/** Stands for an event not saved yet: sorts after every stored id, as a new UUIDv7 would. */
const NEW_EVENT = '~new';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('en') + text.slice(1);

/** The numbers and titles of a series' meetings, in date order: cancelled ones are not counted. */
export function numberSeries(series: { name: string; first_number: number }, meetings: readonly { status: string }[]) {
  let n = series.first_number - 1;
  return meetings.map((e) => {
    const number = e.status === 'cancelled' ? null : ++n;
    return { number, title: number === null ? `${capitalise(series.name)} (cancelled)` : `${englishOrdinal(number)} ${series.name}` };
  });
}

/** "9th meeting of …": numbers a series' meetings by date, and says beforehand what saving an event would renumber. */
export function seriesNumbering(db: Store, writer: EventsWriter) {
  const seriesById = db.prepare<[string], { id: string; body_id: string; name: string; first_number: number }>(
    'SELECT id, body_id, name, first_number FROM series WHERE id = ?',
  );
  const seriesEvents = db.prepare<[string], SeriesMeeting>(
    'SELECT id, status, starts_at, series_number, title FROM events WHERE series_id = ? ORDER BY starts_at, id',
  );
  const seriesOf = db.prepare<[string], { series_id: string | null }>('SELECT series_id FROM events WHERE id = ?');

  /** Numbers the series' events by date, skipping cancelled ones, and titles them "9th meeting of …". */
  const renumber = (seriesId: string | null) => {
    if (!seriesId) return;
    const series = seriesById.get(seriesId);
    if (!series) return;
    const now = nowIso();
    const meetings = seriesEvents.all(seriesId);
    numberSeries(series, meetings).forEach(({ number, title }, i) => {
      const e = meetings[i]!;
      if (number === e.series_number && title === e.title) return;
      writer.events.update(e.id, (old) => ({ series_number: number, title, ical_sequence: old.ical_sequence + 1, updated_at: now }));
    });
  };

  /**
   * What saving an event would do to the numbers of its series (and of the series it leaves):
   * the number it gets and every other meeting whose number changes. Nothing is written.
   */
  const preview = (args: CallArgs<'events.renumberPreview'>): RenumberPreview => {
    const startsAt = args.startsAt ?? checkedInstants(args.when!).startsAt;
    const self = args.id ?? NEW_EVENT;
    const previous = args.id ? (seriesOf.get(args.id)?.series_id ?? null) : null;
    const result: RenumberPreview = { number: null, renumbered: [] };
    for (const seriesId of new Set([args.seriesId, previous])) {
      const series = seriesId ? seriesById.get(seriesId) : undefined;
      if (!series) continue;
      const meetings = seriesEvents.all(series.id).filter((e) => e.id !== self);
      if (series.id === args.seriesId) {
        meetings.push({ id: self, status: args.status, starts_at: startsAt, series_number: null, title: '' });
        // The same order as the SQL: by start, then by id (a new event's id sorts after every stored one).
        meetings.sort((a, b) => (a.starts_at === b.starts_at ? compare(a.id, b.id) : compare(a.starts_at, b.starts_at)));
      }
      numberSeries(series, meetings).forEach(({ number }, i) => {
        const e = meetings[i]!;
        if (e.id === self) result.number = number;
        else if (number !== e.series_number) {
          result.renumbered.push({ eventId: e.id, title: e.title, startsAt: e.starts_at, from: e.series_number, to: number });
        }
      });
    }
    return result;
  };

  return { renumber, preview, seriesById: (id: string) => seriesById.get(id) };
}
