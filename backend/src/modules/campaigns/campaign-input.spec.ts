import { describe, expect, it } from 'vitest';
import { privacyEnhancedEmbed, slugOf } from './campaign-input';

describe('video embeds', () => {
  it('turns YouTube links into the no-cookie player', () => {
    for (const link of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3', 'https://youtu.be/dQw4w9WgXcQ', 'https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/embed/dQw4w9WgXcQ']) {
      expect(privacyEnhancedEmbed(link)).toEqual({ url: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', provider: 'YouTube' });
    }
  });

  it('turns Vimeo links into the player with Do Not Track', () => {
    expect(privacyEnhancedEmbed('https://vimeo.com/76979871')).toEqual({ url: 'https://player.vimeo.com/video/76979871?dnt=1', provider: 'Vimeo' });
    expect(privacyEnhancedEmbed('https://player.vimeo.com/video/76979871?autoplay=1')?.url).toBe('https://player.vimeo.com/video/76979871?dnt=1');
  });

  it('refuses other hosts and malformed ids', () => {
    for (const link of ['https://evil.example/watch?v=dQw4w9WgXcQ', 'javascript:alert(1)', 'https://youtube.com/watch?v=short', 'https://vimeo.com/channels/x', 'not a url']) {
      expect(privacyEnhancedEmbed(link)).toBeNull();
    }
  });
});

describe('campaign addresses', () => {
  it('makes a slug from a title, transliterating Cyrillic', () => {
    expect(slugOf('slug', null, 'Научите детей видеть ложь')).toBe('nauchite-detei-videt-lozh');
    expect(slugOf('slug', '', 'Safe travel: work abroad!')).toBe('safe-travel-work-abroad');
  });

  it('checks a given slug', () => {
    expect(slugOf('slug', 'my-campaign', 'x')).toBe('my-campaign');
    expect(() => slugOf('slug', 'My Campaign', 'x')).toThrow(/lowercase/);
  });
});
