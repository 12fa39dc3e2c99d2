import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A certificate of completion' })
export class Certificate {
  @Field({ description: 'Verification code printed on it' })
  code: string;

  @Field({ description: 'Name on the certificate (the nickname the participant chose)' })
  nickname: string;

  @Field({ description: 'Training course, in the requested language' })
  courseTitle: string;

  @Field({ description: 'Group (training) name' })
  groupName: string;

  @Field({ description: 'Training dates, YYYY-MM-DD to YYYY-MM-DD' })
  dates: string;

  @Field({ description: 'Date of issue, YYYY-MM-DD' })
  issuedOn: string;

  @Field({ description: 'Path of the PDF' })
  pdfPath: string;

  @Field({ description: 'Path of the public page that verifies it' })
  verifyPath: string;
}
