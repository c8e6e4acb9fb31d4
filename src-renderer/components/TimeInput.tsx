import { type InputHTMLAttributes, useEffect, useState } from 'react';
import { currentLanguage, currentLocales } from '../lib/locale';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'onBlur'>;

const uses24Hours = (locales: readonly string[]) => {
  const cycle = new Intl.DateTimeFormat(locales as string[], { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24';
};

/**
 * Chromium draws `<input type="time">` in the locale of the browser itself (the system's), not the
 * page's, and a page cannot ask which that is: a Serbian interface on an English system showed
 * "09:00 AM". In English the interface follows the system, so its own control is right; in a language
 * chosen apart from it that writes 24-hour times, the time is a text field in 24-hour form instead.
 */
export function typedClock(): boolean {
  return currentLanguage().code !== 'en' && uses24Hours(currentLocales());
}

/** "9" → 09:00, "930" → 09:30, "9.30" / "9h30" / "09:30" → 09:30; empty → ''; anything else null. */
export function parseClock(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const m = /^(\d{1,2})(?:\s*[:.h]\s*|\s+)?(\d{2})?$/.exec(trimmed);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export interface TimeInputProps extends InputProps {
  /** `HH:MM`, or '' for no time. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: (value: string) => void;
}

/** A time of day as `HH:MM`: the browser's own control, or typed in 24-hour form (see `typedClock`). */
export function TimeInput({ value, onChange, onBlur, className, ...rest }: TimeInputProps) {
  const typed = typedClock();
  const [text, setText] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(value);
  }, [value, focused]);

  if (!typed) {
    return <input {...rest} type="time" className={className} value={value} onChange={(e) => onChange(e.target.value)} onBlur={(e) => onBlur?.(e.target.value)} />;
  }
  const parsed = parseClock(text);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      placeholder="HH:MM"
      className={className}
      value={text}
      aria-invalid={parsed === null ? true : rest['aria-invalid']}
      onFocus={() => setFocused(true)}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseClock(e.target.value);
        if (next !== null) onChange(next);
      }}
      onBlur={() => {
        setFocused(false);
        const next = parseClock(text);
        if (next !== null) setText(next);
        else setText(value);
        onBlur?.(next ?? value);
      }}
    />
  );
}

export interface DateTimeInputProps extends InputProps {
  /** `YYYY-MM-DDTHH:MM`, as `<input type="datetime-local">` gives it. */
  value: string;
  onChange: (value: string) => void;
  timeLabel: string;
}

/** A day and a time: the browser's own control, or its day with a 24-hour time beside it. */
export function DateTimeInput({ value, onChange, timeLabel, className, min, ...rest }: DateTimeInputProps) {
  if (!typedClock()) {
    return <input {...rest} type="datetime-local" className={className} min={min} value={value} onChange={(e) => onChange(e.target.value)} />;
  }
  const [day = '', time = ''] = value.split('T');
  const join = (d: string, t: string) => (d ? `${d}T${t || '00:00'}` : '');
  return (
    <span className="datetime-typed">
      <input {...rest} type="date" className={className} value={day} onChange={(e) => onChange(join(e.target.value, time))} />
      <TimeInput className={className} aria-label={timeLabel} value={time.slice(0, 5)} onChange={(t) => onChange(join(day, t))} />
    </span>
  );
}
