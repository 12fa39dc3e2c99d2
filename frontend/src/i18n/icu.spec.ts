import { describe, expect, it } from 'vitest';
import { formatIcu, IcuSyntaxError, parseIcu } from './icu';

describe('formatIcu', () => {
  it('fills in named values when a message has arguments', () => {
    expect(formatIcu('Call {name}: {phone}', { name: 'Hotline', phone: '113' }, 'en')).toBe('Call Hotline: 113');
  });

  it('chooses the Russian plural forms one, few and many when a count is given', () => {
    const message = '{count, plural, one {# курс} few {# курса} many {# курсов} other {# курса}}';
    expect(formatIcu(message, { count: 1 }, 'ru')).toBe('1 курс');
    expect(formatIcu(message, { count: 3 }, 'ru')).toBe('3 курса');
    expect(formatIcu(message, { count: 5 }, 'ru')).toBe('5 курсов');
    expect(formatIcu(message, { count: 21 }, 'ru')).toBe('21 курс');
  });

  it('chooses the Belarusian plural forms when a count is given', () => {
    const message = '{count, plural, one {# крок} few {# крокі} many {# крокаў} other {# кроку}}';
    expect(formatIcu(message, { count: 2 }, 'be')).toBe('2 крокі');
    expect(formatIcu(message, { count: 11 }, 'be')).toBe('11 крокаў');
  });

  it('prefers an exact =0 branch over the plural category', () => {
    const message = '{count, plural, =0 {No courses} one {# course} other {# courses}}';
    expect(formatIcu(message, { count: 0 }, 'en')).toBe('No courses');
    expect(formatIcu(message, { count: 1 }, 'en')).toBe('1 course');
  });

  it('picks a select branch, or other when the value is unknown', () => {
    const message = 'shown in {shown, select, ru {Russian} other {another language}}';
    expect(formatIcu(message, { shown: 'ru' }, 'en')).toBe('shown in Russian');
    expect(formatIcu(message, { shown: 'xx' }, 'en')).toBe('shown in another language');
  });

  it('keeps a lone apostrophe and unquotes quoted braces', () => {
    expect(formatIcu("don't panic", {}, 'en')).toBe("don't panic");
    expect(formatIcu("Надвор’е '{'x'}' it''s", {}, 'be')).toBe('Надвор’е {x} it\'s');
  });

  it('nests arguments inside plural branches', () => {
    const message = '{done} of {total, plural, one {# step} other {# steps}} in {title}';
    expect(formatIcu(message, { done: 2, total: 5, title: 'Course' }, 'en')).toBe('2 of 5 steps in Course');
  });

  it('refuses a message without an other branch or with an unclosed brace', () => {
    expect(() => parseIcu('{n, plural, one {x}}')).toThrow(IcuSyntaxError);
    expect(() => parseIcu('Hello {name')).toThrow(IcuSyntaxError);
    expect(() => parseIcu('{n, date}')).toThrow(IcuSyntaxError);
  });
});
