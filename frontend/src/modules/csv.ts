/**
 * CSV made in the browser from figures already on the page (the campaign dashboard's tables).
 * Every field is quoted with inner quotes doubled; text starting with = + - @ or a tab/return is
 * prefixed with ' so that a spreadsheet shows it instead of running it as a formula (a campaign or
 * channel name is typed by people, and a referring site's host comes from anyone's browser).
 * Numbers are written as they are: a number is never a formula.
 */
export function csvField(value: string | number | null | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `"${value}"` : '""';
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
