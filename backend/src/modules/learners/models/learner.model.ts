import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A credential for an anonymous learner on this device' })
export class LearnerSession {
  @Field({ description: "Opaque secret the browser keeps and sends as 'Authorization: Learner <token>'" })
  token: string;
}

@ObjectType({ description: 'Words that continue the same progress on another device' })
export class RecoveryCode {
  @Field({ description: 'Six words to write down; shown once, never stored in clear' })
  code: string;
}
