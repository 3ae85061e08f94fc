import { randomBytes } from 'node:crypto';

/**
 * A new KRaft cluster id, in the format of Kafka's `Uuid.randomUuid().toString()`: 16 random bytes,
 * URL-safe base64 without padding (22 characters). Like Kafka, ids starting with `-` are drawn
 * again, since a command line would read them as an option.
 */
export function newClusterId(random: (size: number) => Buffer = randomBytes): string {
  for (;;) {
    const id = random(16).toString('base64url');
    if (!id.startsWith('-')) {
      return id;
    }
  }
}
