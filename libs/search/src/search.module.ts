import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogueModule } from '@app/catalogue';
import { EnvironmentVariables } from '@app/config';
import { loadCompoundDictionary } from './compounds';
import { createSearchEngine } from './search-engine.factory';
import { SearchIndexProcessor } from './search-index.processor';
import { SearchIndexProducer } from './search-index.producer';
import { SearchSweepScheduler } from './search-sweep.scheduler';
import { SearchService } from './search.service';
import { SearchEngine } from './search.types';

/** At start-up: the engine's server and index are the ones the code expects (Meilisearch: version, settings). */
@Injectable()
export class SearchStartupCheck implements OnApplicationBootstrap {
  constructor(private readonly engine: SearchEngine) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.engine.verify();
  }
}

/** Search for the api (and anything that changes activities): the engine, the service and the index producer. */
@Module({
  imports: [CatalogueModule],
  providers: [
    {
      provide: SearchEngine,
      inject: [EnvironmentVariables, getDataSourceToken()],
      useFactory: (env: EnvironmentVariables, dataSource: DataSource) => {
        loadCompoundDictionary();
        return createSearchEngine(env, dataSource);
      },
    },
    SearchService,
    SearchIndexProducer,
    SearchIndexProcessor,
    SearchStartupCheck,
  ],
  exports: [SearchEngine, SearchService],
})
export class SearchModule {}

/** For the worker: search plus the repeatable sweep. */
@Module({
  imports: [SearchModule],
  providers: [SearchSweepScheduler],
  exports: [SearchModule],
})
export class SearchWorkerModule {}
