import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { SchoolYearSeeder } from './school-year-seeder';
import { SupplySeeder } from './supply-seeder';
import { WaitlistSeeder } from './waitlist-seeder';

// The demo generators: only scripts/ and bench/ import this lib, so the api and the worker never ship it.
@Module({
  imports: [CatalogueModule],
  providers: [SupplySeeder, WaitlistSeeder, SchoolYearSeeder],
  exports: [SupplySeeder, WaitlistSeeder, SchoolYearSeeder],
})
export class SeedModule {}
