import {
  type ArgumentsHost,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  Inject,
  ServiceUnavailableException,
  UseFilters,
} from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { Public } from '../auth/scopes.decorator';
import type { HttpResponse } from '../http/http.types';
import { HealthRegistry } from './health.registry';

/**
 * Terminus reports a failed check by throwing its result in a 503; it is answered as is (not as a
 * problem) because probes and dashboards read `error.<check>.message` for the reason.
 */
@Catch(ServiceUnavailableException)
class HealthCheckFailedFilter implements ExceptionFilter {
  catch(exception: ServiceUnavailableException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<HttpResponse>();
    res.statusCode = exception.getStatus();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(exception.getResponse()));
  }
}

/**
 * `GET /health/live` (the process answers) and `GET /health/ready` (every registered check
 * passes and the instance is not shutting down), answering Terminus's JSON.
 */
@Public()
@UseFilters(HealthCheckFailedFilter)
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicator: HealthIndicatorService,
    @Inject(HealthRegistry) private readonly registry: HealthRegistry,
  ) {}

  @Get('live')
  @HealthCheck()
  @ApiOkResponse({ description: 'The process is running.' })
  async live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOkResponse({ description: 'Every readiness check passes.' })
  @ApiServiceUnavailableResponse({ description: 'A check fails, or the service is stopping.' })
  async ready(): Promise<HealthCheckResult> {
    return this.health.check(this.registry.indicators(this.indicator));
  }
}
