import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Every write goes through here. TypeORM's SQLite driver shares ONE connection between all requests,
 * so a transaction opened by one request would otherwise swallow another request's writes (and roll
 * them back with its own on failure). On SQLite, writes therefore run one at a time: which is what
 * SQLite does anyway, it allows one writer. On PostgreSQL each transaction has its own pooled
 * connection and nothing is serialized.
 */
@Injectable()
export class DatabaseWriter implements BeforeApplicationShutdown {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialize: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serialize = dataSource.options.type === 'sqlite';
  }

  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.dataSource.transaction(work));
  }

  /** A single-statement write, kept out of any other request's open transaction. */
  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.exclusive(() => work(this.dataSource.manager));
  }

  /** Before the database is closed (on shutdown), every queued write is finished. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serialize) return work();
    const result = this.queue.then(work, work);
    // The queue continues whatever the outcome; the caller still sees its own error.
    this.queue = result.catch(() => undefined);
    return result;
  }
}
