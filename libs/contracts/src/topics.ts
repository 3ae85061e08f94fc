/**
 * Kafka topic names and partition counts. This is the only place they are spelled.
 *
 * Every message is keyed by dossier id, so everything about one dossier lands in one partition and
 * is handled in order; different dossiers spread over partitions and are handled concurrently.
 */
export const TOPICS = {
  civilStatusCommands: 'civil-status.commands',
  civilStatusEvents: 'civil-status.events',
  residenceCommands: 'residence.commands',
  residenceEvents: 'residence.events',
  /**
   * The population register's answers to other agencies' requests (a newborn's PIN, a resident's
   * particulars). Apart from residence.events because they carry personal particulars that only
   * the asking agency needs (dossier-service reads residence.events).
   */
  residenceRegisterReplies: 'residence.register-replies',
  socialInsuranceCommands: 'social-insurance.commands',
  socialInsuranceEvents: 'social-insurance.events',
  paymentCommands: 'payment.commands',
  paymentEvents: 'payment.events',
  /** Answers to agencies' benefit payouts (funeral allowance, funeral support). */
  paymentPayoutResults: 'payment.payout-results',
  socialProtectionCommands: 'social-protection.commands',
  socialProtectionEvents: 'social-protection.events',
  /** Internal: what notification-service is asked to tell citizens (carries contact details). */
  notificationCommands: 'notification.commands',
  /** Public, PII-minimised stream of dossier status changes, for integrators and dashboards. */
  dossierStatusChanged: 'dossier.status-changed',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/** The services that consume events; each has its own consumer group and dead-letter topic. */
export const SERVICE_NAMES = [
  'dossier-service',
  'civil-status-service',
  'residence-service',
  'social-insurance-service',
  'payment-service',
  'notification-service',
  'social-protection-service',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Dead letters of one service's consumers: the original event, the error, attempts, consumer. */
export function deadLetterTopic(service: ServiceName): string {
  return `${service.replace(/-service$/, '')}.dead-letters`;
}

export interface TopicSpec {
  readonly topic: string;
  readonly numPartitions: number;
}

/** Partition count of command and event topics: the unit of consumer concurrency. */
export const DOMAIN_TOPIC_PARTITIONS = 12;
const DEAD_LETTER_TOPIC_PARTITIONS = 3;

/** Every topic the system needs, with its partition count; created by the launcher and by tests. */
export const TOPIC_SPECS: readonly TopicSpec[] = [
  ...Object.values(TOPICS).map((topic) => ({ topic, numPartitions: DOMAIN_TOPIC_PARTITIONS })),
  ...SERVICE_NAMES.map((service) => ({
    topic: deadLetterTopic(service),
    numPartitions: DEAD_LETTER_TOPIC_PARTITIONS,
  })),
];
