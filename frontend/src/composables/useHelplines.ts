import { computed } from 'vue';
import { HelplinesDocument } from '@/graphql/generated/graphql';
import { useQuery } from './useApi';
import { useLocale } from './useLocale';

export function useHelplines() {
  const { locale } = useLocale();
  const state = useQuery(HelplinesDocument, () => ({ locale: locale.value }));
  return { ...state, helplines: computed(() => state.data.value?.helplines ?? []) };
}
