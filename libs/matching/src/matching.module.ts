import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '@app/bookings';
import { CatalogueModule } from '@app/catalogue';
import { MatchProposalEntity } from './entities/match-proposal.entity';
import { MatchRunEntity } from './entities/match-run.entity';
import { SchoolRequestEntity } from './entities/school-request.entity';
import { SupplyOfferEntity } from './entities/supply-offer.entity';
import { DemandSupplyService } from './services/demand-supply.service';
import { MatchRunHandler } from './services/match-run.handler';
import { MatchRunService } from './services/match-run.service';
import { ProposalService } from './services/proposal.service';
import { RegionalBalanceService } from './services/regional-balance.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SchoolRequestEntity, SupplyOfferEntity, MatchRunEntity, MatchProposalEntity]),
    CatalogueModule,
    BookingsModule,
  ],
  providers: [DemandSupplyService, MatchRunService, MatchRunHandler, ProposalService, RegionalBalanceService],
  exports: [DemandSupplyService, MatchRunService, ProposalService, RegionalBalanceService, TypeOrmModule],
})
export class MatchingModule {}
