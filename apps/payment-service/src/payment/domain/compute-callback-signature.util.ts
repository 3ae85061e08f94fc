import { createHmac } from 'node:crypto';

/** The `v1` signature: hex HMAC-SHA256 keyed by `secret` over `<timestamp>.` then the raw body. */
export function computeCallbackSignature({
  secret,
  timestamp,
  body,
}: {
  secret: string;
  timestamp: number;
  body: Buffer | string;
}): string {
  return createHmac('sha256', secret)
    .update(`${timestamp}.`, 'utf8')
    .update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
    .digest('hex');
}
