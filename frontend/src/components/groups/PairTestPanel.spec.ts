import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { setLearnerToken } from '@/graphql/learner-token';
import { loadMessageBundles } from '@/i18n';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aMembership } from '@/test/factories';
import { renderApp } from '@/test/render';
import PairTestPanel from './PairTestPanel.vue';

async function renderPanel(handlers: Parameters<typeof mockGraphql>[0]) {
  setLearnerToken('learner-1');
  const mock = mockGraphql(handlers);
  await loadMessageBundles(['groups']);
  const utils = await renderApp('/', { component: PairTestPanel, props: { quizId: 'course-a/pre-test', courseId: 'course-a' } });
  return { ...mock, ...utils };
}

describe('PairTestPanel: a test taken on one’s own counts for the group', () => {
  it('counts the test with the join code and a pairing code', async () => {
    const { user, callsTo } = await renderPanel({
      MyMemberships: { myMemberships: [] },
      PairTestAttempt: { pairTestAttempt: { groupName: 'Brest, March', test: 'PRE' } },
    });
    const panel = await screen.findByRole('region', { name: 'Did you take this test for a training?' });
    expect(panel.textContent).toContain('Not your name, not your device.');
    await user.type(within(panel).getByRole('textbox', { name: 'The group’s join code' }), ' k7qm-4xp0 ');
    await user.type(within(panel).getByRole('textbox', { name: 'Your pairing code' }), 'sunflower 27');
    await user.click(within(panel).getByRole('button', { name: 'Count this test for the group' }));
    expect(await within(panel).findByText(/Your pre-test now counts for “Brest, March”/)).toBeTruthy();
    expect(callsTo('PairTestAttempt')[0]!.variables).toEqual({
      input: { quizId: 'course-a/pre-test', joinCode: 'k7qm-4xp0', pairingCode: 'sunflower 27' },
    });
  });

  it('explains a refusal in plain words', async () => {
    const { user } = await renderPanel({
      MyMemberships: { myMemberships: [] },
      PairTestAttempt: graphqlError('BAD_USER_INPUT', 'errors.group.badPairingCode'),
    });
    const panel = await screen.findByRole('region', { name: 'Did you take this test for a training?' });
    await user.type(within(panel).getByRole('textbox', { name: 'The group’s join code' }), 'K7QM-4XP0');
    await user.type(within(panel).getByRole('textbox', { name: 'Your pairing code' }), 'sunflower');
    await user.click(within(panel).getByRole('button', { name: 'Count this test for the group' }));
    expect(await within(panel).findByText(/A pairing code is a word and a number/)).toBeTruthy();
  });

  it('says the test already counts on a device that is in a group of this course', async () => {
    await renderPanel({ MyMemberships: { myMemberships: [aMembership({ courseId: 'course-a', groupName: 'Brest, March' })] } });
    expect(await screen.findByText('This test counts for your group “Brest, March” already: you are in it on this device.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Count this test for the group' })).toBeNull();
  });
});
