import DataLoader from 'dataloader';
import type { PartnerOfferEntity, WaitlistEventEntity, WaitlistService } from '@app/waitlist';

/** The waiting list's per-request DataLoaders: positions, pending offers, histories and placement rates. */
export class WaitlistLoaders {
  readonly position: DataLoader<string, number | null>;
  readonly pendingOffer: DataLoader<string, PartnerOfferEntity | null>;
  readonly events: DataLoader<string, WaitlistEventEntity[]>;
  /** Key `programme:province`. */
  readonly placementsLastYear: DataLoader<string, number>;

  constructor(waitlist: WaitlistService) {
    this.position = new DataLoader(async (ids) => {
      const positions = await waitlist.positions(ids);
      return ids.map((id) => positions.get(id) ?? null);
    });
    this.pendingOffer = new DataLoader(async (ids) => {
      const offers = new Map((await waitlist.pendingOffers(ids)).map((offer) => [offer.entryId, offer]));
      return ids.map((id) => offers.get(id) ?? null);
    });
    this.events = new DataLoader(async (ids) => {
      const byEntry = new Map<string, WaitlistEventEntity[]>();
      for (const event of await waitlist.events(ids)) {
        byEntry.set(event.entryId, [...(byEntry.get(event.entryId) ?? []), event]);
      }
      return ids.map((id) => byEntry.get(id) ?? []);
    });
    this.placementsLastYear = new DataLoader(async (keys) => {
      const counts = await waitlist.placementsLastYear(keys);
      return keys.map((key) => counts.get(key) ?? 0);
    });
  }
}
