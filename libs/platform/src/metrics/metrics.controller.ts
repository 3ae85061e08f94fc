import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/scopes.decorator';
import type { HttpResponse } from '../http/http.types';
import { MetricsService } from './metrics.service';

/** `GET /metrics`: the application's registry in Prometheus text format. */
@Public()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {}

  // Written directly: Express would reorder the media type's parameters.
  @Get()
  async scrape(@Res() res: HttpResponse): Promise<void> {
    const body = await this.metrics.registry.metrics();
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.end(body);
  }
}
