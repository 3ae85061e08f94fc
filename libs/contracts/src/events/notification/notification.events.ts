import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../envelope';
import { TOPICS } from '../../topics';
import { DossierId, Pin, Reason, StepKey } from '../shared-schemas';
import { DOSSIER_STATUS_VALUES, STEP_STATUS_VALUES } from '../dossier/dossier.events';

/**
 * dossier-service → notification-service: tell the applicant their dossier's status changed. This
 * is the private twin of the public status-changed event: it carries whom to tell and the results
 * the citizen is entitled to see, so it travels on an internal topic.
 */
export const NotifyApplicantV1 = defineEvent({
  type: 'vn.gov.notification.notify-applicant.v1',
  topic: TOPICS.notificationCommands,
  description:
    "Tell the applicant that their dossier's status changed: an inbox message, and an e-mail when an address was given. One message per status change, however often this is delivered.",
  personalData: true,
  schema: Type.Object(
    {
      dossierId: DossierId,
      procedure: Type.String({ minLength: 1 }),
      procedureName: Type.String({ minLength: 1, description: 'Readable name of the procedure.' }),
      status: Type.Union(DOSSIER_STATUS_VALUES.map((s) => Type.Literal(s))),
      recipient: Type.Object(
        {
          pin: Pin,
          fullName: Type.String({ minLength: 1 }),
          email: Type.Optional(Type.String({ format: 'email' })),
        },
        { additionalProperties: false },
      ),
      steps: Type.Array(
        Type.Object(
          {
            key: StepKey,
            name: Type.Optional(
              Type.String({
                minLength: 1,
                description: "The step's name in its procedure definition.",
              }),
            ),
            agency: Type.String(),
            status: Type.Union(STEP_STATUS_VALUES.map((s) => Type.Literal(s))),
            result: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
            reason: Type.Optional(Reason),
          },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
});

export const NOTIFICATION_EVENTS = [NotifyApplicantV1] as const;
