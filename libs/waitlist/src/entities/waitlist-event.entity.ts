import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WaitlistEventKind } from '../waitlist.domain';

/** One line of an entry's history: what happened, when, who did it and why. */
@Entity('waitlist_events')
export class WaitlistEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  kind: WaitlistEventKind;

  // Null for the system (jobs).
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  // TEACHER, COMPANY, COORDINATOR, ADMIN or SYSTEM.
  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId: string | null;

  @Column({ name: 'location_id', type: 'uuid', nullable: true })
  locationId: string | null;
}
