import { computed, onBeforeUnmount, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { PublicCampaignDocument } from '@/graphql/generated-campaigns/graphql';
import type { ReachEvent } from '@/modules/reach-beacon';
import { useQuery } from './useApi';

/** A live campaign for its public pages; `campaign` is null while loading and when there is none. */
export function usePublicCampaign(slug: MaybeRefOrGetter<string>) {
  const state = useQuery(PublicCampaignDocument, () => ({ slug: toValue(slug) }));
  return {
    ...state,
    campaign: computed(() => state.data.value?.publicCampaign ?? null),
    /** Answered, and there is no such live campaign */
    missing: computed(() => state.data.value !== null && state.data.value.publicCampaign === null),
  };
}

/** The tracker, in its own small chunk: loaded only by pages that report reach. */
const beacon = () => import('@/modules/reach-beacon');

export const trackReach = (campaign: string, kind: ReachEvent, material: string | null = null) =>
  void beacon().then((module) => module.track(campaign, kind, material));

/**
 * A campaign page's reach: one `view` once the page shows a live campaign (`shown` turns true), and
 * whatever the page asks for later (video progress, the article read to the end, a share).
 */
export function useReach(campaign: MaybeRefOrGetter<string>, material: MaybeRefOrGetter<string | null>, shown: () => boolean) {
  let viewed = false;
  watch(
    shown,
    (isShown) => {
      if (!isShown || viewed) return;
      viewed = true;
      trackReach(toValue(campaign), 'view', toValue(material));
    },
    { immediate: true },
  );

  /** Reports play and 25/50/75/100 % of a self-hosted video. */
  function watchVideo(video: HTMLMediaElement): void {
    const m = toValue(material);
    if (m) void beacon().then((module) => module.watchVideo(toValue(campaign), video, m));
  }

  /** Reports `read` when the element after the article comes into view (it appears with the article). */
  function watchRead(sentinel: Ref<HTMLElement | null>): void {
    let stop: () => void = () => undefined;
    watch(sentinel, (element) => {
      stop();
      const m = toValue(material);
      if (element && m) void beacon().then((module) => (stop = module.watchRead(toValue(campaign), element, m)));
    });
    onBeforeUnmount(() => stop());
  }

  return { watchVideo, watchRead, share: () => trackReach(toValue(campaign), 'share', toValue(material)) };
}
