import { ConflictException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';

/** No dead letter with that id in this service. */
export class DeadLetterNotFoundError extends NotFoundException {
  constructor(id: string) {
    super(`No dead letter ${id} in this service.`);
  }
}

/** Replaying twice would be a no-op at best: say so instead. */
export class DeadLetterAlreadyReplayedError extends ConflictException {
  constructor(id: string) {
    super(`Dead letter ${id} was already replayed.`);
  }
}

/** The message still cannot be processed; the dead letter stays pending with this error. */
export class DeadLetterReplayFailedError extends UnprocessableEntityException {
  constructor(id: string, reason: string) {
    super(`Replaying dead letter ${id} failed: ${reason}`);
  }
}
