import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ProfileFieldValue {
  GENDER = 'gender',
  DISCIPLINE = 'discipline',
  REGION = 'region',
}
registerEnumType(ProfileFieldValue, { name: 'ProfileField', description: 'An optional self-reported field for reports' });

export enum GenderValue {
  FEMALE = 'female',
  MALE = 'male',
  OTHER = 'other',
}
registerEnumType(GenderValue, { name: 'Gender', description: 'Self-reported gender (optional)' });

export enum DisciplineValue {
  POLICE = 'police',
  PROSECUTION = 'prosecution',
  SOCIAL_WORK = 'social-work',
  EDUCATION = 'education',
  HEALTH = 'health',
  NGO = 'ngo',
  OTHER = 'other',
}
registerEnumType(DisciplineValue, { name: 'Discipline', description: 'Agency or profession (optional, self-reported)' });

@ObjectType({ description: 'A participant as the trainer sees them' })
export class Participant {
  @Field(() => ID, { description: 'Membership id' })
  id: string;

  @Field({ description: 'Nickname chosen by the participant' })
  nickname: string;

  @Field(() => GenderValue, { nullable: true, description: 'Only when asked and answered' })
  gender: GenderValue | null;

  @Field(() => DisciplineValue, { nullable: true, description: 'Only when asked and answered' })
  discipline: DisciplineValue | null;

  @Field(() => String, { nullable: true, description: 'Only when asked and answered' })
  region: string | null;

  @Field({ description: 'When they joined' })
  joinedAt: Date;
}

@ObjectType({ description: "A trainer's group" })
export class Group {
  @Field(() => ID, { description: 'Group id' })
  id: string;

  @Field({ description: 'Name' })
  name: string;

  @Field(() => ID, { description: 'The training course' })
  courseId: string;

  @Field({ description: 'First day (YYYY-MM-DD)' })
  startsOn: string;

  @Field({ description: 'Last day (YYYY-MM-DD)' })
  endsOn: string;

  @Field(() => String, { nullable: true, description: 'Region' })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'Venue' })
  location: string | null;

  @Field(() => [DisciplineValue], { description: 'Disciplines the trainer expects' })
  expectedDisciplines: DisciplineValue[];

  @Field(() => [ProfileFieldValue], { description: 'Optional fields participants are asked for' })
  profileFields: ProfileFieldValue[];

  @Field({ description: 'Code participants type to join, as XXXX-XXXX' })
  joinCode: string;

  @Field({ description: 'Path of the join page with the code filled in' })
  joinPath: string;

  @Field({ description: 'QR code of the join link, as SVG, for a projector or print' })
  joinQrSvg: string;

  @Field(() => Int, { description: 'Number of participants' })
  participantCount: number;

  @Field(() => [Participant], { description: 'Participants, in joining order' })
  participants: Participant[];
}

@ObjectType({ description: 'What someone with a join code may see before joining' })
export class JoinableGroup {
  @Field(() => ID, { description: 'Group id' })
  id: string;

  @Field({ description: 'Name' })
  name: string;

  @Field(() => ID, { description: 'The training course' })
  courseId: string;

  @Field(() => [ProfileFieldValue], { description: 'Optional fields the trainer asks for' })
  profileFields: ProfileFieldValue[];
}

@ObjectType({ description: "The calling learner's place in a group" })
export class Membership {
  @Field(() => ID, { description: 'Membership id' })
  id: string;

  @Field(() => ID, { description: 'The group' })
  groupId: string;

  @Field({ description: 'Group name' })
  groupName: string;

  @Field(() => ID, { description: 'The training course' })
  courseId: string;

  @Field({ description: 'Nickname' })
  nickname: string;

  @Field({ description: 'Whether a pairing code is set (the code itself is never kept or shown)' })
  hasPairingCode: boolean;
}

export enum GroupTestValue {
  PRE = 'pre',
  POST = 'post',
}
registerEnumType(GroupTestValue, { name: 'GroupTest', description: "The training's pre-test or final (post-) test" });

@ObjectType({ description: 'A test taken outside the group that now counts for it' })
export class PairedTestAttempt {
  @Field({ description: 'The group it counts for' })
  groupName: string;

  @Field(() => GroupTestValue, { description: 'Which of the two tests it is' })
  test: GroupTestValue;
}
