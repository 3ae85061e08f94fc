import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A PIN issued to a newborn at a requester's request (civil status: one per birth registration). */
@Entity({ name: 'pin_issuance' })
export class PinIssuanceEntity {
  /** The requester's id for the child: one PIN per request id, however often it asks. */
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  /** Unique: never issued twice. */
  @Column({ type: 'char', length: 12, unique: true })
  pin!: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ name: 'issued_at', type: 'timestamptz', default: () => 'now()' })
  issuedAt!: Date;
}
