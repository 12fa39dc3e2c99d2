import '@/graphql/campaign-staff/error-keys';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { mutate } from '@/graphql/client';
import { ApiError, fromHttpStatus, networkError } from '@/graphql/errors';
import {
  AddCampaignMaterialDocument,
  AddLedgerEntryDocument,
  CampaignDashboardDocument,
  CampaignDocument,
  CampaignsDocument,
  CreateCampaignDocument,
  CreateTrackedLinkDocument,
  MoveCampaignMaterialDocument,
  RebuildCampaignRollupsDocument,
  RemoveCampaignMaterialDocument,
  RemoveLedgerEntryDocument,
  RemoveTrackedLinkDocument,
  SetCampaignStatusDocument,
  TrackedLinksDocument,
  UpdateCampaignDocument,
  UpdateCampaignMaterialDocument,
  type CampaignInput,
  type CampaignStatus,
  type LedgerEntryInput,
  type MaterialInput,
  type TrackedLinkInput,
} from '@/graphql/generated-campaign-staff/graphql';
import { useQuery } from './useApi';
import { useAction } from './useAction';

/** Campaign managers and admins: every campaign. */
export function useCampaigns() {
  const state = useQuery(CampaignsDocument, {});
  return { ...state, campaigns: computed(() => state.data.value?.campaigns ?? []) };
}

/** One campaign with its materials (null id: a new campaign, nothing to load). */
export function useStaffCampaign(id: MaybeRefOrGetter<string | null>) {
  const state = useQuery(CampaignDocument, () => {
    const value = toValue(id);
    return value ? { id: value } : null;
  });
  return { ...state, campaign: computed(() => state.data.value?.campaign ?? null) };
}

export function useTrackedLinks(campaignId: MaybeRefOrGetter<string>) {
  const state = useQuery(TrackedLinksDocument, () => ({ campaignId: toValue(campaignId) }));
  return { ...state, links: computed(() => state.data.value?.trackedLinks ?? []) };
}

export function useCampaignDashboard(campaignId: MaybeRefOrGetter<string>, range: MaybeRefOrGetter<{ from: string; to: string }>) {
  const state = useQuery(CampaignDashboardDocument, () => ({ campaignId: toValue(campaignId), ...toValue(range) }));
  return { ...state, dashboard: computed(() => state.data.value?.campaignDashboard ?? null) };
}

/** Saving the campaign itself: create or update, and its status. */
export function useSaveCampaign() {
  const { busy, error, run } = useAction();
  const create = async (input: CampaignInput) => (await run(() => mutate(CreateCampaignDocument, { input })))?.createCampaign ?? null;
  const update = async (id: string, input: CampaignInput) => (await run(() => mutate(UpdateCampaignDocument, { id, input })))?.updateCampaign ?? null;
  const setStatus = async (id: string, status: CampaignStatus) =>
    (await run(() => mutate(SetCampaignStatusDocument, { id, status })))?.setCampaignStatus ?? null;
  return { busy, error, create, update, setStatus };
}

export function useMaterialActions() {
  const { busy, error, run } = useAction();
  const add = async (campaignId: string, input: MaterialInput) => (await run(() => mutate(AddCampaignMaterialDocument, { campaignId, input }))) !== null;
  const update = async (materialId: string, input: MaterialInput) => (await run(() => mutate(UpdateCampaignMaterialDocument, { materialId, input }))) !== null;
  const remove = async (materialId: string) => (await run(() => mutate(RemoveCampaignMaterialDocument, { materialId }))) !== null;
  const move = async (materialId: string, position: number) => (await run(() => mutate(MoveCampaignMaterialDocument, { materialId, position }))) !== null;
  /** Uploads a video or captions file first; the material then names the stored file. */
  const upload = (campaignId: string, file: File) => run(() => uploadCampaignMedia(campaignId, file));
  return { busy, error, add, update, remove, move, upload };
}

export function useTrackedLinkActions() {
  const { busy, error, run } = useAction();
  const create = async (campaignId: string, input: TrackedLinkInput) =>
    (await run(() => mutate(CreateTrackedLinkDocument, { campaignId, input })))?.createTrackedLink ?? null;
  const remove = async (id: string) => (await run(() => mutate(RemoveTrackedLinkDocument, { id }))) !== null;
  return { busy, error, create, remove };
}

export function useLedgerActions() {
  const { busy, error, run } = useAction();
  const add = async (campaignId: string, input: LedgerEntryInput) => (await run(() => mutate(AddLedgerEntryDocument, { campaignId, input }))) !== null;
  const remove = async (id: string) => (await run(() => mutate(RemoveLedgerEntryDocument, { id }))) !== null;
  return { busy, error, add, remove };
}

export function useRebuildRollups() {
  const { busy, error, run } = useAction();
  const rebuild = async (campaignId: string) => (await run(() => mutate(RebuildCampaignRollupsDocument, { campaignId })))?.rebuildCampaignRollups ?? null;
  return { busy, error, rebuild };
}

const UPLOAD_TYPES: Record<string, string> = { mp4: 'video/mp4', webm: 'video/webm', vtt: 'text/vtt' };

/**
 * PUT /campaign-media/:campaignId/:fileName with the file as the raw body (the staff cookie goes
 * along); answers the stored file's name, which a material then refers to.
 */
export async function uploadCampaignMedia(campaignId: string, file: File): Promise<string> {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const type = UPLOAD_TYPES[extension] ?? file.type;
  let response: Response;
  try {
    response = await fetch(`/campaign-media/${encodeURIComponent(campaignId)}/${encodeURIComponent(file.name)}`, {
      method: 'PUT',
      headers: { 'content-type': type },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw networkError('UploadCampaignMedia', false);
  }
  const body = (await response.json().catch(() => null)) as { file?: unknown } | null;
  if (response.status === 413) throw new ApiError('BAD_USER_INPUT', 'campaignStaff.upload.tooLarge', 'File too large', 'UploadCampaignMedia');
  if (response.status === 400 || response.status === 415) {
    throw new ApiError('BAD_USER_INPUT', 'campaignStaff.upload.badType', `HTTP ${response.status}`, 'UploadCampaignMedia');
  }
  if (!response.ok || typeof body?.file !== 'string') throw fromHttpStatus(response.status, 'UploadCampaignMedia');
  return body.file;
}
