import { allowServerKeys } from '../errors';

/**
 * Server message keys of campaigns (`campaigns.errors.<reason>`). Their texts are in the
 * `campaign-staff` message bundle (src/locales/campaign-staff/), which the campaign managers' pages
 * load; importing this module lets those keys through to the UI (see allowServerKeys in errors.ts).
 */
export const TRANSLATED_CAMPAIGN_KEYS = [
  'campaigns.errors.notFound',
  'campaigns.errors.materialNotFound',
  'campaigns.errors.linkNotFound',
  'campaigns.errors.ledgerEntryNotFound',
  'campaigns.errors.definedInContent',
  'campaigns.errors.liveNeedsMaterial',
  'campaigns.errors.length',
  'campaigns.errors.date',
  'campaigns.errors.locale',
  'campaigns.errors.slug',
  'campaigns.errors.slugTaken',
  'campaigns.errors.slugFixed',
  'campaigns.errors.endsBeforeStart',
  'campaigns.errors.embedUrl',
  'campaigns.errors.videoFile',
  'campaigns.errors.captionsFile',
  'campaigns.errors.videoTwoSources',
  'campaigns.errors.unknownCourse',
  'campaigns.errors.unknownMaterial',
  'campaigns.errors.utm',
  'campaigns.errors.reach',
  'campaigns.errors.position',
  'campaigns.errors.dateRange',
] as const;

allowServerKeys(TRANSLATED_CAMPAIGN_KEYS);
