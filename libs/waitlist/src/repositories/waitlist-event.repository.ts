import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Tx } from '@app/database';
import { WaitlistEventEntity } from '../entities/waitlist-event.entity';
import type { EventActor, WaitlistEventKind } from '../waitlist.domain';

/** One line to add to an entry's history. */
export interface NewEvent {
  entryId: string;
  kind: WaitlistEventKind;
  actor: EventActor;
  note?: string | null;
  offerId?: string | null;
  locationId?: string | null;
}

/** The history of the entries (`waitlist_events`): every state change, who made it and why. */
@Injectable()
export class WaitlistEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds events in one statement. */
  async add(tx: Tx, events: NewEvent[]): Promise<void> {
    if (events.length === 0) return;
    await tx.query(
      `INSERT INTO waitlist_events (entry_id, kind, actor_user_id, actor_role, note, offer_id, location_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::uuid[])`,
      [
        events.map((e) => e.entryId),
        events.map((e) => e.kind),
        events.map((e) => e.actor.userId),
        events.map((e) => e.actor.role),
        events.map((e) => e.note ?? null),
        events.map((e) => e.offerId ?? null),
        events.map((e) => e.locationId ?? null),
      ],
    );
  }

  /** The histories of entries, oldest first. */
  forEntries(entryIds: readonly string[]): Promise<WaitlistEventEntity[]> {
    return this.dataSource
      .getRepository(WaitlistEventEntity)
      .find({ where: { entryId: In([...entryIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }
}
