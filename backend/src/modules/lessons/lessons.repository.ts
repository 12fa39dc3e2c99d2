import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { LessonEntity } from './lesson.entity';

@Injectable()
export class LessonsRepository {
  constructor(@InjectRepository(LessonEntity) private readonly lessons: Repository<LessonEntity>) {}

  findActiveById(id: string): Promise<LessonEntity | null> {
    return this.lessons.findOne({ where: { id, retiredAt: IsNull() } });
  }

  findByIds(ids: string[]): Promise<LessonEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.lessons.createQueryBuilder('l').where('l.id IN (:...ids)', { ids }).getMany();
  }
}
