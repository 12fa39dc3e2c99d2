import MarkdownIt from 'markdown-it';

/**
 * Lesson Markdown to HTML. Raw HTML in a lesson is shown as text, never run (`html: false`),
 * and markdown-it refuses javascript:, vbscript: and data: URLs, so the result is safe to insert.
 */
export function createMarkdownRenderer(mediaBaseUrl: string): (markdown: string) => string {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
  const isRelative = (url: string) => !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(url);

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const token = tokens[i]!;
    const href = token.attrGet('href') ?? '';
    if (/^https?:/i.test(href)) {
      // Other sites open apart, and learn nothing of where the reader came from.
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    } else if (isRelative(href)) {
      token.attrSet('href', `${mediaBaseUrl}/${href}`);
    }
    return defaultLinkOpen(tokens, i, options, env, self);
  };

  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, i, options, env, self) => {
    const token = tokens[i]!;
    const src = token.attrGet('src') ?? '';
    if (isRelative(src)) token.attrSet('src', `${mediaBaseUrl}/${src}`);
    token.attrSet('loading', 'lazy');
    return defaultImage(tokens, i, options, env, self);
  };

  // The page shows the title as its one <h1>; a "# " written in the text (an article typed in the
  // app, where no content check runs) becomes a section heading instead of a second main title.
  md.core.ruler.push('no_second_h1', (state) => {
    for (const token of state.tokens) if ((token.type === 'heading_open' || token.type === 'heading_close') && token.tag === 'h1') token.tag = 'h2';
  });

  return (markdown) => md.render(markdown);
}
