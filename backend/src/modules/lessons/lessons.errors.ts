import { DomainError } from '../../common/errors/domain-error';

export const lessonNotFound = (id: string) =>
  new DomainError('NOT_FOUND', 'errors.lesson.notFound', `There is no lesson "${id.slice(0, 240)}"`);
