import { describe, expect, it } from 'vitest';
import { YamlSource } from './yaml-source';

const TEXT = 'title:\n  ru: Т\n  en: T\nquestions:\n  - id: first\n    options:\n      - id: a\n';

describe('YamlSource.lineOf', () => {
  it('returns the line of the key when the value is a list or a group', () => {
    const source = new YamlSource('q.yaml', TEXT);

    expect([source.lineOf(['title']), source.lineOf(['questions', 0, 'options'])]).toEqual([1, 6]);
  });

  it('returns the line of the list item when the path ends at an index', () => {
    expect(new YamlSource('q.yaml', TEXT).lineOf(['questions', 0, 'options', 0])).toBe(7);
  });

  it('falls back to the nearest parent when the field is missing', () => {
    expect(new YamlSource('q.yaml', TEXT).lineOf(['questions', 0, 'prompt', 'en'])).toBe(5);
  });

  it('counts from the line the text starts on when it is a lesson header', () => {
    expect(new YamlSource('l.md', 'title: T\nminutes: 3\n', 2).lineOf(['minutes'])).toBe(3);
  });

  it('returns the first line when the file is empty', () => {
    expect(new YamlSource('q.yaml', '').lineOf(['title'])).toBe(1);
  });
});

describe('YamlSource syntax errors', () => {
  it('reports no value and one error per problem when the YAML is broken', () => {
    const source = new YamlSource('q.yaml', 'title: a\ntitle: b\n');

    expect(source.value).toBeUndefined();
    expect(source.errors).toEqual([{ file: 'q.yaml', line: 2, message: 'The field "title" is written twice', fix: 'Keep one of the two and delete the other' }]);
  });
});

describe('YamlSource syntax errors in plain words', () => {
  it('says to indent with spaces when a line is indented with a tab', () => {
    expect(new YamlSource('q.yaml', 'title:\n\tru: T\n').errors).toEqual([{ file: 'q.yaml', line: 2, message: 'This line is indented with a tab', fix: 'Indent with spaces only' }]);
  });

  it('asks for quotes when a text has an unquoted colon', () => {
    const [error] = new YamlSource('q.yaml', 'title:\n  en: Note: read this\n').errors;

    expect(error).toMatchObject({ line: 2, fix: expect.stringMatching(/quotes/) });
  });

  it('reports a broken line once when it trips several parser errors', () => {
    expect(new YamlSource('q.yaml', '- a\nb: 1\n').errors).toHaveLength(1);
  });
});
