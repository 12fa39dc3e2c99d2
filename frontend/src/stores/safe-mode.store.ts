import { defineStore } from 'pinia';
import { ref } from 'vue';
import { readStored, removeStored, STORAGE_KEYS, writeStored } from '@/modules/storage';

/** Safe mode: a neutral tab title and icon, so a glance at the tabs or the history reveals less. */
export const useSafeModeStore = defineStore('safeMode', () => {
  const enabled = ref(readStored(STORAGE_KEYS.safeMode) === 'on');

  function setEnabled(value: boolean): void {
    enabled.value = value;
    if (value) writeStored(STORAGE_KEYS.safeMode, 'on');
    else removeStored(STORAGE_KEYS.safeMode);
  }

  return { enabled, setEnabled, toggle: () => setEnabled(!enabled.value) };
});
