import { Type } from '@sinclair/typebox';
import { defineEvent } from '../envelope';

/**
 * Published on a service's dead-letter topic when one of its consumers gives up on a message.
 * It keeps the original message as it was received so it can be inspected and replayed.
 */
export const MessageDeadLetteredV1 = defineEvent({
  type: 'vn.gov.lienthong.message-dead-lettered.v1',
  topic: '<service>.dead-letters',
  description:
    'A consumer could not process a message (schema violation, unknown type, or a handler error after its retries) and set it aside for operators.',
  personalData: true,
  schema: Type.Object(
    {
      deadLetterId: Type.String({ format: 'uuid', description: 'Id in GET /v1/dead-letters.' }),
      consumer: Type.String({ description: 'Consumer group that gave up.' }),
      topic: Type.String({ description: 'Topic the message was read from.' }),
      partition: Type.Integer({ minimum: 0 }),
      offset: Type.String({ pattern: '^[0-9]+$', description: 'Kafka offset, as a string.' }),
      key: Type.Union([Type.String(), Type.Null()], { description: 'Kafka key (dossier id).' }),
      reason: Type.Union(
        [
          Type.Literal('malformed'),
          Type.Literal('invalid-envelope'),
          Type.Literal('unknown-type'),
          Type.Literal('invalid-data'),
          Type.Literal('handler-failed'),
        ],
        { description: 'Why the message was set aside.' },
      ),
      error: Type.String({ description: 'The error, readable by an operator.' }),
      attempts: Type.Integer({ minimum: 1, description: 'How many times the handler was tried.' }),
      originalEventId: Type.Union([Type.String(), Type.Null()]),
      originalEventType: Type.Union([Type.String(), Type.Null()]),
      originalMessage: Type.String({ description: 'The message value exactly as received.' }),
    },
    { additionalProperties: false },
  ),
});
