import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum StaffRoleValue {
  TRAINER = 'trainer',
  CAMPAIGN_MANAGER = 'campaign_manager',
  ADMIN = 'admin',
}
registerEnumType(StaffRoleValue, { name: 'StaffRole', description: 'What a staff member may do' });

@ObjectType({ description: 'A signed-in trainer, campaign manager or admin' })
export class StaffMember {
  @Field(() => ID, { description: 'Account id' })
  id: string;

  @Field({ description: 'Sign-in e-mail' })
  email: string;

  @Field({ description: 'Name shown to colleagues' })
  displayName: string;

  @Field(() => StaffRoleValue, { description: 'Role' })
  role: StaffRoleValue;
}
