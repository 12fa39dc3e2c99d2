import { describe, expect, it } from 'vitest';
import { showPath, suggest } from './describe-issue';

describe('suggest', () => {
  it('returns the closest known field when a word is a small typo of it', () => {
    expect(suggest('pasMark', ['title', 'passMark', 'questions'])).toBe('passMark');
    expect(suggest('Title', ['title', 'summary'])).toBe('title');
  });

  it('returns nothing when no known field is close', () => {
    expect(suggest('colour', ['title', 'summary', 'audience'])).toBeUndefined();
  });

  it('allows only one edit when the word is short', () => {
    expect(suggest('eng', ['ru', 'en', 'be'])).toBe('en');
    expect(suggest('xy', ['ru', 'en', 'be'])).toBeUndefined();
  });
});

describe('showPath', () => {
  it('names list items in the singular counting from 1 when the path goes through lists', () => {
    expect(showPath(['questions', 1, 'options', 0, 'feedback', 'en'])).toBe('question 2 › option 1 › feedback › en');
  });

  it('names the file when the path is empty, and an entry when the file is a list', () => {
    expect(showPath([])).toBe('the file');
    expect(showPath([0, 'phones', 2])).toBe('entry 1 › phone 3');
  });
});
