import { DomainError } from '../../common/errors/domain-error';

export const courseNotFound = (id: string) =>
  new DomainError('NOT_FOUND', 'errors.course.notFound', `There is no course "${id.slice(0, 240)}"`);
