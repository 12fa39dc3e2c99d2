import { describe, expect, it } from 'vitest';
import { withPageMeta } from './campaign-page-meta';

const INDEX = '<!doctype html><html><head><title>Zorka</title></head><body><div id="app"></div></body></html>';

describe('Open Graph tags of a campaign page', () => {
  it('adds title, description, url and image', () => {
    const html = withPageMeta(INDEX, { title: 'Teach children to see lies', description: 'A talk show', url: 'https://zorka.example/c/see-lies', image: 'https://zorka.example/p.png' });
    expect(html).toContain('<meta property="og:title" content="Teach children to see lies">');
    expect(html).toContain('<meta property="og:url" content="https://zorka.example/c/see-lies">');
    expect(html).toContain('<meta property="og:image" content="https://zorka.example/p.png">');
    expect(html).toContain('<title>Teach children to see lies · Zorka</title>');
  });

  it('escapes what a manager typed, so it cannot break out of the attribute', () => {
    const html = withPageMeta(INDEX, { title: '"><script>alert(1)</script>', description: "It's <b>", url: 'https://z/c/x' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('content="It&#39;s &lt;b&gt;"');
    expect(html).not.toContain('og:image');
  });
});
