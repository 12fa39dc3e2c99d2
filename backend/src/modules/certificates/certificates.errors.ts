import { DomainError } from '../../common/errors/domain-error';

export const notEligible = (why: string) =>
  new DomainError('FORBIDDEN', 'errors.certificate.notEligible', `No certificate yet: ${why}`);
export const certificateNotFound = () =>
  new DomainError('NOT_FOUND', 'errors.certificate.notFound', 'No certificate has this code');
