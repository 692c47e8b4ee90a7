import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '@app/bookings';
import { CatalogueModule } from '@app/catalogue';
import { MatchProposalEntity } from './entities/match-proposal.entity';
import { MatchRunEntity } from './entities/match-run.entity';
import { SchoolRequestEntity } from './entities/school-request.entity';
import { SupplyOfferEntity } from './entities/supply-offer.entity';
import { MatchRunHandler } from './services/match-run.handler';
import { MatchRunService } from './services/match-run.service';
import { ProposalService } from './services/proposal.service';
import { RegionalBalanceService } from './services/regional-balance.service';
import { SchoolRequestService } from './services/school-request.service';
import { SupplyOfferService } from './services/supply-offer.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SchoolRequestEntity, SupplyOfferEntity, MatchRunEntity, MatchProposalEntity]),
    CatalogueModule,
    BookingsModule,
  ],
  providers: [
    SchoolRequestService,
    SupplyOfferService,
    MatchRunService,
    MatchRunHandler,
    ProposalService,
    RegionalBalanceService,
  ],
  exports: [
    SchoolRequestService,
    SupplyOfferService,
    MatchRunService,
    ProposalService,
    RegionalBalanceService,
    TypeOrmModule,
  ],
})
export class MatchingModule {}
