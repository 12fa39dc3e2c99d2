/** "12 – 14 March 2026" (or one day) in the reader's language, from YYYY-MM-DD dates. */
export function formatDates(startsOn: string, endsOn: string, locale: string): string {
  const start = new Date(`${startsOn}T12:00:00Z`);
  const end = new Date(`${endsOn}T12:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsOn} – ${endsOn}`;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return startsOn === endsOn ? format.format(start) : format.formatRange(start, end);
}

/** A moment (ISO date-time) as a date and time in the reader's language. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
