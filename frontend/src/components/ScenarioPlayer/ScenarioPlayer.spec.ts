import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aCourse, anEnding, aRun, aScenario } from '@/test/factories';
import { renderApp } from '@/test/render';

const path = '/courses/course-a/scenarios/roleplay';
const secondNode = aRun({
  reaction: 'Anya looks up from her phone.',
  node: {
    id: 'she-hesitates',
    text: 'It is nothing... just a friend from a game.',
    choices: [{ id: 'ask-about-friend', text: 'Tell me about this friend?' }],
    outcome: null,
  },
});

function serve(extra: Record<string, unknown> = {}) {
  let choices = 0;
  return mockGraphql({
    Scenario: { scenario: aScenario({ linkedScenarioId: 'course-b/roleplay-child' }) },
    Course: { course: aCourse({ id: 'course-a' }) },
    StartLearner: { startLearner: { token: 'learner-1' } },
    StartScenario: { startScenario: aRun() },
    ChooseScenarioOption: () => ({ chooseScenarioOption: ++choices === 1 ? secondNode : anEnding('GOOD') }),
    ...extra,
  });
}

const conversation = () => screen.getByRole('list', { name: 'Conversation' });
/** Each line as "<speaker> <text>". */
const lines = () =>
  within(conversation())
    .queryAllByRole('listitem')
    .map((item) => [...item.children].map((part) => part.textContent?.trim()).join(' '));

describe('ScenarioPlayer', () => {
  it('introduces the role-play with the learner role and the counterpart', async () => {
    serve();
    await renderApp(path);
    await screen.findByRole('heading', { level: 1, name: 'A talk with your daughter' });
    expect(screen.getByText('a parent')).toBeTruthy();
    expect(screen.getByText('Anya, 12')).toBeTruthy();
    expect(screen.getByText(/You will decide 3 times/)).toBeTruthy();
  });

  it('shows the counterpart line and the choices as buttons when started', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Start the role-play' }));

    expect(lines()).toEqual(['Anya, 12 (Anya hides her phone when you come in.)']);
    expect(conversation().getAttribute('aria-live')).toBe('polite');
    const replies = screen.getByRole('group', { name: 'Your reply' });
    expect(within(replies).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual([
      'Give me that phone!',
      'You look worried. Want to talk?',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your reply' }));
    expect(callsTo('StartScenario')[0]!.variables).toEqual({ scenarioId: 'course-a/roleplay', locale: 'en', clientId: expect.stringMatching(/^[0-9a-f-]{8,64}$/) });
  });

  it('adds the learner line, the reaction and the next node when a choice is made', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Start the role-play' }));

    await user.click(screen.getByRole('button', { name: 'You look worried. Want to talk?' }));

    expect(lines()).toEqual([
      'Anya, 12 (Anya hides her phone when you come in.)',
      'You You look worried. Want to talk?',
      'Anya, 12 Anya looks up from her phone.',
      'Anya, 12 It is nothing... just a friend from a game.',
    ]);
    expect(screen.getByRole('button', { name: 'Tell me about this friend?' })).toBeTruthy();
    expect(callsTo('ChooseScenarioOption')[0]!.variables).toEqual({
      runId: 'run-1',
      choiceId: 'ask-calmly',
      locale: 'en',
      clientId: expect.stringMatching(/^[0-9a-f-]{8,64}$/),
    });
  });

  it('resends a choice with the same client id after a failure, and the next choice with a new one', async () => {
    let tries = 0;
    const { callsTo } = serve({
      ChooseScenarioOption: () => (++tries === 1 ? graphqlError('TOO_MANY_REQUESTS') : { chooseScenarioOption: tries === 2 ? secondNode : anEnding('GOOD') }),
    });
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Start the role-play' }));
    await user.click(screen.getByRole('button', { name: 'You look worried. Want to talk?' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'You look worried. Want to talk?' }));
    await user.click(await screen.findByRole('button', { name: 'Tell me about this friend?' }));

    const ids = callsTo('ChooseScenarioOption').map((call) => call.variables['clientId']);
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
  });

  it('shows the kind of ending in words, its title and explanation when an ending is reached', async () => {
    serve();
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Start the role-play' }));
    await user.click(screen.getByRole('button', { name: 'You look worried. Want to talk?' }));

    await user.click(screen.getByRole('button', { name: 'Tell me about this friend?' }));

    const ending = screen.getByRole('region', { name: 'She told you' });
    expect(within(ending).getByText('Good ending')).toBeTruthy();
    expect(within(ending).getByText('Calm questions kept the door open.')).toBeTruthy();
    expect(document.activeElement).toBe(ending);
    expect(screen.queryByRole('group', { name: 'Your reply' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Play the same story from the other side' }).getAttribute('href')).toBe(
      '/courses/course-b/scenarios/roleplay-child',
    );
  });

  it('starts a new play-through with an empty conversation when "Play again" is pressed', async () => {
    const { callsTo } = serve({ ChooseScenarioOption: { chooseScenarioOption: anEnding('BAD') } });
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Start the role-play' }));
    await user.click(screen.getByRole('button', { name: 'Give me that phone!' }));
    expect(screen.getByText('Bad ending')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Play again to explore other paths' }));

    expect(callsTo('StartScenario')).toHaveLength(2);
    expect(lines()).toEqual(['Anya, 12 (Anya hides her phone when you come in.)']);
    expect(screen.queryByText('Bad ending')).toBeNull();
  });

  it('keeps the conversation and explains when a choice cannot be sent', async () => {
    serve({ ChooseScenarioOption: graphqlError('INTERNAL_SERVER_ERROR', 'errors.internal') });
    const { user } = await renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Start the role-play' }));

    await user.click(screen.getByRole('button', { name: 'Give me that phone!' }));

    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on our side');
    expect(lines()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Give me that phone!' })).toBeTruthy();
  });
});
