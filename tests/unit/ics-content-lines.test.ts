import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, fold, paramValue, type Property } from '../../src-main/core/ics/content-lines';
import { icsText } from '../../src-main/core/files';

describe('ics content lines', () => {
  it('folds at 75 octets counting the continuation space, never inside a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = fold(line);
        for (const physical of folded.split('\r\n')) {
          expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
          // A line cut inside a character (a lone surrogate) would not survive UTF-8 and back.
          expect(Buffer.from(physical, 'utf8').toString('utf8')).toBe(physical);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });

  it('escapes TEXT and parameters so that ical.js reads back the same values', () => {
    const props: Property[] = [
      ['summary', {}, 'text', 'Meeting; budget, plan \\ notes\nsecond line\u0000'],
      ['attendee', { cn: 'Kranjc, "Boštjan"; ^chair', role: 'CHAIR' }, 'cal-address', 'mailto:b@example.org'],
      ['categories', {}, 'text', 'Drugs, heroin', 'SELEC;HQ'],
      ['dtstart', {}, 'date', '2024-06-12'],
      ['x-liaison-venue-name', {}, 'text', 'Hotel, Vienna'],
    ];
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', ...props.map(contentLine), 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('Meeting; budget, plan \\ notes\nsecond line');
    const attendee = event.getFirstProperty('attendee')!;
    expect(attendee.getParameter('cn')).toBe('Kranjc, "Boštjan"; ^chair');
    expect(attendee.getParameter('role')).toBe('CHAIR');
    expect(event.getFirstProperty('categories')!.getValues()).toEqual(['Drugs, heroin', 'SELEC;HQ']);
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2024-06-12');
    expect(event.getFirstPropertyValue('x-liaison-venue-name')).toBe('Hotel, Vienna');
  });
});

describe('ics content lines, the shortcuts', () => {
  const slowText = (value: string) => icsText(value).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
  const slowParam = (value: string) => {
    const escaped = icsText(value).replace(/[\^"\n]/g, (c) => (c === '^' ? '^^' : c === '"' ? "^'" : '^n'));
    return /[:;,]/.test(escaped) ? `"${escaped}"` : escaped;
  };

  it('escapes TEXT and parameter values as the full escaping does, whether or not a value needs any', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (value) => {
        expect(escapeText(value)).toBe(slowText(value));
        expect(paramValue(value)).toBe(slowParam(value));
      }),
    );
  });

  it('folds ASCII lines every 75 octets, then every 74 after the continuation space', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = fold(line);
        const physical = folded.split('\r\n');
        for (const [i, part] of physical.entries()) {
          expect(part.length).toBeLessThanOrEqual(75);
          if (i < physical.length - 1) expect(part.length).toBe(75);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});
