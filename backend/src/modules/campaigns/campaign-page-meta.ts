const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URL of the page */
  url: string;
  /** Absolute URL of an image, when there is one */
  image?: string | null;
  locale?: string;
}

/**
 * The SPA's index.html with Open Graph and Twitter card tags, so a shared link shows a title and a
 * summary in messengers and social networks (their crawlers run no JavaScript). Every value is
 * HTML-escaped: titles come from campaign managers.
 */
export function withPageMeta(indexHtml: string, meta: PageMeta): string {
  const description = meta.description.length > 300 ? `${meta.description.slice(0, 297)}…` : meta.description;
  const tags = [
    ['og:type', 'website'],
    ['og:site_name', 'Zorka'],
    ['og:title', meta.title],
    ['og:description', description],
    ['og:url', meta.url],
    ...(meta.locale ? [['og:locale', meta.locale]] : []),
    ...(meta.image ? [['og:image', meta.image]] : []),
  ]
    .map(([property, content]) => `<meta property="${property}" content="${escape(content!)}">`)
    .concat(
      `<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}">`,
      `<meta name="twitter:title" content="${escape(meta.title)}">`,
      `<meta name="twitter:description" content="${escape(description)}">`,
      `<meta name="description" content="${escape(description)}">`,
    );
  const titled = indexHtml.replace(/<title>[^<]*<\/title>/, `<title>${escape(meta.title)} · Zorka</title>`);
  return titled.replace('</head>', `${tags.join('\n')}\n</head>`);
}
