import { screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aCourse, aGroup, aLiveDecision, aQuiz, aStaffMember, aTrainerView } from '@/test/factories';
import { fakeLiveClient } from '@/test/live-client';
import { renderApp } from '@/test/render';

const path = '/staff/groups/group-1/live/session-1';

function serve(view = aTrainerView(), extra: Record<string, unknown> = {}) {
  return mockGraphql({
    Me: { me: aStaffMember() },
    Group: { group: aGroup() },
    Course: { course: aCourse({ id: 'course-a' }) },
    Quiz: { quiz: aQuiz() },
    LiveSession: { liveSession: view },
    RevealLiveStep: { revealLiveStep: { ...view, revealed: true } },
    ShowLiveStep: { showLiveStep: aTrainerView({ step: aLiveDecision(), results: { answered: 0, correctOptionIds: [], counts: [] } }) },
    AdvanceLiveScenario: { advanceLiveScenario: aTrainerView({ step: aLiveDecision({ key: 'decision:course-a/roleplay:next' }) }) },
    EndLiveSession: { endLiveSession: { ...view, active: false } },
    ...extra,
  });
}

async function renderLive(view = aTrainerView(), extra: Record<string, unknown> = {}) {
  const mock = serve(view, extra);
  const live = fakeLiveClient();
  const utils = await renderApp(path, { provide: live.provide });
  await screen.findByRole('heading', { level: 1, name: 'Live: Brest, March' });
  await screen.findByRole('region', { name: 'On the screen' });
  return { ...mock, ...utils, live };
}

const projector = () => screen.getByRole('region', { name: 'On the screen' });

describe('LiveSessionPage: the trainer’s projector and controls', () => {
  it('shows the question, how many answered and the spread as text, and follows new answers', async () => {
    const { live } = await renderLive();
    expect(live.open('TrainerLiveSession')[0]!.variables).toEqual({ sessionId: 'session-1', locale: 'en' });
    expect(projector().textContent).toContain('12 people here');
    expect(projector().textContent).toContain('8 of 12 answered');
    const spread = within(projector()).getByRole('list', { name: 'Which of these is a warning sign?' });
    expect(spread.textContent).toContain('6 people (75%)');
    // The right answer is not marked before the reveal.
    expect(spread.textContent).not.toContain('right answer');

    live.emit('TrainerLiveSession', {
      trainerLiveSession: aTrainerView({ results: { answered: 9, correctOptionIds: ['a'], counts: [{ optionId: 'a', count: 7 }, { optionId: 'b', count: 2 }] } }),
    });
    expect(await within(projector()).findByText(/9 of 12 answered/)).toBeTruthy();
  });

  it('reveals the answer on all screens and then marks it', async () => {
    const { user, callsTo } = await renderLive();
    await user.click(screen.getByRole('button', { name: 'Reveal the answer' }));

    await waitFor(() => expect(projector().textContent).toContain('The right answer is revealed.'));
    expect(callsTo('RevealLiveStep')[0]!.variables).toEqual({ sessionId: 'session-1', locale: 'en' });
    expect(within(projector()).getByRole('list', { name: 'Which of these is a warning sign?' }).textContent).toContain('right answer');
    expect(screen.queryByRole('button', { name: 'Reveal the answer' })).toBeNull();
  });

  it('hides the spread from the room until the reveal when the trainer asks', async () => {
    const { user } = await renderLive();
    await user.click(screen.getByRole('checkbox', { name: 'Show the answers on this screen before revealing' }));
    expect(projector().textContent).not.toContain('6 people');
    expect(projector().textContent).toContain('8 of 12 answered');
  });

  it('shows the step picked from the course: lessons, each quiz question and role-plays', async () => {
    const { user, callsTo } = await renderLive(aTrainerView({ step: null, results: null }));
    const picker = screen.getByRole('combobox', { name: 'What to show' });
    await waitFor(() => expect(within(picker).getAllByRole('option').length).toBeGreaterThan(4));
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a lesson, question or role-play',
      'Lesson: Signs that something is wrong',
      'Lesson: Precautions',
      'Question 1: Which of these is a warning sign?',
      'Question 2: What helps when a child tells you something?',
      'Role-play: A talk with your daughter (from the start)',
    ]);

    await user.selectOptions(picker, 'Role-play: A talk with your daughter (from the start)');
    await user.click(screen.getByRole('button', { name: 'Show on all screens' }));

    await within(projector()).findByText('A girl tells you an online friend wants to meet her.');
    expect(callsTo('ShowLiveStep')[0]!.variables).toEqual({
      sessionId: 'session-1',
      locale: 'en',
      input: { kind: 'DECISION', scenarioId: 'course-a/roleplay' },
    });
  });

  it('offers the next step of the course in one press', async () => {
    const { user, callsTo } = await renderLive();
    await user.click(await screen.findByRole('button', { name: 'Next: Question 2: What helps when a child tells you something?' }));
    expect(callsTo('ShowLiveStep')[0]!.variables['input']).toEqual({ kind: 'QUESTION', quizId: 'course-a/quiz-signs', questionId: 'what-to-do' });
  });

  it('moves the role-play on with the room’s majority or with the trainer’s pick', async () => {
    const decision = aTrainerView({ step: aLiveDecision(), results: { answered: 5, correctOptionIds: ['listen'], counts: [{ optionId: 'listen', count: 4 }, { optionId: 'scold', count: 1 }] } });
    const { user, callsTo } = await renderLive(decision);

    await user.click(screen.getByRole('button', { name: "Go on with the room's choice" }));
    await waitFor(() => expect(callsTo('AdvanceLiveScenario')).toHaveLength(1));
    // From the decision on screen: a resent click cannot move the room twice.
    expect(callsTo('AdvanceLiveScenario')[0]!.variables).toEqual({ sessionId: 'session-1', choiceId: null, locale: 'en', fromStepKey: decision.step!.key });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Or choose yourself' }), 'You should not talk to strangers!');
    await user.click(screen.getByRole('button', { name: 'Go on with this answer' }));
    await waitFor(() => expect(callsTo('AdvanceLiveScenario')).toHaveLength(2));
    expect(callsTo('AdvanceLiveScenario')[1]!.variables['choiceId']).toBe('scold');
  });

  it('says why the role-play cannot move on when nobody voted', async () => {
    const { user } = await renderLive(aTrainerView({ step: aLiveDecision(), results: { answered: 0, correctOptionIds: [], counts: [] } }), {
      AdvanceLiveScenario: graphqlError('BAD_USER_INPUT', 'errors.live.noVotes'),
    });
    await user.click(screen.getByRole('button', { name: "Go on with the room's choice" }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nobody has voted yet');
  });

  it('ends the session after confirming and leads to the report', async () => {
    const { user, callsTo } = await renderLive();
    await user.click(screen.getByRole('button', { name: 'End the session' }));
    const dialog = screen.getByRole('dialog', { name: 'End the live session?' });
    await user.click(within(dialog).getByRole('button', { name: 'End the session' }));

    expect(await screen.findByText('This live session has ended.')).toBeTruthy();
    expect(callsTo('EndLiveSession')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'See the group report' }).getAttribute('href')).toBe('/staff/groups/group-1/report');
  });

  it('sends a trainer whose session has ended to the sign-in page and back', async () => {
    mockGraphql({ Me: graphqlError('UNAUTHENTICATED', 'errors.auth.unauthenticated') });
    const { router } = await renderApp(path, { provide: fakeLiveClient().provide });
    await screen.findByRole('heading', { level: 1, name: 'Staff sign-in' });
    expect(router.currentRoute.value.name).toBe('staff-sign-in');
    expect(router.currentRoute.value.query).toEqual({ next: path });
  });
});
