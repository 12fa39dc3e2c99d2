import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csv', () => {
  it('quotes every field and doubles inner quotes', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('""');
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('defuses the formula %j', (text) => {
    expect(csvField(text).startsWith(`"'`)).toBe(true);
  });

  it('writes numbers, negative ones too, as numbers', () => {
    expect(csvField(-5)).toBe('"-5"');
    expect(csvField(Number.NaN)).toBe('""');
  });

  it('makes rows with a header, lines ended by CRLF', () => {
    expect(toCsv(['Link', 'Visitors'], [['=cmd', 3], ['School chat', 0]])).toBe('"Link","Visitors"\r\n"\'=cmd","3"\r\n"School chat","0"\r\n');
  });
});
