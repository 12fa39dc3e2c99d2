/** Paths of the inline icons (24×24 viewBox, drawn with a stroke). */
export type IconName =
  | 'star'
  | 'check'
  | 'cross'
  | 'globe'
  | 'phone'
  | 'chevron-down'
  | 'arrow-left'
  | 'lesson'
  | 'quiz'
  | 'scenario'
  | 'good'
  | 'mixed'
  | 'bad'
  | 'info'
  | 'shield'
  | 'exit';

export const ICON_PATHS: Record<IconName, string> = {
  star: 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.5L12 17.3l-5.9 3.2 1.3-6.5-4.9-4.6 6.6-.8z',
  check: 'M4.5 12.5l5 5 10-11',
  cross: 'M6 6l12 12M18 6L6 18',
  globe: 'M12 3a9 9 0 100 18 9 9 0 000-18zm-9 9h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
  phone: 'M6.6 3.5l3 .6 1.2 4-2 1.6a12 12 0 005.5 5.5l1.6-2 4 1.2.6 3-2.4 2.1C10.8 19.4 4.6 13.2 4.5 5.9z',
  'chevron-down': 'M6 9l6 6 6-6',
  'arrow-left': 'M19 12H5m6-6l-6 6 6 6',
  lesson: 'M4 5.5C6.5 4.5 9.5 4.5 12 6c2.5-1.5 5.5-1.5 8-.5V19c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5-1.5-8-.5zM12 6v13.5',
  quiz: 'M9.2 9a2.9 2.9 0 015.6 1c0 2-2.8 2.4-2.8 4.5M12 18.5h.01M12 3a9 9 0 100 18 9 9 0 000-18z',
  scenario: 'M4 5h11v8H9l-4 3v-3H4zM15 9h5v8h-1v3l-4-3h-5v-2',
  good: 'M12 3a9 9 0 100 18 9 9 0 000-18zM7.5 12.5l3 3 6-6.5',
  mixed: 'M12 3a9 9 0 100 18 9 9 0 000-18zM8 12h8',
  bad: 'M12 3a9 9 0 100 18 9 9 0 000-18zM9 9l6 6m0-6l-6 6',
  info: 'M12 3a9 9 0 100 18 9 9 0 000-18zM12 11v6m0-9.5h.01',
  shield: 'M12 3l7.5 3v5.5c0 4.6-3.2 8.2-7.5 9.5-4.3-1.3-7.5-4.9-7.5-9.5V6z',
  exit: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10',
};
