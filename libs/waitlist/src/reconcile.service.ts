import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Tx } from '@app/database';
import { OfferExpiryService } from './offer-expiry.service';
import { OfferMakingService } from './offer-making.service';
import { PartnerCapacityRepository } from './repositories/partner-capacity.repository';
import { WaitlistEventRepository } from './repositories/waitlist-event.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import { SYSTEM, WaitlistEventKind } from './waitlist.domain';

/** What one reconcile pass found and did. */
export interface ReconcileReport {
  expired: number;
  reminded: number;
  repaired: number;
  offered: number;
  locationsWithFreeSlots: number;
}

/**
 * The database is the truth, the queue the trigger: finds what a lost job left undone and does it. Safe to run at
 * any time, by any number of workers.
 */
const logger = new Logger('ReconcileService');

@Injectable()
export class ReconcileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly expiry: OfferExpiryService,
    private readonly making: OfferMakingService,
    private readonly capacities: PartnerCapacityRepository,
    private readonly entries: WaitlistRepository,
    private readonly history: WaitlistEventRepository,
  ) {}

  /** Job: expires overdue offers, sends due reminders, repairs entries out of step and offers free slots. */
  async reconcile(): Promise<ReconcileReport> {
    const report: ReconcileReport = {
      expired: 0,
      reminded: 0,
      repaired: 0,
      offered: 0,
      locationsWithFreeSlots: 0,
    };
    report.expired = await this.expiry.expireOverdue();
    report.reminded = await this.expiry.remindDue();
    report.repaired = await this.repairEntries();
    // Free slots get their request back (a lost job, or a school that joined since), and the requests are drained
    // here. Rows another transaction holds are left to it, or to the next reconcile.
    report.locationsWithFreeSlots = (await this.capacities.requestAllFree()).length;
    report.offered = await this.making.offerFreeSlots();
    if (report.expired + report.reminded + report.repaired + report.offered > 0) {
      logger.log({ msg: 'waitlist reconciled', ...report });
    }
    return report;
  }

  // An OFFERED entry must have exactly one pending offer. Transactions keep that so; should anything ever break
  // it, the entry goes back to WAITING (it keeps its place) and the audit trail says so.
  private async repairEntries(): Promise<number> {
    let repaired = 0;
    for (const id of await this.entries.stray()) {
      repaired += await Tx.run(this.dataSource, async (tx) => {
        if (!(await this.entries.repairStray(tx, id))) return 0;
        logger.warn({ msg: 'waitlist entry was OFFERED without a pending offer; back to WAITING', id });
        await this.history.add(tx, [
          {
            entryId: id,
            kind: WaitlistEventKind.REPAIRED,
            actor: SYSTEM,
            note: 'Offered without a pending offer; back to waiting with its place kept',
          },
        ]);
        return 1;
      });
    }
    return repaired;
  }
}
