import * as fs from 'node:fs';
import * as path from 'node:path';
import { suggest } from './describe-issue';
import { LEVEL_ONE_HEADING, firstLevelOneHeading } from './markdown-headings';
import { MATERIAL_KINDS, campaignFile, ID, type CampaignFile } from './schema';
import type { CampaignContent, CampaignMaterialContent } from './model';
import { list, type Reader } from './reader';
import type { YamlSource } from './yaml-source';

const CAMPAIGN_ENTRIES = ['campaign.yaml', 'articles', 'media'];
const ARTICLE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** Reads every content/campaigns/<slug>/ folder; problems go to the reader, like courses'. */
export function loadCampaigns(reader: Reader, courseIds: Set<string>): CampaignContent[] {
  const dir = path.join(reader.root, 'campaigns');
  const slugs = list(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory());
  return slugs.map((slug) => loadCampaign(reader, slug, courseIds)).filter((c) => c !== undefined);
}

function loadCampaign(reader: Reader, slug: string, courseIds: Set<string>): CampaignContent | undefined {
  const dir = path.join(reader.root, 'campaigns', slug);
  const rel = reader.rel(dir);
  if (!ID.test(slug) || slug.length > 80) {
    reader.error(rel, `The folder name "${slug}" is not a valid campaign address`, 'Rename the folder with lowercase latin letters, digits and single hyphens (it becomes the address /c/<folder>)');
    return undefined;
  }
  for (const entry of list(dir).filter((e) => !CAMPAIGN_ENTRIES.includes(e))) {
    const guess = suggest(entry, CAMPAIGN_ENTRIES);
    const fix = guess ? `Did you mean "${guess}"? Rename it.` : `Move it out of the campaign folder, which holds only ${CAMPAIGN_ENTRIES.join(', ')}`;
    reader.error(`${rel}/${entry}`, `"${entry}" does not belong in a campaign folder`, fix);
  }
  const yamlPath = path.join(dir, 'campaign.yaml');
  if (!fs.existsSync(yamlPath)) {
    reader.error(`${rel}/campaign.yaml`, 'The campaign has no campaign.yaml', 'Create campaign.yaml with title, goal, audience, language and materials (see content/README.md)');
    return undefined;
  }
  const mediaDir = path.join(dir, 'media');
  const media = Object.fromEntries(list(mediaDir).map((f) => [f, path.join(mediaDir, f)] as const).filter(([, abs]) => fs.statSync(abs).isFile()));
  const articles = readArticles(reader, path.join(dir, 'articles'));
  const { data, source } = reader.yaml(yamlPath, campaignFile);
  if (!data) return undefined;
  const materials = data.materials.map((m) => toMaterial(m, articles));
  checkMaterials(reader, source, data, materials, { media, articles, courseIds });
  return {
    slug,
    title: data.title,
    goal: data.goal,
    audience: data.audience,
    language: data.language,
    status: data.status,
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    materials,
    media,
  };
}

function readArticles(reader: Reader, dir: string): Map<string, string> {
  const articles = new Map<string, string>();
  for (const name of list(dir)) {
    const match = ARTICLE_FILE.exec(name);
    if (!match?.[1]) {
      reader.error(reader.rel(path.join(dir, name)), 'This article file name is not "<slug>.md"', 'Rename it like "five-signs.md": lowercase latin letters, digits and hyphens, ending in .md');
      continue;
    }
    const text = fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const markdown = text.trim();
    if (markdown === '') reader.error(reader.rel(path.join(dir, name)), 'The article is empty', 'Write the article in Markdown, or delete the file and its material', 1);
    const heading = firstLevelOneHeading(text);
    if (heading) reader.error(reader.rel(path.join(dir, name)), ...LEVEL_ONE_HEADING('the title from campaign.yaml'), heading);
    articles.set(match[1], markdown);
  }
  return articles;
}

function toMaterial(m: CampaignFile['materials'][number], articles: Map<string, string>): CampaignMaterialContent {
  const kind = MATERIAL_KINDS.find((k) => m[k] !== undefined)!;
  const base = { slug: m[kind]!, kind, title: m.title, summary: m.summary };
  if (kind === 'article') return { ...base, markdown: articles.get(m.article!) ?? '' };
  if (kind === 'course') return { ...base, slug: m.course!, courseId: m.course };
  return { ...base, videoFile: m.file, captionsFile: m.captions, posterFile: m.poster, embed: m.embed };
}

/** Files named exist, slugs are unique, courses exist, and every article file is used. */
function checkMaterials(
  reader: Reader,
  source: YamlSource,
  data: CampaignFile,
  materials: CampaignMaterialContent[],
  known: { media: Record<string, string>; articles: Map<string, string>; courseIds: Set<string> },
): void {
  const seen = new Set<string>();
  materials.forEach((m, i) => {
    const at = (key: string) => source.lineOf(['materials', i, key]);
    if (seen.has(m.slug)) reader.error(source.file, `Two materials use the address "${m.slug}"`, 'Give each material its own slug (for a course, link it once)', at(m.kind));
    seen.add(m.slug);
    if (m.kind === 'article' && !known.articles.has(m.slug)) {
      reader.error(source.file, `Material ${i + 1} names the article "${m.slug}", but there is no articles/${m.slug}.md`, `Create articles/${m.slug}.md, or correct the slug`, at('article'));
    }
    if (m.kind === 'course' && !known.courseIds.has(m.slug)) {
      reader.error(source.file, `Material ${i + 1} names the course "${m.slug}", but there is no courses/${m.slug} folder`, 'Write the folder name of an existing course', at('course'));
    }
    for (const [key, file] of [['file', m.videoFile], ['captions', m.captionsFile], ['poster', m.posterFile]] as const) {
      if (file && !known.media[file]) reader.error(source.file, `Material ${i + 1} names the file "${file}", but media/ has no such file`, `Put ${file} in the campaign's media/ folder, or correct the name`, at(key));
    }
  });
  const used = new Set(materials.filter((m) => m.kind === 'article').map((m) => m.slug));
  for (const slug of [...known.articles.keys()].filter((s) => !used.has(s))) {
    reader.error(source.file, `The article "${slug}" (articles/${slug}.md) is not used in materials`, `Add "- article: ${slug}" with a title and a summary to materials, or delete the file`, source.lineOf(['materials']));
  }
  if (data.startsOn && data.endsOn && data.endsOn < data.startsOn) {
    reader.error(source.file, 'endsOn is before startsOn', 'Write the last day on or after the first day', source.lineOf(['endsOn']));
  }
}
