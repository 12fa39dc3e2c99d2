import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('lesson_completions')
export class LessonCompletionEntity {
  @PrimaryColumn('varchar', { length: 36 })
  learnerId: string;

  @PrimaryColumn('varchar', { length: 240 })
  lessonId: string;

  @Column()
  completedAt: Date;
}
