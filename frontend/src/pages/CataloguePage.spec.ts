import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { mockGraphql } from '@/test/graphql-mock';
import { aCourseSummary } from '@/test/factories';
import { renderApp } from '@/test/render';

const parents = aCourseSummary({ title: 'Teach children to see lies', audience: 'PARENTS', languages: ['ru', 'en', 'be'] });
const youth = aCourseSummary({ title: 'Safe online', audience: 'YOUTH', ageBands: ['AGE_10_13', 'AGE_14_17'], languages: ['ru', 'en'] });
const pros = aCourseSummary({ title: 'Spotting trafficking at work', audience: 'PROFESSIONALS', languages: ['en'] });

const courseTitles = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent?.trim());

describe('CataloguePage', () => {
  it('shows a card for every course with its audience, ages, time and languages', async () => {
    mockGraphql({ Courses: { courses: [parents, youth, pros] } });
    await renderApp('/');
    const link = await screen.findByRole('link', { name: 'Safe online' });
    const card = link.closest('article')!;
    expect(within(card).getByText('Children & youth')).toBeTruthy();
    expect(within(card).getByText('10–13, 14–17')).toBeTruthy();
    expect(within(card).getByText('30 minutes')).toBeTruthy();
    expect(within(card).getByText('Russian, English')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('3 courses');
  });

  it('shows only the courses for the chosen audience when an audience is picked', async () => {
    mockGraphql({ Courses: { courses: [parents, youth, pros] } });
    const { user, router } = await renderApp('/');
    await screen.findByRole('link', { name: 'Safe online' });

    await user.click(screen.getByRole('radio', { name: 'Children & youth' }));

    expect(courseTitles()).toEqual(['Safe online']);
    expect(screen.getByRole('status').textContent).toContain('1 course');
    expect(router.currentRoute.value.query).toEqual({ audience: 'youth' });
  });

  it('shows only the courses written in a language when a course language is picked', async () => {
    mockGraphql({ Courses: { courses: [parents, youth, pros] } });
    const { user } = await renderApp('/');
    await screen.findByRole('link', { name: 'Safe online' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Course language' }), 'be');

    expect(courseTitles()).toEqual(['Teach children to see lies']);
  });

  it('says so when no course matches the filters', async () => {
    mockGraphql({ Courses: { courses: [parents, youth, pros] } });
    await renderApp('/?audience=professionals&language=be');
    expect(await screen.findByText(/No course matches these filters/)).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Professionals' })).toHaveProperty('checked', true);
  });

  it('asks for the courses in the UI language and marks cards shown in another language', async () => {
    await setLocale('be', { remember: false });
    const { callsTo } = mockGraphql({ Courses: { courses: [{ ...parents, locale: 'ru' }] } });
    await renderApp('/');
    expect(await screen.findByText('Паказана па-руску')).toBeTruthy();
    expect(callsTo('Courses')[0]!.variables).toEqual({ locale: 'be' });
  });
});
