import { computed, ref, toValue, watchEffect, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { useSafeModeStore } from '@/stores/safe-mode.store';

const pageTitle = ref('');

export const FAVICON_URL = '/favicon.svg';
export const NEUTRAL_ICON_URL = '/neutral-icon.svg';

/** Each page names itself; the document title is "<page> · Zorka", or neutral in safe mode. */
export function usePageTitle(title: MaybeRefOrGetter<string | null | undefined>): void {
  watchEffect(() => {
    pageTitle.value = toValue(title) ?? '';
  });
}

export function setFavicon(neutral: boolean, doc: Document = document): void {
  const href = neutral ? NEUTRAL_ICON_URL : FAVICON_URL;
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')) {
    if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  }
}

/** Applies the page title and safe mode (neutral title and icon) to the document; used once, in App. */
export function useDocumentHead(): void {
  const safeMode = useSafeModeStore();
  const { t } = useI18n();
  watchEffect(() => {
    document.title = safeMode.enabled
      ? t('safeMode.neutralTitle')
      : pageTitle.value
        ? t('app.documentTitle', { page: pageTitle.value })
        : t('app.name');
    setFavicon(safeMode.enabled);
  });
}

/**
 * The <h1> of a page whose subject loads from the API: "Loading…", then the title, or what went wrong.
 * One stable heading element, so focus moved to it after a navigation stays on it while data arrives.
 * Also names the document.
 */
export function usePageHeading(
  title: () => string | null | undefined,
  error: () => { code: string } | null | undefined,
): ComputedRef<string> {
  const { t } = useI18n();
  const heading = computed(() => {
    const value = title();
    if (value) return value;
    const failure = error();
    if (failure) return failure.code === 'NOT_FOUND' ? t('errors.code.NOT_FOUND') : t('common.errorTitle');
    return t('common.loading');
  });
  usePageTitle(heading);
  return heading;
}
