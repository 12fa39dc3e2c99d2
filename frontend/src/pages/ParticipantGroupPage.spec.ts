import { screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { setLearnerToken } from '@/graphql/learner-token';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aCertificate, aCourse, aLiveDecision, aLiveQuestion, aMembership, aParticipantView, aProgress } from '@/test/factories';
import { fakeLiveClient } from '@/test/live-client';
import { renderApp } from '@/test/render';

const path = '/groups/group-1';
const course = aCourse({ id: 'course-a', preTestId: 'course-a/pre-test', postTestId: 'course-a/post-test' });

function serve(extra: Record<string, unknown> = {}) {
  setLearnerToken('learner-1');
  return mockGraphql({
    MyMemberships: { myMemberships: [aMembership({ groupId: 'group-1', nickname: 'Owl' })] },
    Course: { course },
    MyProgress: { myProgress: aProgress() },
    MyLiveSession: { myLiveSession: aParticipantView() },
    AnswerLiveStep: { answerLiveStep: aParticipantView({ myAnswer: ['b'] }) },
    ...extra,
  });
}

async function renderLive(extra: Record<string, unknown> = {}) {
  const mock = serve(extra);
  const live = fakeLiveClient();
  const utils = await renderApp(path, { provide: live.provide });
  await screen.findByRole('group', { name: /Which of these is a warning sign\?/ });
  return { ...mock, ...utils, live };
}

const announcement = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;

describe('ParticipantGroupPage: the live view on a phone', () => {
  it('follows the group session over the subscription in the UI language, as the same learner', async () => {
    const { live, callsTo } = await renderLive();
    expect(live.open('ParticipantLiveSession')[0]!.variables).toEqual({ groupId: 'group-1', locale: 'en' });
    expect(callsTo('MyLiveSession')[0]!.authorization).toBe('Learner learner-1');
    expect(screen.getByText('You take part as Owl.')).toBeTruthy();
  });

  it('sends the answer, keeps the results hidden, then shows them when the trainer reveals', async () => {
    const { user, live, callsTo } = await renderLive();

    await user.click(screen.getByRole('radio', { name: 'A new hobby' }));
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));

    expect(await screen.findByText(/Your answer is in/)).toBeTruthy();
    expect(callsTo('AnswerLiveStep')[0]!.variables).toEqual({ sessionId: 'session-1', optionIds: ['b'], locale: 'en' });
    expect(screen.getByRole('radio', { name: 'A new hobby' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Secret gifts from an adult' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: 'Send my answer' })).toBeNull();
    expect(screen.queryByText(/How the room answered/)).toBeNull();
    expect(screen.queryByText('Not quite')).toBeNull();

    live.emit('ParticipantLiveSession', {
      participantLiveSession: aParticipantView({
        myAnswer: ['b'],
        revealed: true,
        feedback: 'A hobby alone is not a warning sign.',
        results: { answered: 4, correctOptionIds: ['a'], counts: [{ optionId: 'a', count: 3 }, { optionId: 'b', count: 1 }] },
      }),
    });

    expect(await screen.findByText('Not quite')).toBeTruthy();
    expect(screen.getByText('A hobby alone is not a warning sign.')).toBeTruthy();
    const room = screen.getByRole('list', { name: 'How the room answered (4 answers)' });
    const [right, mine] = within(room).getAllByRole('listitem');
    expect(right!.textContent).toContain('right answer');
    expect(right!.textContent).toContain('3 people (75%)');
    expect(mine!.textContent).toContain('your answer');
    expect(mine!.textContent).toContain('1 person (25%)');
    expect(announcement().textContent).toBe('The results are revealed.');
  });

  it('asks for an answer instead of sending nothing', async () => {
    const { user, callsTo } = await renderLive();
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(screen.getByText('Choose an answer first.')).toBeTruthy();
    expect(callsTo('AnswerLiveStep')).toHaveLength(0);
  });

  it('starts the next step with nothing chosen and announces it', async () => {
    const { user, live } = await renderLive();
    await user.click(screen.getByRole('radio', { name: 'A new hobby' }));

    live.emit('ParticipantLiveSession', { participantLiveSession: aParticipantView({ step: aLiveDecision() }) });

    const vote = await screen.findByRole('group', { name: /A girl tells you an online friend wants to meet her/ });
    expect(within(vote).getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByRole('button', { name: 'Send my vote' })).toBeTruthy();
    expect(announcement().textContent).toBe('New decision: A girl tells you an online friend wants to meet her.');
  });

  it('says the session has ended when the server sends it as no longer active', async () => {
    const { live } = await renderLive();
    live.emit('ParticipantLiveSession', { participantLiveSession: aParticipantView({ active: false }) });
    expect(await screen.findByText('The live session has ended. Thank you for taking part!')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send my answer' })).toBeNull();
  });

  it('says the session has ended when it is gone', async () => {
    const { live } = await renderLive();
    live.emit('ParticipantLiveSession', { participantLiveSession: null });
    expect(await screen.findByText('The live session has ended. Thank you for taking part!')).toBeTruthy();
  });

  it('opens a session started while the phone waits, so that the participant counts as attending', async () => {
    const { callsTo } = serve({ MyLiveSession: { myLiveSession: null } });
    const live = fakeLiveClient();
    await renderApp(path, { provide: live.provide });
    await screen.findByText(/No live session is running now/);
    live.emit('ParticipantLiveSession', { participantLiveSession: null }); // what the server sends first

    live.emit('ParticipantLiveSession', { participantLiveSession: aParticipantView() });

    await screen.findByRole('button', { name: 'Send my answer' });
    await waitFor(() => expect(callsTo('MyLiveSession')).toHaveLength(2));
    live.emit('ParticipantLiveSession', { participantLiveSession: aParticipantView({ revealed: true }) });
    expect(callsTo('MyLiveSession')).toHaveLength(2); // once per session
  });

  it('says when nobody has started a session yet', async () => {
    serve({ MyLiveSession: { myLiveSession: null } });
    await renderApp(path, { provide: fakeLiveClient().provide });
    expect(await screen.findByText(/No live session is running now/)).toBeTruthy();
  });

  it('links to the pre-test and the final test with the learner’s results', async () => {
    serve({
      MyProgress: {
        myProgress: aProgress({
          attempts: [{ id: 'a1', quizId: 'course-a/pre-test', score: 40, passed: false, submittedAt: '2026-03-10T09:00:00.000Z' }],
        }),
      },
    });
    await renderApp(path, { provide: fakeLiveClient().provide });
    const tests = await screen.findByRole('region', { name: 'Tests before and after' });
    expect(within(tests).getByRole('link', { name: 'Take the pre-test' }).getAttribute('href')).toBe('/courses/course-a/quizzes/pre-test');
    expect(within(tests).getByRole('link', { name: 'Take the final test' }).getAttribute('href')).toBe('/courses/course-a/quizzes/post-test');
    expect(tests.textContent).toContain('Best score 40% · not passed yet');
  });

  it('issues the certificate with a PDF link, or says why not yet', async () => {
    let eligible = false;
    serve({
      IssueCertificate: () => (eligible ? { issueCertificate: aCertificate() } : graphqlError('FORBIDDEN', 'errors.certificate.notEligible')),
    });
    const { user } = await renderApp(path, { provide: fakeLiveClient().provide });
    await user.click(await screen.findByRole('button', { name: 'Get my certificate' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No certificate yet');

    eligible = true;
    await user.click(screen.getByRole('button', { name: 'Get my certificate' }));
    const link = await screen.findByRole('link', { name: 'Download the certificate (PDF)' });
    expect(link.getAttribute('href')).toBe('/certificates/7K3M9QXA2B4C.pdf?lang=en');
    expect(screen.getByRole('link', { name: 'Check it online' }).getAttribute('href')).toBe('/verify/7K3M9QXA2B4C');
  });

  it('leaves the group after confirming, and is told the group forgot them', async () => {
    const { callsTo } = serve({ LeaveGroup: { leaveGroup: true } });
    const { user, router } = await renderApp(path, { provide: fakeLiveClient().provide });
    await user.click(await screen.findByRole('button', { name: 'Leave the group' }));
    await user.click(screen.getByRole('button', { name: 'Yes, leave the group' }));

    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/join?left=1'));
    expect(callsTo('LeaveGroup')[0]!.variables).toEqual({ groupId: 'group-1' });
    expect((await screen.findByText(/You have left the group/)).getAttribute('role')).toBe('status');
  });
});

describe('ParticipantGroupPage: the language of the step', () => {
  it('marks the step’s texts with the language they are in (a fallback from Belarusian is Russian)', async () => {
    const { live } = await renderLive();
    live.emit('ParticipantLiveSession', {
      participantLiveSession: aParticipantView({ step: aLiveQuestion({ key: 'question:ru', locale: 'ru', title: 'Какой признак тревожный?' }) }),
    });
    const prompt = await screen.findByText('Какой признак тревожный?');
    expect(prompt.getAttribute('lang')).toBe('ru');
  });
});

describe('ParticipantGroupPage: the pairing code', () => {
  it('sets a pairing code, saying plainly what is kept', async () => {
    const { callsTo } = serve({
      SetMyPairingCode: { setMyPairingCode: { id: 'membership-1', groupId: 'group-1', hasPairingCode: true } },
    });
    const { user } = await renderApp(path, { provide: fakeLiveClient().provide });
    const panel = await screen.findByRole('region', { name: 'Took a test on another device?' });
    expect(panel.textContent).toContain('only a scrambled form of your pairing code');
    expect(panel.textContent).toContain('No pairing code is set.');
    await user.type(within(panel).getByRole('textbox', { name: 'Your pairing code' }), 'sunflower 27');
    await user.click(within(panel).getByRole('button', { name: 'Save the pairing code' }));
    expect(await within(panel).findByText('Your pairing code is saved.')).toBeTruthy();
    expect(callsTo('SetMyPairingCode')[0]!.variables).toEqual({ groupId: 'group-1', pairingCode: 'sunflower 27' });
  });

  it('explains a code someone else in the group already uses', async () => {
    serve({ SetMyPairingCode: graphqlError('CONFLICT', 'errors.group.pairingCodeTaken') });
    const { user } = await renderApp(path, { provide: fakeLiveClient().provide });
    const panel = await screen.findByRole('region', { name: 'Took a test on another device?' });
    await user.type(within(panel).getByRole('textbox', { name: 'Your pairing code' }), 'maple 12');
    await user.click(within(panel).getByRole('button', { name: 'Save the pairing code' }));
    expect(await within(panel).findByText(/already uses this pairing code for this test/)).toBeTruthy();
  });
});

