import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '../../config/config.service';
import { LearnersRepository } from './learners.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Forgets anonymous learners who have not been seen for LEARNER_RETENTION_DAYS: their progress,
 * attempts, choices and memberships go with them (foreign keys cascade). Runs at start and daily.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly learners: LearnersRepository,
    private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env.NODE_ENV === 'test') return; // tests call forgetInactiveLearners themselves
    void this.forgetInactiveLearners().catch((error: unknown) => this.logger.error({ msg: 'retention failed', error: String(error) }));
    this.timer = setInterval(() => void this.forgetInactiveLearners().catch(() => undefined), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async forgetInactiveLearners(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.env.LEARNER_RETENTION_DAYS * DAY_MS);
    const forgotten = await this.learners.deleteInactive(before);
    if (forgotten > 0) this.logger.log({ msg: 'inactive learners forgotten', count: forgotten });
    return forgotten;
  }
}
