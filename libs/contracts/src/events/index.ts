import type { EventDefinition } from '../envelope';
import { CIVIL_STATUS_EVENTS } from './civil-status/civil-status.events';
import { DOSSIER_EVENTS } from './dossier/dossier.events';
import { MessageDeadLetteredV1 } from './message-dead-lettered.v1';
import { NOTIFICATION_EVENTS } from './notification/notification.events';
import { PAYMENT_EVENTS } from './payment/payment.events';
import { RESIDENCE_EVENTS } from './residence/residence.events';
import { SOCIAL_INSURANCE_EVENTS } from './social-insurance/social-insurance.events';
import { SOCIAL_PROTECTION_EVENTS } from './social-protection/social-protection.events';

export * from './shared-schemas';
export * from './message-dead-lettered.v1';
export * from './dossier/dossier.events';
export * from './payment/payment.events';
export * from './civil-status/civil-status.events';
export * from './residence/residence.events';
export * from './social-insurance/social-insurance.events';
export * from './social-protection/social-protection.events';
export * from './notification/notification.events';

/** Every event type of the system. The events catalogue in docs/ is generated from this list. */
export const ALL_EVENTS: readonly EventDefinition[] = [
  ...DOSSIER_EVENTS,
  ...PAYMENT_EVENTS,
  ...CIVIL_STATUS_EVENTS,
  ...RESIDENCE_EVENTS,
  ...SOCIAL_INSURANCE_EVENTS,
  ...SOCIAL_PROTECTION_EVENTS,
  ...NOTIFICATION_EVENTS,
  MessageDeadLetteredV1,
];
