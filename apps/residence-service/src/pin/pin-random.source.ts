import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';

/**
 * Where the 6 random digits of a PIN come from: `crypto.randomInt`, cryptographically strong, so
 * an issued PIN does not let anyone guess others. A provider of its own so an integration test can
 * narrow it and force collisions through the whole stack.
 */
@Injectable()
export class PinRandomSource {
  /** A uniformly drawn integer in `[0, bound)`. */
  suffix(bound: number): number {
    return randomInt(bound);
  }
}
