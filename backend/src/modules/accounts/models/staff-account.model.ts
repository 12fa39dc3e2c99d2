import { Field, ID, ObjectType } from '@nestjs/graphql';
import { StaffRoleValue } from './staff-member.model';

@ObjectType({ description: 'A staff account as an admin manages it' })
export class StaffAccount {
  @Field(() => ID, { description: 'Account id' })
  id: string;

  @Field({ description: 'Sign-in e-mail' })
  email: string;

  @Field({ description: 'Name shown to colleagues' })
  displayName: string;

  @Field(() => StaffRoleValue, { description: 'Role' })
  role: StaffRoleValue;

  @Field({ description: 'False when deactivated: the account cannot sign in' })
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'Last sign-in, null when never' })
  lastSignInAt: Date | null;

  @Field({ description: 'When the account was made' })
  createdAt: Date;
}

@ObjectType({ description: 'An invitation not yet accepted or revoked' })
export class StaffInvitation {
  @Field(() => ID, { description: 'Invitation id' })
  id: string;

  @Field({ description: 'E-mail the account will sign in with' })
  email: string;

  @Field(() => StaffRoleValue, { description: 'Role the account will have' })
  role: StaffRoleValue;

  @Field({ description: 'When it was made' })
  createdAt: Date;

  @Field({ description: 'After this the link no longer works' })
  expiresAt: Date;

  @Field({ description: 'True once past expiresAt' })
  expired: boolean;
}

@ObjectType({ description: 'A new invitation with its one-time link, shown only in this answer' })
export class CreatedStaffInvitation {
  @Field(() => StaffInvitation, { description: 'The invitation' })
  invitation: StaffInvitation;

  @Field({ description: 'Path of the one-time link (/staff/invitation/<token>); the server keeps only a hash of the token' })
  acceptPath: string;
}

@ObjectType({ description: 'What an invitation link is for, shown to the invitee before they set a password' })
export class StaffInvitationPreview {
  @Field({ description: 'E-mail the account will sign in with' })
  email: string;

  @Field(() => StaffRoleValue, { description: 'Role' })
  role: StaffRoleValue;

  @Field({ description: 'After this the link no longer works' })
  expiresAt: Date;
}
