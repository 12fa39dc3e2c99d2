import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './support/fixtures';
import { loadQuiz, rightAnswers, wrongAnswer } from './support/content';
import { answerQuiz } from './support/ui';

const COURSE = 'protecting-children-online-mdg';
const DEMO_ACCOUNTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'e2e', 'db', 'demo-accounts.json');

function demoAccount(role: 'trainer' | 'admin'): { email: string; password: string } {
  const accounts = JSON.parse(fs.readFileSync(DEMO_ACCOUNTS, 'utf8')) as { role: string; email: string; password: string }[];
  const account = accounts.find((a) => a.role === role);
  if (!account) throw new Error(`no ${role} in ${DEMO_ACCOUNTS}`);
  return account;
}

async function signIn(page: Page, role: 'trainer' | 'admin' = 'trainer'): Promise<void> {
  const { email, password } = demoAccount(role);
  await page.goto('/staff/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My groups' })).toBeVisible();
}

test('a trainer runs a live question for a group; a phone follows, answers, sees the reveal, and gets a certificate', async ({ browser }) => {
  const projector = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  let joinCode = '';
  let groupUrl = '';

  await test.step('the trainer signs in and creates a group with a join code and a QR code', async () => {
    await signIn(projector);
    await projector.getByLabel('Name of the group').fill('Brest MDG, e2e');
    await projector.getByLabel('Training course').selectOption(COURSE);
    await projector.getByLabel('First day').fill('2026-11-23');
    await projector.getByLabel('Last day').fill('2026-11-24');
    await projector.getByRole('button', { name: 'Create the group' }).click();
    await expect(projector).toHaveURL(/\/staff\/groups\/[0-9a-f-]{36}$/);
    groupUrl = projector.url();
    joinCode = (await projector.locator('.join-card__code').innerText()).trim();
    expect(joinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(projector.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();
  });

  await test.step('a participant joins on a phone with the code and a nickname, no account', async () => {
    await phone.goto('/join');
    await phone.getByLabel('Join code').fill(joinCode.toLowerCase());
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByLabel('Nickname').fill('Olga');
    await phone.getByRole('checkbox', { name: 'I have read what is kept and I agree' }).check();
    await phone.getByRole('button', { name: 'Join the group' }).click();
    await expect(phone.getByText('You take part as Olga.')).toBeVisible();
    // The trainer's page shows her at once: pushed by the server, no reload, no polling.
    await expect(projector.getByRole('rowheader', { name: 'Olga' })).toBeVisible();
  });

  await test.step('she took the pre-test at home on a laptop, and pairs it with the group by a pairing code', async () => {
    const laptop = await (await browser.newContext()).newPage();
    await laptop.goto(`/courses/${COURSE}/quizzes/pre-test`);
    await answerQuiz(laptop, loadQuiz(COURSE, 'pre-test').questions, (q) => [wrongAnswer(q)], 'en');
    const panel = laptop.getByRole('region', { name: 'Did you take this test for a training?' });
    await panel.getByLabel('The group’s join code').fill(joinCode);
    await panel.getByLabel('Your pairing code').fill('Sunflower 27');
    await panel.getByRole('button', { name: 'Count this test for the group' }).click();
    await expect(panel.getByText(/Your pre-test now counts for “Brest MDG, e2e”/)).toBeVisible();
    await laptop.context().close();

    const pairing = phone.getByRole('region', { name: 'Took a test on another device?' });
    await pairing.getByLabel('Your pairing code').fill('sunflower-27');
    await pairing.getByRole('button', { name: 'Save the pairing code' }).click();
    await expect(pairing.getByText('Your pairing code is saved.')).toBeVisible();
  });

  await test.step('the trainer starts a live session and puts a question on every screen', async () => {
    await projector.getByRole('button', { name: 'Start a live session' }).click();
    await expect(projector.getByRole('heading', { level: 1, name: /^Live: / })).toBeVisible();
    const picker = projector.getByLabel('What to show');
    const firstQuestion = picker.locator('option', { hasText: /^Question 1:/ }).first();
    await picker.selectOption(await firstQuestion.getAttribute('value') ?? '');
    await projector.getByRole('button', { name: 'Show on all screens' }).click();
  });

  await test.step('the phone follows, answers, and sees no result before the reveal', async () => {
    const question = phone.getByRole('group', { name: /^Question / });
    await expect(question).toBeVisible();
    await question.getByRole('radio').first().check();
    await phone.getByRole('button', { name: 'Send my answer' }).click();
    await expect(phone.getByText(/Your answer is in/)).toBeVisible();
    await expect(phone.getByText(/How the room answered/)).toHaveCount(0);
  });

  await test.step('the answer arrives on the projector; the reveal reaches the phone', async () => {
    await expect(projector.getByText('1 of 1 answered')).toBeVisible();
    await projector.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(phone.getByText(/How the room answered \(1 answer/)).toBeVisible();
    await expect(phone.getByText(/^(Correct|Not quite)$/).first()).toBeVisible();
  });

  await test.step('the trainer ends the session', async () => {
    await projector.getByRole('button', { name: 'End the session' }).click();
    await projector.getByRole('dialog').getByRole('button', { name: 'End the session' }).click();
    await expect(projector.getByText('This live session has ended.')).toBeVisible();
  });

  await test.step('the participant passes the final test and downloads a certificate that verifies', async () => {
    const postTest = loadQuiz(COURSE, 'post-test');
    await phone.getByRole('link', { name: 'Take the final test' }).click();
    await answerQuiz(phone, postTest.questions, rightAnswers, 'en');
    await expect(phone.getByText(/You scored 100%/)).toBeVisible();
    await phone.goBack();
    await phone.getByRole('button', { name: 'Get my certificate' }).click();
    const pdfLink = phone.getByRole('link', { name: 'Download the certificate (PDF)' });
    await expect(pdfLink).toBeVisible();
    const pdf = await phone.request.get((await pdfLink.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await phone.getByRole('link', { name: 'Check it online' }).click();
    await expect(phone.getByRole('region', { name: 'This certificate is genuine' })).toBeVisible();
  });

  await test.step('the report shows the participant and the attendance', async () => {
    await projector.goto(`${groupUrl}/report`);
    await expect(projector.getByRole('heading', { level: 1, name: 'Report: Brest MDG, e2e' })).toBeVisible();
    await expect(projector.getByText('1 participant', { exact: true })).toBeVisible();
    await expect(projector.getByRole('table', { name: 'By gender' })).toBeVisible();
    // One person is a small cell: shown as "< 3", never as 1.
    await expect(projector.getByRole('table', { name: 'By gender' }).getByText('< 3')).toBeVisible();
    await expect(projector.getByRole('button', { name: 'Download the table (CSV)' })).toBeVisible();
    // The laptop's pre-test (0%) and the phone's final test (100%) are one person's.
    const gain = projector.getByRole('region', { name: 'Knowledge gain' });
    await expect(gain.getByText('1 participant took both tests.')).toBeVisible();
    await expect(gain.getByText('Mean gain: +100 points')).toBeVisible();
    await expect(gain.getByText('1 test was taken outside the group and counted by a pairing code.')).toBeVisible();
  });
});

test('an admin invites a trainer with a one-time link; the trainer sets a password and is signed in', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  const newcomer = await (await browser.newContext()).newPage();
  const email = `trainer-${Date.now()}@example.org`;
  let link = '';

  await test.step('the admin makes the invitation and copies the link shown once', async () => {
    await signIn(admin, 'admin');
    await admin.getByRole('link', { name: 'Staff accounts' }).click();
    await admin.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await admin.getByRole('combobox', { name: 'Role', exact: true }).selectOption('TRAINER');
    await admin.getByRole('button', { name: 'Make an invitation link' }).click();
    link = await admin.getByRole('textbox', { name: 'One-time invitation link' }).inputValue();
    expect(link).toMatch(/\/staff\/invitation\/[A-Za-z0-9_-]{43}$/);
  });

  await test.step('the newcomer opens it, sets a password and lands in the staff area', async () => {
    await newcomer.goto(link);
    await expect(newcomer.getByText(new RegExp(`invited as Trainer, and will sign in with ${email.replace(/[.]/g, '\\.')}`))).toBeVisible();
    await newcomer.getByLabel('Your name (shown to colleagues)').fill('Nina');
    await newcomer.getByLabel('Password', { exact: true }).fill('a long enough password');
    await newcomer.getByLabel('The password again').fill('a long enough password');
    await newcomer.getByRole('button', { name: 'Set the password and sign in' }).click();
    await expect(newcomer.getByRole('heading', { level: 1, name: 'My groups' })).toBeVisible();
    await expect(newcomer.getByText('Signed in as Nina')).toBeVisible();
  });

  await test.step('the link worked once; the admin sees the new account', async () => {
    await newcomer.goto(link);
    await expect(newcomer.getByText(/This invitation link does not work/)).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) }).getByText('Active', { exact: true })).toBeVisible();
  });
});
