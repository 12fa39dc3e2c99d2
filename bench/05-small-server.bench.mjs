// (5) Small server: the whole platform (API, app files, SQLite) idles, then serves a classroom of 30
// learners who each open the app and go through a whole course: every lesson read and completed,
// every quiz answered, every role-play played to an ending, progress checked. Printed: the server's
// resident memory idle and at its peak (VmHWM), against the 512 MB of a Raspberry Pi-class box.
import { deviceAddress, gql, processMemory, sleep, startZorka } from './lib.mjs';

export const title = 'Small server (5)';
const LEARNERS = Number(process.env.BENCH_CLASSROOM ?? 30);
const BUDGET_MB = 512;
/** A learner reads for a moment between steps; a small pause keeps the 30 moving together. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 100);

const RUN = 'id finished node { id choices { id } outcome { kind } }';

async function openApp(url) {
  const html = await fetch(`${url}/`, { headers: { accept: 'text/html' } }).then((r) => r.text());
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await Promise.all(assets.map((a) => fetch(`${url}${a}`).then((r) => r.arrayBuffer())));
  return assets.length;
}

async function learnCourse(url, i, courseId) {
  const localAddress = deviceAddress(i);
  const ask = (query, variables, learner) => gql(url, query, variables, { learner, localAddress }).then((r) => r.data);
  await openApp(url);
  await ask('query ($l: String!) { courses(locale: $l) { id title } helplines(locale: $l) { name } }', { l: 'ru' });
  const learner = (await ask('mutation { startLearner { token } }')).startLearner.token;
  const { course } = await ask('query ($id: ID!) { course(id: $id, locale: "ru") { steps { kind id } } }', { id: courseId });
  for (const step of course.steps) {
    await sleep(THINK_MS);
    if (step.kind === 'LESSON') {
      await ask('query ($id: ID!) { lesson(id: $id, locale: "ru") { id title html } }', { id: step.id }, learner);
      await ask('mutation ($id: ID!) { completeLesson(lessonId: $id, locale: "ru") { percent } }', { id: step.id }, learner);
    } else if (step.kind === 'QUIZ') {
      const { quiz } = await ask('query ($id: ID!) { quiz(id: $id, locale: "ru") { questions { id options { id } } } }', { id: step.id }, learner);
      const answers = quiz.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[i % q.options.length].id] }));
      await ask('mutation ($input: SubmitQuizInput!) { submitQuiz(input: $input, locale: "ru") { score } }', { input: { quizId: step.id, answers } }, learner);
    } else if (step.kind === 'SCENARIO') {
      await ask('query ($id: ID!) { scenario(id: $id, locale: "ru") { id title } }', { id: step.id }, learner);
      let run = (await ask(`mutation ($id: ID!) { startScenario(scenarioId: $id, locale: "ru") { ${RUN} } }`, { id: step.id }, learner)).startScenario;
      for (let turns = 0; !run.finished && run.node.choices.length > 0 && turns < 50; turns++) {
        await sleep(THINK_MS);
        const choice = run.node.choices[i % run.node.choices.length];
        run = (await ask(`mutation ($r: ID!, $c: ID!) { chooseScenarioOption(runId: $r, choiceId: $c, locale: "ru") { ${RUN} } }`, { r: run.id, c: choice.id }, learner)).chooseScenarioOption;
      }
    }
  }
  await ask('query { myProgress(locale: "ru") { courses { percent } } }', {}, learner);
}

export async function run({ log }) {
  const zorka = await startZorka();
  try {
    await sleep(10_000); // idle: the retention sweep and the first GC have run
    const idle = zorka.memory();
    log(`idle: RSS ${idle.rssMb.toFixed(0)} MB (peak so far ${idle.peakRssMb.toFixed(0)} MB, content import included)`);
    const { data } = await gql(zorka.url, '{ courses(locale: "ru") { id stepCount } }');
    const course = [...data.courses].sort((a, b) => b.stepCount - a.stepCount)[0];
    const started = performance.now();
    let peakDuring = 0;
    const sampler = setInterval(() => (peakDuring = Math.max(peakDuring, processMemory(zorka.pid).rssMb)), 100);
    await Promise.all(Array.from({ length: LEARNERS }, (_, i) => learnCourse(zorka.url, i, course.id)));
    clearInterval(sampler);
    const after = zorka.memory();
    log(`${LEARNERS} learners finished "${course.id}" (${course.stepCount} steps) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    log(`RSS during the class up to ${peakDuring.toFixed(0)} MB; the process's peak (VmHWM) ${after.peakRssMb.toFixed(0)} MB`);
    return [
      { measure: 'idle RSS', zorka: idle.rssMb, reference: BUDGET_MB, unit: 'MB', target: `<= ${BUDGET_MB} MB`, ok: idle.rssMb <= BUDGET_MB },
      { measure: `peak RSS (start, import, ${LEARNERS}-learner class)`, zorka: after.peakRssMb, reference: BUDGET_MB, unit: 'MB', target: `<= ${BUDGET_MB} MB`, ok: after.peakRssMb <= BUDGET_MB },
      { measure: `${LEARNERS} learners through "${course.id}"`, zorka: (performance.now() - started) / 1000, unit: 's' },
    ];
  } finally {
    await zorka.stop();
  }
}
