import { invalidField } from './groups.errors';

/** Trimmed text within bounds, or null when optional and empty. */
export function requiredText(field: string, value: string, max: number): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > max) throw invalidField(field, `write 1 to ${max} characters`);
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(field, value, max);
}

export function isoDate(field: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw invalidField(field, 'write a date as YYYY-MM-DD');
  }
  return value;
}
