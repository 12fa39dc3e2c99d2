import { defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * The live session a trainer last opened for each group, for "Back to the live session" on the
 * group page. UI state for this tab only (the API has no "current session of a group" for staff);
 * a closed tab forgets it, and the projector's own address keeps working.
 */
export const useLiveSessionsStore = defineStore('liveSessions', () => {
  const byGroup = ref<Record<string, string>>({});

  return {
    byGroup,
    remember: (groupId: string, sessionId: string) => {
      byGroup.value = { ...byGroup.value, [groupId]: sessionId };
    },
    forget: (groupId: string) => {
      const { [groupId]: _gone, ...rest } = byGroup.value;
      byGroup.value = rest;
    },
  };
});
