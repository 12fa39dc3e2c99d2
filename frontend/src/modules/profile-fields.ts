import type { Discipline, Gender, ProfileField } from '@/graphql/generated/graphql';

/** The optional self-reported fields, in the order forms and reports show them. */
export const PROFILE_FIELDS: readonly ProfileField[] = ['GENDER', 'DISCIPLINE', 'REGION'];
export const GENDERS: readonly Gender[] = ['FEMALE', 'MALE', 'OTHER'];
export const DISCIPLINES: readonly Discipline[] = ['POLICE', 'PROSECUTION', 'SOCIAL_WORK', 'EDUCATION', 'HEALTH', 'NGO', 'OTHER'];

/**
 * Report cells are labelled with the stored values (female, social-work, not-stated) or, for
 * regions, the text people typed. Returns the i18n key of a known label, or null (show it as is).
 */
export function reportLabelKey(kind: 'gender' | 'discipline' | 'region', label: string): string | null {
  if (label === 'not-stated') return 'profile.notStated';
  const value = label.toUpperCase().replace(/-/g, '_');
  if (kind === 'gender' && (GENDERS as readonly string[]).includes(value)) return `profile.gender.${value}`;
  if (kind === 'discipline' && (DISCIPLINES as readonly string[]).includes(value)) return `profile.discipline.${value}`;
  return null;
}
