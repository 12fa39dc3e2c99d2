import { invalidField } from './campaigns.errors';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CAMPAIGN_LOCALES = ['ru', 'be', 'en'] as const;

/** Trimmed text within bounds (spaces folded unless `multiline`). */
export function requiredText(field: string, value: string, max: number, multiline = false): string {
  const text = multiline ? value.trim() : value.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > max) throw invalidField(field, 'length', `write 1 to ${max} characters`);
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(field, value, max);
}

export function optionalDate(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return isoDate(field, value.trim());
}

export function isoDate(field: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw invalidField(field, 'date', 'write a date as YYYY-MM-DD');
  }
  return value;
}

export function locales(field: string, values: string[]): string[] {
  const unique = [...new Set(values)];
  if (unique.length === 0 || unique.some((v) => !(CAMPAIGN_LOCALES as readonly string[]).includes(v))) {
    throw invalidField(field, 'locale', `choose from ${CAMPAIGN_LOCALES.join(', ')}`);
  }
  return unique;
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', і: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A URL part from a title (Cyrillic transliterated), or the given slug checked. */
export function slugOf(field: string, given: string | null | undefined, title: string): string {
  if (given && given.trim() !== '') {
    const slug = given.trim();
    if (!SLUG.test(slug) || slug.length > 80) throw invalidField(field, 'slug', 'use lowercase latin letters, digits and single hyphens, up to 80 characters');
    return slug;
  }
  const made = [...title.toLowerCase()]
    .map((c) => CYRILLIC[c] ?? c)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return made || 'campaign';
}

export interface Embed {
  url: string;
  provider: 'YouTube' | 'Vimeo';
}

/**
 * A public video page turned into the host's privacy-enhanced player: YouTube's youtube-nocookie.com
 * (no cookies until play) and Vimeo's player with dnt=1 (no tracking). Anything else is refused,
 * because the page's Content-Security-Policy allows frames from these two origins only.
 */
export function privacyEnhancedEmbed(raw: string): Embed | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.replace(/^(www\.|m\.)/, '');
  const youtubeId = (id: string | null | undefined) => (id && /^[A-Za-z0-9_-]{11}$/.test(id) ? id : null);
  let id: string | null = null;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = url.pathname === '/watch' ? youtubeId(url.searchParams.get('v')) : youtubeId(/^\/(?:embed|shorts|live)\/([^/]+)$/.exec(url.pathname)?.[1]);
  } else if (host === 'youtu.be') {
    id = youtubeId(/^\/([^/]+)$/.exec(url.pathname)?.[1]);
  }
  if (id) return { url: `https://www.youtube-nocookie.com/embed/${id}`, provider: 'YouTube' };
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const vimeoId = /^\/(?:video\/)?(\d{1,12})$/.exec(url.pathname)?.[1];
    if (vimeoId) return { url: `https://player.vimeo.com/video/${vimeoId}?dnt=1`, provider: 'Vimeo' };
  }
  return null;
}

export const embedProviderOf = (embedUrl: string): 'YouTube' | 'Vimeo' =>
  embedUrl.startsWith('https://player.vimeo.com/') ? 'Vimeo' : 'YouTube';
