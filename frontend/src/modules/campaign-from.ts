/**
 * "Started from a campaign": a course page opened with ?from=c:<campaign slug> (the campaign's
 * "Start the course" link) remembers, for this tab only (sessionStorage, gone when it closes), the
 * campaign and the course it pointed to: nothing about the visitor. The course pages then report
 * course_start and, once every step is done, course_complete to that campaign, and forget it.
 */
const KEY = 'zorka.campaign-from';
const FROM = /^c:([a-z0-9-]{1,80})$/;

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage refused: the course is simply not attributed
  }
}

/** Remembers the campaign named by `?from=`; returns its slug when there is one. */
export function rememberCampaignFrom(from: unknown, courseId: string): string | null {
  const slug = typeof from === 'string' ? FROM.exec(from)?.[1] : undefined;
  if (!slug) return null;
  try {
    session()?.setItem(KEY, `${slug}/${courseId}`);
  } catch {
    /* not remembered: only the start is reported */
  }
  return slug;
}

/** The campaign this course was started from in this tab, else null. */
export function campaignFrom(courseId: string): string | null {
  const [slug, course] = (session()?.getItem(KEY) ?? '').split('/');
  return slug && course === courseId ? slug : null;
}

export function forgetCampaignFrom(): void {
  session()?.removeItem(KEY);
}
