import { Injectable } from '@nestjs/common';

/**
 * Whether this application instance is shutting down. Set first thing on SIGTERM so readiness
 * answers 503 at once (the load balancer stops sending traffic) while in-flight work finishes.
 */
@Injectable()
export class AppLifecycle {
  private shuttingDown = false;

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  /** Marks the instance as shutting down; there is no way back. */
  beginShutdown(): void {
    this.shuttingDown = true;
  }
}
