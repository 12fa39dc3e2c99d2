import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const ISSUE = `mutation ($g: ID!) { issueCertificate(groupId: $g, locale: "ru") { code nickname courseTitle groupName dates pdfPath verifyPath } }`;
const VERIFY = `query ($c: String!) { verifyCertificate(code: $c, locale: "en") { nickname courseTitle groupName dates } }`;
const POST = (right: boolean) => ({
  input: { quizId: 'fixture-course/post', answers: [{ questionId: 'q1', optionIds: [right ? 'a' : 'b'] }, { questionId: 'q2', optionIds: [right ? 'a' : 'b'] }] },
});
const SUBMIT = `mutation ($input: SubmitQuizInput!) { submitQuiz(input: $input, locale: "en") { passed } }`;

describe('certificates of completion', () => {
  let t: TestApp;
  let groupId: string;
  let joinCode: string;
  let trainer: { cookie: string };

  async function participant(nickname: string, attend: boolean): Promise<string> {
    const learner = await t.newLearner();
    await t.gql(`mutation ($c: String!, $n: String!) { joinGroup(input: { code: $c, nickname: $n, consent: true }) { id } }`, { c: joinCode, n: nickname }, learner);
    if (attend) await t.gql(`query ($g: ID!) { myLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId }, learner);
    return learner;
  }

  beforeAll(async () => {
    t = await startTestApp();
    trainer = { cookie: await t.signInAs('trainer') };
    const group = (await t.gql(`mutation { createGroup(input: { name: "Brest MDG", courseId: "fixture-course", startsOn: "2026-11-23", endsOn: "2026-11-24" }) { id joinCode } }`, {}, trainer)).data?.createGroup;
    groupId = group.id;
    joinCode = group.joinCode;
    await t.gql(`mutation ($g: ID!) { startLiveSession(groupId: $g, locale: "en") { sessionId } }`, { g: groupId }, trainer);
  });
  afterAll(() => t.close());

  it('is refused until the participant attended and passed the final test', async () => {
    const absent = await participant('Absent', false);
    await t.gql(SUBMIT, POST(true), absent);
    const notAttended = await t.gql(ISSUE, { g: groupId }, absent);
    expect(errorCode(notAttended)).toBe('FORBIDDEN');
    expect(notAttended.errors?.[0]?.message).toMatch(/not attended/);

    const failing = await participant('Failing', true);
    await t.gql(SUBMIT, POST(false), failing);
    expect((await t.gql(ISSUE, { g: groupId }, failing)).errors?.[0]?.message).toMatch(/pass the final test/);
  });

  it('is issued once, downloads as a PDF and can be verified by anyone with the code', async () => {
    const olga = await participant('Ольга', true);
    await t.gql(SUBMIT, POST(true), olga);
    const issued = (await t.gql(ISSUE, { g: groupId }, olga)).data?.issueCertificate;
    expect(issued).toMatchObject({ nickname: 'Ольга', courseTitle: 'Тестовый курс', groupName: 'Brest MDG', dates: '2026-11-23 – 2026-11-24' });
    expect(issued.code).toMatch(/^[0-9A-Z]{12}$/);
    expect((await t.gql(ISSUE, { g: groupId }, olga)).data?.issueCertificate.code).toBe(issued.code);

    const pdf = await fetch(`${t.url}${issued.pdfPath}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    const checked = await t.gql(VERIFY, { c: issued.code.toLowerCase() });
    expect(checked.data?.verifyCertificate).toEqual({ nickname: 'Ольга', courseTitle: 'Fixture course', groupName: 'Brest MDG', dates: '2026-11-23 – 2026-11-24' });
  });

  it('answers an unknown code with NOT_FOUND, as GraphQL and as a download', async () => {
    expect(errorCode(await t.gql(VERIFY, { c: 'ZZZZZZZZZZZZ' }))).toBe('NOT_FOUND');
    expect((await fetch(`${t.url}/certificates/ZZZZZZZZZZZZ.pdf`)).status).toBe(404);
    expect((await fetch(`${t.url}/certificates/..%2F..%2Fetc.pdf`)).status).toBe(404);
  });

  it('is forgotten with the participant who leaves the group', async () => {
    const leaver = await participant('Leaver', true);
    await t.gql(SUBMIT, POST(true), leaver);
    const code = (await t.gql(ISSUE, { g: groupId }, leaver)).data?.issueCertificate.code;
    await t.gql(`mutation ($g: ID!) { leaveGroup(groupId: $g) }`, { g: groupId }, leaver);
    expect(errorCode(await t.gql(VERIFY, { c: code }))).toBe('NOT_FOUND');
  });
});

describe('guessing certificate codes by downloading', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gets 429 with Retry-After after 30 tries a minute from one source, malformed names counted too', async () => {
    const { CERTIFICATE_PDF_LIMIT } = await import('../../../src/modules/certificates/certificates.controller');
    const names = Array.from({ length: CERTIFICATE_PDF_LIMIT.limit }, (_, i) => (i % 3 === 0 ? `bad-${i}.pdf` : `${String(i).padStart(12, 'Z')}.pdf`));
    const statuses = [];
    for (const name of names) statuses.push((await fetch(`${t.url}/certificates/${name}`)).status);
    expect(statuses).toEqual(names.map(() => 404));

    const refused = await fetch(`${t.url}/certificates/ZZZZZZZZZZZZ.pdf`);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ statusCode: 429, message: `Too many attempts. Try again in ${retryAfter} s.` });
  });
});
