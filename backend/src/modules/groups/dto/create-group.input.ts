import { Field, ID, InputType } from '@nestjs/graphql';
import { CLIENT_ID_DESCRIPTION } from '../../../common/idempotency/client-id';
import { DisciplineValue, ProfileFieldValue } from '../models/group.model';

@InputType({ description: 'A new group' })
export class CreateGroupInput {
  @Field({ description: 'Name, 1-120 characters' })
  name: string;

  @Field(() => ID, { description: 'The training course' })
  courseId: string;

  @Field({ description: 'First day, YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'Last day, YYYY-MM-DD, not before the first' })
  endsOn: string;

  @Field(() => String, { nullable: true, description: 'Region, up to 80 characters' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue, up to 120 characters' })
  location?: string | null;

  @Field(() => [DisciplineValue], { defaultValue: [], description: 'Disciplines expected' })
  expectedDisciplines: DisciplineValue[];

  @Field(() => [ProfileFieldValue], { defaultValue: [], description: 'Optional fields to ask participants for' })
  profileFields: ProfileFieldValue[];

  @Field(() => String, { nullable: true, description: CLIENT_ID_DESCRIPTION })
  clientId?: string | null;
}
