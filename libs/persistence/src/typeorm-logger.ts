import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLoggerContract } from 'typeorm';

/**
 * TypeORM's logs through the service's JSON logger, without query parameters: parameters carry
 * personal data (names, PINs) and must never reach the logs. Failed queries are not logged here at
 * all; the error propagates to whoever decides what it means (and logs it once, without values).
 */
export class TypeOrmLogger implements TypeOrmLoggerContract {
  private readonly logger = new NestLogger('typeorm');

  logQuery(): void {
    // Every query would be noise; tracing belongs to metrics.
  }

  logQueryError(): void {
    // The caller gets the error; logging it here would add the parameters.
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query.replace(/\s+/g, ' ').slice(0, 500)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.log(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
