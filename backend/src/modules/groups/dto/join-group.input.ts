import { Field, InputType } from '@nestjs/graphql';
import { DisciplineValue, GenderValue } from '../models/group.model';

@InputType({ description: 'Joining a group with its code: no account, no real name needed' })
export class JoinGroupInput {
  @Field({ description: 'The join code, e.g. K7QM-4XP0' })
  code: string;

  @Field({ description: 'A nickname of your choice, 1-40 characters' })
  nickname: string;

  @Field({ description: 'Agreement to the consent line shown on the join page (must be true)' })
  consent: boolean;

  @Field(() => GenderValue, { nullable: true, description: 'Optional, only if the trainer asks' })
  gender?: GenderValue | null;

  @Field(() => DisciplineValue, { nullable: true, description: 'Optional, only if the trainer asks' })
  discipline?: DisciplineValue | null;

  @Field(() => String, { nullable: true, description: 'Optional, only if the trainer asks; up to 80 characters' })
  region?: string | null;
}
