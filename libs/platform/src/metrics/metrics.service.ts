import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { ServiceConfig } from '../config/service.config';

type HttpLabel = 'method' | 'route' | 'status';

/** One finished HTTP request, as the metrics see it. */
export interface HttpObservation {
  readonly method: string;
  /** Route template, never the raw URL. */
  readonly route: string;
  readonly status: number;
  readonly seconds: number;
}

/**
 * This application's Prometheus registry, with default process metrics and the HTTP request
 * metrics. A registry per application, not prom-client's global one, so several applications in
 * one test process neither collide nor share counts.
 *
 * Other libs register on it: `new Gauge({ name, help, registers: [metrics.registry] })`.
 */
@Injectable()
export class MetricsService {
  /** Register your metrics here (`registers: [metrics.registry]`). */
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<HttpLabel>;
  private readonly httpRequests: Counter<HttpLabel>;

  constructor(@Inject(ServiceConfig) config: ServiceConfig) {
    this.registry.setDefaultLabels({ service: config.SERVICE_NAME });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to finishing its response, by route template.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'Finished HTTP requests, by route template and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [this.registry],
    });
  }

  /** Records one finished request (called by the request-context middleware). */
  observeHttpRequest(observation: HttpObservation): void {
    const labels = {
      method: observation.method,
      route: observation.route,
      status: String(observation.status),
    };
    this.httpDuration.observe(labels, observation.seconds);
    this.httpRequests.inc(labels);
  }
}
