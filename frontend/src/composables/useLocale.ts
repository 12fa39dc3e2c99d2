import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { LOCALES, setLocale, type AppLocale } from '@/i18n';

/** The UI language, which is also the language every content query asks for. */
export function useLocale() {
  const { locale } = useI18n();
  return {
    locale: computed(() => locale.value as AppLocale),
    locales: LOCALES,
    setLocale,
  };
}
