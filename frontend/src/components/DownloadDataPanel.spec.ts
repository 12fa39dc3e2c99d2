import { screen } from '@testing-library/vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLearnerToken } from '@/graphql/learner-token';
import { mockGraphql } from '@/test/graphql-mock';
import { renderApp } from '@/test/render';
import DownloadDataPanel from './DownloadDataPanel.vue';

describe('DownloadDataPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves what the server keeps about the learner as a JSON file', async () => {
    setLearnerToken('current-learner');
    const { callsTo } = mockGraphql({ MyData: { myData: '{"lessonCompletions":[]}' } });
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (saved.push(blob), 'blob:zorka'));
    URL.revokeObjectURL = vi.fn();
    const { user } = await renderApp('/progress', { component: DownloadDataPanel });

    await user.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByText('The file zorka-my-data.json is downloaded.')).toBeTruthy();
    expect(callsTo('MyData')).toHaveLength(1);
    expect(await saved[0]!.text()).toContain('"lessonCompletions":[]');
  });

  it('says that nothing is stored when this device has no learner yet', async () => {
    const { callsTo } = mockGraphql({});
    const { user } = await renderApp('/progress', { component: DownloadDataPanel });

    await user.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByText('Nothing is stored about you yet.')).toBeTruthy();
    expect(callsTo('MyData')).toHaveLength(0);
  });
});
