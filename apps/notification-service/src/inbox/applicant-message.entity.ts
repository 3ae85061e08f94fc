import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One message in an applicant's inbox: what they were told when their dossier's status changed.
 * At most one per dossier and status (a unique constraint), however often the command comes.
 */
@Entity({ name: 'applicant_message' })
export class ApplicantMessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Insertion order (an identity column): the inbox lists and pages by it, newest first. */
  @Column({ name: 'seq', type: 'bigint', insert: false, update: false })
  sequence!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  /** The dossier status the message tells of. */
  @Column({ type: 'text' })
  status!: string;

  /** Whose inbox: the applicant's PIN (personal data: never logged). */
  @Column({ name: 'recipient_pin', type: 'char', length: 12 })
  recipientPin!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
