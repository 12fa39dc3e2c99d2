import { screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { aStaffCampaign } from '@/test/campaign-factories';
import { aStaffMember } from '@/test/factories';
import { mockGraphql } from '@/test/graphql-mock';
import { renderApp } from '@/test/render';

const manager = aStaffMember({ role: 'CAMPAIGN_MANAGER', displayName: 'Demo campaign manager' });

/** The server's refusal of one field, as the API sends it (extensions.field). */
const fieldError = (field: string, reason: string) => ({
  errors: [{ message: `${field}: bad`, extensions: { code: 'BAD_USER_INPUT', messageKey: `campaigns.errors.${reason}`, field } }],
});

describe('campaign form', () => {
  it('shows the server’s refusal beside the field it names, keeps everything typed, and saves once corrected', async () => {
    let attempts = 0;
    const { callsTo } = mockGraphql({
      Me: { me: manager },
      CreateCampaign: (variables) => {
        attempts += 1;
        if (attempts === 1) return fieldError('slug', 'slugTaken');
        const input = variables['input'] as Record<string, unknown>;
        return { createCampaign: aStaffCampaign({ id: 'c-new', title: String(input['title']), slug: String(input['slug']) }) };
      },
      Campaign: { campaign: aStaffCampaign({ id: 'c-new', slug: 'talk-to-kids-2', title: 'Talk to your children' }) },
    });
    const { user, router } = await renderApp('/staff/campaigns/new');
    await screen.findByRole('heading', { level: 1, name: 'New campaign' });

    await user.type(screen.getByLabelText('Title'), 'Talk to your children');
    await user.type(screen.getByLabelText('Goal'), 'Parents start the conversation.');
    await user.type(screen.getByLabelText('Audience'), 'Parents of 8–14 year olds');
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    await user.type(screen.getByLabelText('Address (optional)'), 'talk-to-kids');
    await user.click(screen.getByRole('button', { name: 'Create the campaign' }));

    const slug = screen.getByLabelText('Address (optional)');
    await waitFor(() => expect(slug.getAttribute('aria-invalid')).toBe('true'));
    const message = 'This address is already used by another campaign or material: choose another.';
    expect(document.getElementById(slug.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(message);
    expect(document.activeElement).toBe(slug);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Talk to your children');
    expect((screen.getByLabelText('Goal') as HTMLTextAreaElement).value).toBe('Parents start the conversation.');
    expect((screen.getByLabelText('Audience') as HTMLInputElement).value).toBe('Parents of 8–14 year olds');
    expect((screen.getByRole('checkbox', { name: 'English' }) as HTMLInputElement).checked).toBe(true);

    await user.type(slug, '-2');
    await user.click(screen.getByRole('button', { name: 'Create the campaign' }));
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/staff/campaigns/c-new'));
    expect(callsTo('CreateCampaign')[1]!.variables['input']).toEqual({
      title: 'Talk to your children',
      goal: 'Parents start the conversation.',
      audience: 'Parents of 8–14 year olds',
      languages: ['ru', 'en'],
      startsOn: null,
      endsOn: null,
      slug: 'talk-to-kids-2',
    });
  });

  it('asks for the title and goal before sending anything', async () => {
    const { callsTo } = mockGraphql({ Me: { me: manager } });
    const { user } = await renderApp('/staff/campaigns/new');
    await user.click(await screen.findByRole('button', { name: 'Create the campaign' }));
    expect(screen.getByText('Enter a title.')).toBeTruthy();
    expect(screen.getByText('Enter the goal of the campaign.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
    expect(callsTo('CreateCampaign')).toHaveLength(0);
  });

  it('shows a campaign from the content files read-only, with a note, but lets its status change', async () => {
    mockGraphql({
      Me: { me: manager },
      Campaign: { campaign: aStaffCampaign({ origin: 'CONTENT', slug: 'safe-work-abroad', title: 'Safe work abroad' }) },
      SetCampaignStatus: fieldError('status', 'liveNeedsMaterial'),
    });
    const { user } = await renderApp('/staff/campaigns/c-1');
    await screen.findByRole('heading', { level: 1, name: 'Safe work abroad' });
    expect(screen.getByText(/This campaign is defined in the content files \(content\/campaigns\/safe-work-abroad\)/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Add a material' })).toBeNull();

    const status = screen.getByRole('region', { name: 'Status' });
    await user.click(within(status).getByRole('button', { name: 'Publish (make live)' }));
    expect(await within(status).findByText('Add at least one material before publishing.')).toBeTruthy();
  });

  it('adds a video from YouTube; a refused address is shown beside its field, with the title and summary kept', async () => {
    let attempts = 0;
    const { callsTo } = mockGraphql({
      Me: { me: manager },
      Campaign: { campaign: aStaffCampaign() },
      Courses: { courses: [] },
      AddCampaignMaterial: () => (++attempts === 1 ? fieldError('embedUrl', 'embedUrl') : { addCampaignMaterial: aStaffCampaign() }),
    });
    const { user } = await renderApp('/staff/campaigns/c-1');
    const add = await screen.findByRole('region', { name: 'Add a material' });
    await user.selectOptions(within(add).getByLabelText('Language of the material'), 'ru');
    await user.type(within(add).getByLabelText('Title'), 'Ток-шоу');
    await user.type(within(add).getByLabelText('Summary'), 'Полная запись.');
    await user.click(within(add).getByRole('radio', { name: 'A video on YouTube or Vimeo' }));
    const address = within(add).getByLabelText('Address of the video');
    await user.type(address, 'https://example.com/video');
    await user.click(within(add).getByRole('button', { name: 'Add the material' }));

    expect(await within(add).findByText(/Use the address of a video on YouTube/)).toBeTruthy();
    expect(document.activeElement).toBe(address);
    expect((within(add).getByLabelText('Title') as HTMLInputElement).value).toBe('Ток-шоу');
    expect((within(add).getByLabelText('Summary') as HTMLTextAreaElement).value).toBe('Полная запись.');

    await user.clear(address);
    await user.type(address, 'https://youtu.be/wZkzJOlVhV4');
    await user.click(within(add).getByRole('button', { name: 'Add the material' }));
    await waitFor(() => expect(callsTo('AddCampaignMaterial')).toHaveLength(2));
    expect(callsTo('AddCampaignMaterial')[1]!.variables['input']).toEqual({
      kind: 'VIDEO',
      title: 'Ток-шоу',
      summary: 'Полная запись.',
      locale: 'ru',
      slug: null,
      embedUrl: 'https://youtu.be/wZkzJOlVhV4',
    });
  });
});
