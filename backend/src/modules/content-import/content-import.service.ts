import { Injectable, Logger } from '@nestjs/common';
import { PublicResponseCache } from '../../common/graphql/public-response-cache';
import { loadContent } from '@zorka/content';
import { ContentInvalidError } from './content-import.errors';
import { ContentImportRepository, type ImportChanges } from './content-import.repository';
import { toCampaignRecord } from './campaign-records';
import { toRecords } from './content-records';

@Injectable()
export class ContentImportService {
  private readonly logger = new Logger(ContentImportService.name);

  constructor(
    private readonly repository: ContentImportRepository,
    private readonly responses: PublicResponseCache,
  ) {}

  /** Validates the whole tree first: a broken file never half-imports. */
  async importFrom(contentDir: string): Promise<ImportChanges> {
    const result = await loadContent(contentDir);
    if (!result.ok) throw new ContentInvalidError(result.errors);
    const changes = await this.repository.apply(toRecords(result.bundle), result.bundle.campaigns.map(toCampaignRecord));
    this.responses.clear();
    this.logger.log({ msg: 'content imported', changes });
    return changes;
  }
}
