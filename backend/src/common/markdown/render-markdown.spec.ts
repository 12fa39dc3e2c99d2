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
