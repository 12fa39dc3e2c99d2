import { DomainError } from '../../common/errors/domain-error';

export const campaignNotFound = () => new DomainError('NOT_FOUND', 'campaigns.errors.notFound', 'This campaign does not exist');
export const materialNotFound = () => new DomainError('NOT_FOUND', 'campaigns.errors.materialNotFound', 'This material does not exist');
export const linkNotFound = () => new DomainError('NOT_FOUND', 'campaigns.errors.linkNotFound', 'This tracked link does not exist');
export const ledgerEntryNotFound = () => new DomainError('NOT_FOUND', 'campaigns.errors.ledgerEntryNotFound', 'This ledger entry does not exist');
export const definedInContent = () =>
  new DomainError('FORBIDDEN', 'campaigns.errors.definedInContent', 'This campaign is defined in the content files: change it there (status, links and ledger can be changed here)');
export const liveNeedsMaterial = () =>
  new DomainError('BAD_USER_INPUT', 'campaigns.errors.liveNeedsMaterial', 'Add at least one material before publishing', { field: 'status' });

/** A form error: `reason` is the message key's last part, `field` tells the form where to show it. */
export const invalidField = (field: string, reason: string, message: string) =>
  new DomainError('BAD_USER_INPUT', `campaigns.errors.${reason}`, `${field}: ${message}`, { field });
