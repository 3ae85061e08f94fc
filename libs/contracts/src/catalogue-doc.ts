import { ALL_EVENTS } from './events';
import { TOPIC_SPECS } from './topics';

/**
 * Renders docs/events.md from the contracts themselves, so the published catalogue of topics and
 * event types can never disagree with what the services validate. A unit test fails when the
 * committed file is stale; `npm run docs:events` rewrites it.
 */
export function renderEventsCatalogue(): string {
  const lines = [
    '# Events catalogue',
    '',
    '<!-- Generated from libs/contracts by `npm run docs:events`. Do not edit by hand. -->',
    '',
    'Every message is a CloudEvents 1.0 JSON event (structured mode, header',
    '`content-type: application/cloudevents+json`), keyed by dossier id. Envelope attributes:',
    '`specversion`, `id` (uuid; consumers deduplicate on it), `source` (`/lienthong/<service>`), `type`,',
    '`subject` (the dossier id), `time`, `datacontenttype`, `correlationid`, `causationid`, `data`.',
    '',
    '## Topics',
    '',
    '| topic | partitions |',
    '| --- | --- |',
    ...TOPIC_SPECS.map((spec) => `| \`${spec.topic}\` | ${spec.numPartitions} |`),
    '',
    '## Event types',
    '',
  ];
  for (const definition of ALL_EVENTS) {
    lines.push(
      `### \`${definition.type}\``,
      '',
      definition.description,
      '',
      `- Topic: \`${definition.topic}\``,
      `- Personal data: ${definition.personalData ? 'may contain personal data (internal topic)' : 'none'}`,
      '',
      '```json',
      JSON.stringify(definition.schema, null, 2),
      '```',
      '',
    );
  }
  return lines.join('\n');
}
