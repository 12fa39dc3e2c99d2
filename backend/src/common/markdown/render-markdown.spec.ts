import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from './render-markdown';

const render = createMarkdownRenderer('/media/course-a');

describe('lesson Markdown rendering', () => {
  it('shows raw HTML as text instead of running it', () => {
    const html = render('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('makes a level-1 heading a level-2 one, as the page already has its title as <h1>', () => {
    expect(render('# Title\n\nText\n\nSub\n===\n\n## Part')).toBe('<h2>Title</h2>\n<p>Text</p>\n<h2>Sub</h2>\n<h2>Part</h2>\n');
  });

  it('drops javascript: links', () => {
    expect(render('[click](javascript:alert(1))')).not.toContain('href="javascript:');
  });

  it('opens other sites in a new tab without a referrer', () => {
    expect(render('[help](https://example.org)')).toContain('target="_blank" rel="noopener noreferrer"');
  });

  it('points relative images at the course media', () => {
    expect(render('![poster](poster.png)')).toContain('src="/media/course-a/poster.png"');
  });
});
