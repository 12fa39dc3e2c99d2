import { DomainError } from '../../common/errors/domain-error';

export const invalidRange = (field: string, message: string) =>
  new DomainError('BAD_USER_INPUT', 'campaigns.errors.dateRange', `${field}: ${message}`, { field });
