import type { EventDefinition } from '../envelope';
import { MessageDeadLetteredV1 } from './message-dead-lettered.v1';

export * from './message-dead-lettered.v1';

/** Every event type of the system. The events catalogue in docs/ is generated from this list. */
export const ALL_EVENTS: readonly EventDefinition[] = [MessageDeadLetteredV1];
