import '@/graphql/trainings/error-keys';
import { computed, ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { invalidate, mutate, query } from '@/graphql/client';
import { toApiError, type ApiError } from '@/graphql/errors';
import {
  AcceptStaffInvitationDocument,
  InviteStaffDocument,
  RevokeStaffInvitationDocument,
  SetStaffActiveDocument,
  SetStaffRoleDocument,
  StaffAccountsDocument,
  StaffInvitationDocument,
  type InviteStaffMutation,
  type StaffRole,
} from '@/graphql/generated-trainings/graphql';
import { useQuery } from './useApi';
import { useAction } from './useAction';

/** Admins: every staff account and the pending invitations. */
export function useStaffAccounts() {
  const state = useQuery(StaffAccountsDocument, {});
  return {
    ...state,
    accounts: computed(() => state.data.value?.staffAccounts ?? []),
    invitations: computed(() => state.data.value?.staffInvitations ?? []),
  };
}

/** The admin's actions on accounts and invitations; each refreshes the list. */
export function useStaffAdminActions() {
  const { busy, error, run } = useAction();
  return {
    busy,
    error,
    invite: (email: string, role: StaffRole): Promise<InviteStaffMutation['inviteStaff'] | null> =>
      run(async () => (await mutate(InviteStaffDocument, { email: email.trim(), role })).inviteStaff),
    revoke: async (id: string) => (await run(() => mutate(RevokeStaffInvitationDocument, { id }))) !== null,
    setRole: async (accountId: string, role: StaffRole) => (await run(() => mutate(SetStaffRoleDocument, { accountId, role }))) !== null,
    setActive: async (accountId: string, active: boolean) => (await run(() => mutate(SetStaffActiveDocument, { accountId, active }))) !== null,
  };
}

/** What an invitation link is for; asked afresh (it may have been revoked meanwhile). */
export function useStaffInvitation(token: MaybeRefOrGetter<string>) {
  const state = useQuery(StaffInvitationDocument, () => ({ token: toValue(token) }), {
    execute: (doc, variables) => query(doc, variables, { force: true }),
  });
  return { ...state, invitation: computed(() => state.data.value?.staffInvitation ?? null) };
}

/** Accepting signs the new account in (the server sets the session cookie). */
export function useAcceptInvitation() {
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);
  async function accept(token: string, displayName: string, password: string): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      await mutate(AcceptStaffInvitationDocument, { token, displayName: displayName.trim(), password });
      invalidate(['Me', 'Groups', 'Group', 'GroupReport', 'LiveSession', 'StaffAccounts']);
      return true;
    } catch (caught) {
      error.value = toApiError(caught);
      return false;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, accept };
}
