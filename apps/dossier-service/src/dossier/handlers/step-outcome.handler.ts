import { Inject, Injectable, type Type } from '@nestjs/common';
import type { EventDefinition } from '@lienthong/contracts';
import {
  ConsumesEvent,
  type EventHandler,
  type HandlerContext,
  type HandlerOutcome,
} from '@lienthong/messaging';
import type { CloudEvent } from '@lienthong/contracts';
import { DossierOrchestrator } from '../dossier-orchestrator.service';

/**
 * One handler class per outcome event type the procedure definitions name. They are declared from
 * the definitions rather than written one file per type, because the orchestrator treats every
 * outcome alike: adding an agency's outcome to a definition is enough to consume it.
 */
export function stepOutcomeHandlers(definitions: readonly EventDefinition[]): Type<EventHandler>[] {
  return definitions.map((definition) => {
    @Injectable()
    @ConsumesEvent()
    class StepOutcomeHandler implements EventHandler {
      readonly definition = definition;

      constructor(
        @Inject(DossierOrchestrator) private readonly orchestrator: DossierOrchestrator,
      ) {}

      handle(event: CloudEvent, { manager }: HandlerContext): Promise<HandlerOutcome> {
        return this.orchestrator.applyOutcomeInTx(event, manager);
      }
    }
    // Distinct names keep Nest's provider tokens and logs apart.
    Object.defineProperty(StepOutcomeHandler, 'name', {
      value: `StepOutcomeHandler[${definition.type}]`,
    });
    return StepOutcomeHandler;
  });
}
