import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Count a test taken on this device for a group: its join code and a pairing code of your choice' })
export class PairTestAttemptInput {
  @Field({ description: "The group's join code, e.g. K7QM-4XP0" })
  joinCode: string;

  @Field({ description: 'A word and a number you will remember (never your name), 4-40 characters; the same one for both tests' })
  pairingCode: string;

  @Field(() => ID, { description: 'The test taken: the pre-test or the final test of the group’s course' })
  quizId: string;
}
