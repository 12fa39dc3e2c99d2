import * as fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './load';
import type { ContentError, LoadResult } from './model';
import { aContentTree, type ContentTree } from './test-support/content-tree';

const CAMPAIGN = 'campaigns/see-lies/campaign.yaml';

// Line numbers below refer to this text.
const CAMPAIGN_YAML = `title: Teach children to see lies
goal: Parents talk with their children about lies online.
audience: Parents of children aged 10 to 13
language: en
status: live
startsOn: 2026-11-01
materials:
  - video: talk-show
    title: The talk show
    summary: Three parents and a psychologist.
    file: talk.mp4
    captions: talk.en.vtt
  - video: on-youtube
    title: The same on YouTube
    summary: For sharing.
    embed: https://youtu.be/dQw4w9WgXcQ
  - article: five-signs
    title: Five signs
    summary: What to look for.
  - course: demo
    title: Take the course
    summary: Twenty minutes.
`;

let tree: ContentTree;
afterEach(() => fs.rmSync(tree.dir, { recursive: true, force: true }));

async function load(arrange: (t: ContentTree) => void = () => {}): Promise<LoadResult> {
  tree = aContentTree();
  tree.write(CAMPAIGN, CAMPAIGN_YAML);
  tree.write('campaigns/see-lies/articles/five-signs.md', '## The first sign\n\nText.\n');
  tree.write('campaigns/see-lies/media/talk.mp4', 'not really a video');
  tree.write('campaigns/see-lies/media/talk.en.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello.\n');
  arrange(tree);
  return loadContent(tree.dir);
}

function errorsOf(result: LoadResult): ContentError[] {
  if (result.ok) throw new Error('expected the content to be refused');
  return result.errors;
}

describe('campaigns in content/', () => {
  it('reads a campaign with a video file, an embed, an article and a course link', async () => {
    const result = await load();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [campaign] = result.bundle.campaigns;
    expect(campaign).toMatchObject({ slug: 'see-lies', language: 'en', status: 'live', startsOn: '2026-11-01' });
    expect(campaign!.materials).toEqual([
      { slug: 'talk-show', kind: 'video', title: 'The talk show', summary: 'Three parents and a psychologist.', videoFile: 'talk.mp4', captionsFile: 'talk.en.vtt', posterFile: undefined, embed: undefined },
      { slug: 'on-youtube', kind: 'video', title: 'The same on YouTube', summary: 'For sharing.', videoFile: undefined, captionsFile: undefined, posterFile: undefined, embed: 'https://youtu.be/dQw4w9WgXcQ' },
      { slug: 'five-signs', kind: 'article', title: 'Five signs', summary: 'What to look for.', markdown: '## The first sign\n\nText.' },
      { slug: 'demo', kind: 'course', title: 'Take the course', summary: 'Twenty minutes.', courseId: 'demo' },
    ]);
    expect(Object.keys(campaign!.media)).toEqual(['talk.en.vtt', 'talk.mp4']);
  });

  it('names the file, the line and the fix when a material names a missing article, file or course', async () => {
    const errors = errorsOf(
      await load((t) => {
        t.edit(CAMPAIGN, 'article: five-signs', 'article: six-signs');
        t.edit(CAMPAIGN, 'captions: talk.en.vtt', 'captions: talk.ru.vtt');
        t.edit(CAMPAIGN, 'course: demo', 'course: no-such-course');
      }),
    );
    expect(errors).toEqual([
      { file: CAMPAIGN, line: 12, message: 'Material 1 names the file "talk.ru.vtt", but media/ has no such file', fix: "Put talk.ru.vtt in the campaign's media/ folder, or correct the name" },
      { file: CAMPAIGN, line: 17, message: 'Material 3 names the article "six-signs", but there is no articles/six-signs.md', fix: 'Create articles/six-signs.md, or correct the slug' },
      { file: CAMPAIGN, line: 20, message: 'Material 4 names the course "no-such-course", but there is no courses/no-such-course folder', fix: 'Write the folder name of an existing course' },
      { file: CAMPAIGN, line: 7, message: 'The article "five-signs" (articles/five-signs.md) is not used in materials', fix: 'Add "- article: five-signs" with a title and a summary to materials, or delete the file' },
    ]);
  });

  it('refuses an article that starts with a level-1 heading, naming the file, the line and the fix', async () => {
    const article = 'campaigns/see-lies/articles/five-signs.md';
    const errors = errorsOf(await load((t) => t.write(article, '\n# Five signs\n\nText.\n')));
    expect(errors).toEqual([
      {
        file: article,
        line: 2,
        message: 'The text has a level-1 heading ("# ..."), but the page already shows the title as its main heading',
        fix: 'Delete this heading if it repeats the title (the page shows the title from campaign.yaml), or make it a section heading with "## "',
      },
    ]);
  });

  it('refuses a video with both a file and an embed, and an embed from another host', async () => {
    const both = errorsOf(await load((t) => t.edit(CAMPAIGN, '    captions: talk.en.vtt\n', '    captions: talk.en.vtt\n    embed: https://youtu.be/dQw4w9WgXcQ\n')));
    expect(both).toEqual([expect.objectContaining({ file: CAMPAIGN, line: 8, message: expect.stringContaining('needs either a file or an embed link'), fix: expect.stringContaining('embed: https://youtu.be/') })]);
    const host = errorsOf(await load((t) => t.edit(CAMPAIGN, 'https://youtu.be/dQw4w9WgXcQ', 'https://tracker.example/video')));
    expect(host).toEqual([{ file: CAMPAIGN, line: 16, message: 'Material 2 › embed "https://tracker.example/video" is not written correctly', fix: expect.stringContaining('https://youtu.be/') }]);
  });

  it('suggests the material kind when it is misspelt, and the language when it is not one we publish in', async () => {
    const kind = errorsOf(await load((t) => t.edit(CAMPAIGN, '  - article: five-signs', '  - artcle: five-signs')));
    expect(kind[0]).toMatchObject({ file: CAMPAIGN, line: 17, fix: expect.stringContaining('article') });
    const language = errorsOf(await load((t) => t.edit(CAMPAIGN, 'language: en', 'language: de')));
    expect(language[0]).toMatchObject({ file: CAMPAIGN, line: 4 });
  });

  it('refuses two materials with one address and a folder name that is not an address', async () => {
    const twice = errorsOf(await load((t) => t.edit(CAMPAIGN, 'video: on-youtube', 'video: talk-show')));
    expect(twice).toEqual([{ file: CAMPAIGN, line: 13, message: 'Two materials use the address "talk-show"', fix: 'Give each material its own slug (for a course, link it once)' }]);
    const folder = errorsOf(await load((t) => t.write('campaigns/See Lies/campaign.yaml', CAMPAIGN_YAML)));
    expect(folder[0]).toMatchObject({ file: 'campaigns/See Lies', message: expect.stringContaining('not a valid campaign address') });
  });
});
