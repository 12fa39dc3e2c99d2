import { describe, expect, it } from 'vitest';
import { firstLevelOneHeading } from './markdown-headings';

describe('firstLevelOneHeading', () => {
  it('finds "# Title" at its line, and a title underlined with ===', () => {
    expect(firstLevelOneHeading('# Title\n\nText.')).toBe(1);
    expect(firstLevelOneHeading('Intro.\n\n   #\tTitle')).toBe(3);
    expect(firstLevelOneHeading('Text.\n\nTitle\n=====\n')).toBe(3);
  });

  it('finds none when headings are of level 2 or more, or a # starts a word', () => {
    expect(firstLevelOneHeading('## Section\n\n### Part\n\n#hashtag and #2 in the list')).toBeUndefined();
    expect(firstLevelOneHeading('    # indented code, not a heading')).toBeUndefined();
    expect(firstLevelOneHeading('- item\n===')).toBeUndefined();
  });

  it('ignores lines inside fenced code', () => {
    expect(firstLevelOneHeading('```sh\n# a shell comment\n```\n\n~~~\n# another\n~~~')).toBeUndefined();
    expect(firstLevelOneHeading('```\ncode\n```\n# After the fence')).toBe(4);
  });
});
