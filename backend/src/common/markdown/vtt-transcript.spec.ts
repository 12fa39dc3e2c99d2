import { describe, expect, it } from 'vitest';
import { transcriptFromVtt } from './vtt-transcript';

describe('transcriptFromVtt', () => {
  it('keeps the cue texts and drops the header, ids, timings, notes and tags', () => {
    const vtt = [
      'WEBVTT',
      '',
      'NOTE written by the NGO',
      '',
      '1',
      '00:00.000 --> 00:03.000',
      '<v Host>Welcome to the show.',
      '',
      '00:03.000 --> 00:06.000 align:start',
      'Today we talk',
      'about <i>trust</i>.',
    ].join('\n');
    expect(transcriptFromVtt(vtt)).toBe('Welcome to the show.\nToday we talk about trust.');
  });
});
