import { createHash } from 'node:crypto';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/**
 * A name-based UUID (RFC 9562 version 5): the same `namespace` and `name` always give the same id,
 * and ids of different namespaces do not collide. Payment and payout ids are derived this way from
 * their dossier step, so a retried transaction asks the provider about the same payment again.
 */
export function nameBasedUuid({ namespace, name }: { namespace: string; name: string }): string {
  const hash = createHash('sha1')
    .update(uuidBytes(namespace))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
