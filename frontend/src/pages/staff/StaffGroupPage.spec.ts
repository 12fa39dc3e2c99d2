import { screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { mockGraphql } from '@/test/graphql-mock';
import { aCourse, aCourseSummary, aGroup, aStaffMember, aTrainerView } from '@/test/factories';
import { fakeLiveClient } from '@/test/live-client';
import { renderApp } from '@/test/render';

describe('Staff: groups', () => {
  it('creates a group with the optional fields to ask, then opens it', async () => {
    const created = aGroup({ id: 'group-9', name: 'Minsk teachers' });
    const { callsTo } = mockGraphql({
      Me: { me: aStaffMember() },
      Groups: { groups: [] },
      Courses: { courses: [aCourseSummary({ id: 'course-a', title: 'Protecting children online', audience: 'PROFESSIONALS' })] },
      CreateGroup: { createGroup: created },
      Group: { group: created },
      Course: { course: aCourse({ id: 'course-a' }) },
    });
    const { user, router } = await renderApp('/staff');
    expect(await screen.findByText('You have no groups yet. Create the first one below.')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Name of the group' }), 'Minsk teachers');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Training course' }), 'Protecting children online');
    const first = screen.getByLabelText('First day');
    await user.clear(first);
    await user.type(first, '2026-04-01');
    const last = screen.getByLabelText('Last day');
    await user.clear(last);
    await user.type(last, '2026-04-02');
    await user.click(within(screen.getByRole('group', { name: 'Who is expected (optional)' })).getByRole('checkbox', { name: 'Education' }));
    const ask = screen.getByRole('group', { name: 'Ask participants for (optional)' });
    await user.click(within(ask).getByRole('checkbox', { name: 'Gender' }));
    await user.click(within(ask).getByRole('checkbox', { name: 'Region' }));
    await user.click(screen.getByRole('button', { name: 'Create the group' }));

    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/staff/groups/group-9'));
    expect(callsTo('CreateGroup')[0]!.variables['input']).toEqual({
      name: 'Minsk teachers',
      courseId: 'course-a',
      startsOn: '2026-04-01',
      endsOn: '2026-04-02',
      expectedDisciplines: ['EDUCATION'],
      profileFields: ['GENDER', 'REGION'],
      clientId: expect.stringMatching(/^[0-9a-f-]{8,64}$/),
    });
  });

  it('lists what is missing instead of creating a group', async () => {
    const { callsTo } = mockGraphql({ Me: { me: aStaffMember() }, Groups: { groups: [] }, Courses: { courses: [] } });
    const { user } = await renderApp('/staff');
    await user.click(await screen.findByRole('button', { name: 'Create the group' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a name for the group.' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Choose the course of the training.' })).toBeTruthy();
    expect(callsTo('CreateGroup')).toHaveLength(0);
  });

  it('shows the join code and QR code, and removes a participant after confirming', async () => {
    let removed = false;
    const { callsTo } = mockGraphql({
      Me: { me: aStaffMember() },
      Course: { course: aCourse({ id: 'course-a' }) },
      Group: () => ({ group: removed ? aGroup({ participantCount: 1, participants: aGroup().participants.slice(1) }) : aGroup() }),
      RemoveParticipant: () => {
        removed = true;
        return { removeParticipant: true };
      },
    });
    const { user } = await renderApp('/staff/groups/group-1');
    const card = await screen.findByRole('region', { name: 'Join this training' });
    expect(within(card).getByText('K7QM-4XP0')).toBeTruthy();
    expect(within(card).getByRole('img', { name: /QR code of the join link http:\/\/localhost(:\d+)?\/join\/K7QM-4XP0/ })).toBeTruthy();

    const table = screen.getByRole('table', { name: '2 participants' });
    expect(within(table).getByRole('rowheader', { name: 'Owl' })).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'Remove Owl' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Owl from the group?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByText('Owl was removed from the group.')).toBeTruthy();
    expect(callsTo('RemoveParticipant')[0]!.variables).toEqual({ groupId: 'group-1', participantId: 'p-1' });
    await waitFor(() => expect(screen.getByRole('table', { name: '1 participant' })).toBeTruthy());
  });

  it('starts a live session and opens the projector page', async () => {
    const { callsTo } = mockGraphql({
      Me: { me: aStaffMember() },
      Course: { course: aCourse({ id: 'course-a' }) },
      Group: { group: aGroup() },
      StartLiveSession: { startLiveSession: aTrainerView({ sessionId: 'session-5', step: null, results: null }) },
      LiveSession: { liveSession: aTrainerView({ sessionId: 'session-5', step: null, results: null }) },
    });
    const { user, router } = await renderApp('/staff/groups/group-1', { provide: fakeLiveClient().provide });
    await user.click(await screen.findByRole('button', { name: 'Start a live session' }));
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/staff/groups/group-1/live/session-5'));
    expect(callsTo('StartLiveSession')[0]!.variables).toEqual({ groupId: 'group-1', locale: 'en', clientId: expect.stringMatching(/^[0-9a-f-]{8,64}$/) });
    expect(await screen.findByText('Nothing on the screen yet. Choose a first step below.')).toBeTruthy();
  });

  it('shows a new participant and the running session as the server pushes them, without polling', async () => {
    mockGraphql({ Me: { me: aStaffMember() }, Course: { course: aCourse({ id: 'course-a' }) }, Group: { group: aGroup() } });
    const live = fakeLiveClient();
    await renderApp('/staff/groups/group-1', { provide: live.provide });
    expect(await screen.findByRole('table', { name: '2 participants' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Back to the live session' })).toBeNull();
    expect(live.open('GroupChanged')[0]!.variables).toEqual({ groupId: 'group-1' });

    const joined = [...aGroup().participants, { id: 'p-3', nickname: 'Lynx', gender: null, discipline: null, region: null, joinedAt: '2026-03-10T09:05:00.000Z' }];
    live.emit('GroupChanged', {
      groupChanged: aGroup({ participantCount: 3, participants: joined, liveSession: { sessionId: 'session-7', startedAt: '2026-03-10T09:06:00.000Z' } }),
    });
    const table = await screen.findByRole('table', { name: '3 participants' });
    expect(within(table).getByRole('rowheader', { name: 'Lynx' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the live session' }).getAttribute('href')).toBe('/staff/groups/group-1/live/session-7');
  });
});
