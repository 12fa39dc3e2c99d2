import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aJoinableGroup, aMembership } from '@/test/factories';
import { renderApp } from '@/test/render';

function serve(group = aJoinableGroup(), extra: Record<string, unknown> = {}) {
  let joined: ReturnType<typeof aMembership> | null = null;
  return mockGraphql({
    GroupByJoinCode: { groupByJoinCode: group },
    StartLearner: { startLearner: { token: 'learner-1' } },
    JoinGroup: (variables: Record<string, unknown>) => {
      joined = aMembership({ groupId: group.id, groupName: group.name, nickname: (variables['input'] as { nickname: string }).nickname });
      return { joinGroup: joined };
    },
    MyMemberships: () => ({ myMemberships: joined ? [joined] : [] }),
    MyLiveSession: { myLiveSession: null },
    ...extra,
  });
}

describe('JoinPage', () => {
  it('asks only for the optional fields the trainer chose', async () => {
    serve(aJoinableGroup({ profileFields: ['GENDER', 'REGION'] }));
    await renderApp('/join/K7QM-4XP0');

    expect(await screen.findByRole('textbox', { name: 'Nickname' })).toBeTruthy();
    const gender = screen.getByRole('group', { name: 'Gender (optional)' });
    expect(within(gender).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent?.trim())).toEqual([
      'Woman',
      'Man',
      'Other',
      'Prefer not to say',
    ]);
    expect(screen.getByRole('textbox', { name: 'Region (optional)' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Your field of work (optional)' })).toBeNull();
  });

  it('asks for no optional field when the trainer asks for none, and lists what is kept', async () => {
    serve(aJoinableGroup({ profileFields: [] }));
    await renderApp('/join/K7QM-4XP0');

    await screen.findByRole('textbox', { name: 'Nickname' });
    expect(screen.queryByRole('group', { name: /Gender/ })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Region/ })).toBeNull();
    const consent = screen.getByRole('region', { name: 'What is kept about you' });
    expect(within(consent).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'the nickname you choose',
      'your answers in this training: the live questions and votes, the pre-test and the final test',
    ]);
    expect(consent.textContent).toContain('You can leave the group at any time');
  });

  it('does not join without consent and says what is missing', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp('/join/K7QM-4XP0');
    await user.type(await screen.findByRole('textbox', { name: 'Nickname' }), 'Owl');

    await user.click(screen.getByRole('button', { name: 'Join the group' }));

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('1 thing to fix');
    expect(within(summary).getByRole('link', { name: /Tick the box to agree/ }).getAttribute('href')).toBe('#join-consent');
    expect(screen.getByRole('checkbox', { name: 'I have read what is kept and I agree' }).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(summary);
    expect(callsTo('JoinGroup')).toHaveLength(0);
  });

  it('joins with the nickname, the asked fields and consent, then opens the group page', async () => {
    const { callsTo } = serve(aJoinableGroup({ id: 'group-7', profileFields: ['DISCIPLINE'] }));
    const { user, router } = await renderApp('/join/k7qm-4xpo');
    await user.type(await screen.findByRole('textbox', { name: 'Nickname' }), '  Owl ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your field of work (optional)' }), 'Social work');
    await user.click(screen.getByRole('checkbox', { name: 'I have read what is kept and I agree' }));

    await user.click(screen.getByRole('button', { name: 'Join the group' }));

    await screen.findByRole('heading', { level: 1, name: 'Brest, March' });
    expect(router.currentRoute.value.fullPath).toBe('/groups/group-7');
    expect(callsTo('GroupByJoinCode')[0]!.variables).toEqual({ code: 'K7QM-4XP0' });
    const [joined] = callsTo('JoinGroup');
    expect(joined!.variables['input']).toEqual({ code: 'K7QM-4XP0', nickname: 'Owl', consent: true, discipline: 'SOCIAL_WORK' });
    expect(joined!.authorization).toBe('Learner learner-1');
  });

  it('says so when no group has the code, with a way to type another', async () => {
    serve(undefined, { GroupByJoinCode: graphqlError('NOT_FOUND', 'errors.group.joinCodeNotRecognised') });
    await renderApp('/join/K7QM-4XP0');
    expect((await screen.findByRole('alert')).textContent).toContain('No group has this code');
    expect(screen.getByRole('link', { name: 'Enter another code' }).getAttribute('href')).toBe('/join');
  });

  it('goes to the code typed in, tidied up, and refuses what cannot be a code', async () => {
    serve();
    const { user, router } = await renderApp('/join');
    const input = screen.getByRole('textbox', { name: 'Join code' });

    await user.type(input, 'K7QM');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText(/does not look like a join code/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');

    await user.type(input, ' 4xp0');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('textbox', { name: 'Nickname' });
    expect(router.currentRoute.value.fullPath).toBe('/join/K7QM-4XP0');
  });

  it('loads the texts of group trainings in the reader’s language, and again when it changes', async () => {
    await setLocale('be', { remember: false });
    serve(aJoinableGroup({ profileFields: ['DISCIPLINE'] }));
    await renderApp('/join/K7QM-4XP0');
    expect(await screen.findByRole('heading', { level: 1, name: 'Далучыцца да трэнінгу' })).toBeTruthy();
    expect(await screen.findByRole('combobox', { name: 'Сфера працы (неабавязкова)' })).toBeTruthy();

    await setLocale('ru', { remember: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Присоединиться к тренингу' })).toBeTruthy();
  });
});
