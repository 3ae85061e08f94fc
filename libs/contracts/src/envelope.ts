import { Type, type Static, type TSchema } from '@sinclair/typebox';

/**
 * The CloudEvents 1.0 envelope every message on every topic carries (JSON structured mode).
 * `subject` is the dossier id, which is also the Kafka key; `correlationid` follows one dossier's
 * whole flow and `causationid` names the event (or request) that caused this one.
 */
export const CloudEventEnvelopeSchema = Type.Object(
  {
    specversion: Type.Literal('1.0', { description: 'CloudEvents specification version.' }),
    id: Type.String({ format: 'uuid', description: 'Unique id of this event; the inbox key.' }),
    source: Type.String({
      minLength: 1,
      description: 'URI reference of the producing service, e.g. /lienthong/dossier-service.',
    }),
    type: Type.String({
      pattern: '^vn\\.gov\\.[a-z0-9-]+\\.[a-z0-9-]+\\.v[0-9]+$',
      description: 'Versioned event type: vn.gov.<agency>.<what-happened>.v<N>.',
    }),
    subject: Type.String({ minLength: 1, description: 'The dossier id this event is about.' }),
    time: Type.String({ format: 'date-time', description: 'When the event happened (RFC 3339).' }),
    datacontenttype: Type.Literal('application/json'),
    dataschema: Type.Optional(Type.String({ description: 'URI of the data JSON Schema.' })),
    correlationid: Type.String({
      minLength: 1,
      description: 'Correlation id shared by every event and log line of one flow.',
    }),
    causationid: Type.Optional(
      Type.String({ minLength: 1, description: 'Id of the event or request that caused this.' }),
    ),
    data: Type.Unknown({ description: 'The payload; its schema is given by `type`.' }),
  },
  { additionalProperties: false, $id: 'https://lienthong.gov.vn/schemas/cloudevent.json' },
);

/** A CloudEvent whose `data` is typed by its event definition. */
export type CloudEvent<TType extends string = string, TData = unknown> = Omit<
  Static<typeof CloudEventEnvelopeSchema>,
  'type' | 'data'
> & { type: TType; data: TData };

/**
 * One event type: its versioned name, the topic it travels on, what it means and the JSON Schema of
 * its data. The TypeScript type of the data is derived from the schema, so the two cannot drift.
 */
export interface EventDefinition<
  TType extends string = string,
  TSchemaT extends TSchema = TSchema,
> {
  readonly type: TType;
  readonly topic: string;
  readonly description: string;
  readonly schema: TSchemaT;
  /** Whether the payload may carry personal data (never true for public topics). */
  readonly personalData: boolean;
}

/** The data type of an event definition. */
export type EventData<D extends EventDefinition> = Static<D['schema']>;

/** The full CloudEvent type of an event definition. */
export type EventOf<D extends EventDefinition> = CloudEvent<D['type'], EventData<D>>;

/** Declares an event type; keeps the literal type name so handlers can be typed by it. */
export function defineEvent<TType extends string, TSchemaT extends TSchema>(
  definition: EventDefinition<TType, TSchemaT>,
): EventDefinition<TType, TSchemaT> {
  return definition;
}
