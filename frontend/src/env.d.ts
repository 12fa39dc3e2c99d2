/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where "Exit this page" sends the learner; defaults to a weather page. */
  readonly VITE_QUICK_EXIT_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
