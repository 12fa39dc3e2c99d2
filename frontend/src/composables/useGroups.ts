import '@/graphql/trainings/error-keys';
import { computed, onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { mutate } from '@/graphql/client';
import { type CreateGroupInput } from '@/graphql/generated/graphql';
import {
  CreateGroupDocument,
  GroupChangedDocument,
  GroupDocument,
  GroupReportDocument,
  GroupsDocument,
  RemoveParticipantDocument,
  type CreateGroupMutation,
} from '@/graphql/generated-trainings/graphql';
import { useLiveClient } from '@/graphql/subscriptions';
import { newClientId } from '@/modules/client-id';
import { useAction } from './useAction';
import { useQuery } from './useApi';
import { useLocale } from './useLocale';

/** Staff: the trainer's groups. */
export function useGroups() {
  const state = useQuery(GroupsDocument, {});
  return { ...state, groups: computed(() => state.data.value?.groups ?? []) };
}

/**
 * Staff: one group with its join code, QR code, participants and running live session. It stays
 * current by itself: the server pushes the group again whenever someone joins or leaves or a live
 * session starts or ends (no polling). Where WebSockets are blocked, the page's Refresh still works.
 */
export function useGroup(groupId: MaybeRefOrGetter<string>) {
  const state = useQuery(GroupDocument, () => ({ id: toValue(groupId) }));
  const client = useLiveClient();
  let stop: (() => void) | null = null;
  watch(
    () => toValue(groupId),
    (id) => {
      stop?.();
      stop = client.subscribe(GroupChangedDocument, { groupId: id }, {
        next: (data) => {
          if (toValue(groupId) === id) state.data.value = { group: data.groupChanged };
        },
        // The HTTP answer (and its error, if any) stays what the page shows.
        error: () => undefined,
      });
    },
    { immediate: true },
  );
  onScopeDispose(() => stop?.());
  return { ...state, group: computed(() => state.data.value?.group ?? null) };
}

export function useGroupReport(groupId: MaybeRefOrGetter<string>) {
  const { locale } = useLocale();
  const state = useQuery(GroupReportDocument, () => ({ groupId: toValue(groupId), locale: locale.value }));
  return { ...state, report: computed(() => state.data.value?.groupReport ?? null) };
}

export function useCreateGroup() {
  const { busy, error, run } = useAction();
  // Kept until a group is created: a retry after a lost answer (or a double click) returns the same group.
  let clientId = newClientId();
  const create = (input: CreateGroupInput): Promise<CreateGroupMutation['createGroup'] | null> =>
    run(async () => {
      const created = (await mutate(CreateGroupDocument, { input: { ...input, clientId } })).createGroup;
      clientId = newClientId();
      return created;
    });
  return { busy, error, create };
}

export function useRemoveParticipant(groupId: MaybeRefOrGetter<string>) {
  const { busy, error, run } = useAction();
  const remove = async (participantId: string): Promise<boolean> =>
    (await run(() => mutate(RemoveParticipantDocument, { groupId: toValue(groupId), participantId }))) !== null;
  return { busy, error, remove };
}

