import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { CourseEntity } from './course.entity';

@Injectable()
export class CoursesRepository {
  constructor(@InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>) {}

  /** Courses learners can find: retired ones stay in the database for progress, not in the catalogue. */
  findActive(): Promise<CourseEntity[]> {
    return this.courses.find({ where: { retiredAt: IsNull() }, order: { id: 'ASC' } });
  }

  findActiveById(id: string): Promise<CourseEntity | null> {
    return this.courses.findOne({ where: { id, retiredAt: IsNull() } });
  }

  /** Including retired ones: a learner's progress page still names a course they took. */
  findByIds(ids: string[]): Promise<CourseEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.courses.createQueryBuilder('c').where('c.id IN (:...ids)', { ids }).getMany();
  }
}
