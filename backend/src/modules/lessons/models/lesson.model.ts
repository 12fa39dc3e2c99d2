import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A captions file for a video' })
export class Caption {
  @Field({ description: 'Language of the captions' })
  locale: string;

  @Field({ description: 'URL of the WebVTT file, served by Zorka' })
  url: string;
}

@ObjectType({ description: 'A self-hosted video with captions' })
export class Video {
  @Field({ description: 'URL of the video file, served by Zorka' })
  url: string;

  @Field(() => [Caption], { description: 'Captions in every language the lesson has' })
  captions: Caption[];

  @Field({ description: "Plain-text transcript made from the captions in the lesson's language" })
  transcript: string;
}

@ObjectType({ description: 'A lesson: text, maybe a video' })
export class Lesson {
  @Field(() => ID, { description: 'Full id, course/lesson' })
  id: string;

  @Field(() => ID, { description: 'The course it belongs to' })
  courseId: string;

  @Field({ description: 'Title' })
  title: string;

  @Field(() => Int, { description: 'About how long it takes to read or watch' })
  minutes: number;

  @Field({ description: 'Lesson body rendered from Markdown to safe HTML (no raw HTML from authors)' })
  html: string;

  @Field(() => Video, { nullable: true, description: 'The video, when the lesson has one' })
  video: Video | null;

  @Field({ description: 'Language the lesson is returned in' })
  locale: string;
}
