import { toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useRoute } from 'vue-router';
import { campaignFrom, forgetCampaignFrom, rememberCampaignFrom } from '@/modules/campaign-from';
import { useCompletedSteps } from './useProgress';

/** The tracker's own chunk, loaded only for a course opened from a campaign. */
const trackReach = (campaign: string, kind: 'course_start' | 'course_complete') =>
  void import('@/modules/reach-beacon').then((module) => module.track(campaign, kind));

/**
 * Course pages: report to a campaign that its visitor started this course (arriving with
 * ?from=c:<slug>) and, later in the same tab, finished it. Does nothing at all, and loads nothing,
 * for a course not opened from a campaign.
 */
export function useCampaignCourse(
  courseId: MaybeRefOrGetter<string>,
  stepIds: () => readonly string[] | undefined,
): void {
  const route = useRoute();
  const started = rememberCampaignFrom(route.query.from, toValue(courseId));
  if (started) trackReach(started, 'course_start');
  if (!campaignFrom(toValue(courseId))) return;
  const { completed } = useCompletedSteps(courseId);

  watch(
    () => {
      const steps = stepIds();
      const done = completed.value;
      return !!steps?.length && steps.every((id) => done.includes(id));
    },
    (finished) => {
      const campaign = campaignFrom(toValue(courseId));
      if (!finished || !campaign) return;
      forgetCampaignFrom();
      // A course that was already finished before the visitor came from the campaign is not counted.
      if (!started) trackReach(campaign, 'course_complete');
    },
  );
}
