/** The plain text of a WebVTT file's cues, one paragraph per cue, for the transcript under a video. */
export function transcriptFromVtt(vtt: string): string {
  const blocks = vtt.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const cues: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing === -1) continue; // header, NOTE, STYLE and REGION blocks have no timing line
    const text = lines
      .slice(timing + 1)
      .map((l) => l.replace(/<[^>]*>/g, '').trim())
      .join(' ')
      .trim();
    if (text) cues.push(text);
  }
  return cues.join('\n');
}
