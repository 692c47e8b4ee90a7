import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { MEILISEARCH_SETTINGS, createSearchEngine } from '@app/search';

// npm run search:setup: creates or updates what the configured engine needs outside the migrations. On
// Meilisearch: the live index and its settings (libs/search/src/meilisearch/meilisearch-settings.ts), awaited.
// On PostgreSQL everything is in the migrations, so it only checks they ran.
export async function searchSetup(log: (line: string) => void = console.log): Promise<void> {
  const env = validateEnvironment();
  const dataSource = new DataSource(dataSourceOptions(env.DATABASE_URL, { extra: { max: 2 } }));
  await dataSource.initialize();
  const engine = createSearchEngine(env, dataSource, { waitForTasks: true });
  try {
    if (engine.name === 'postgres') {
      const [row] = await dataSource.query<Array<{ exists: boolean }>>(
        `SELECT to_regclass('search_documents') IS NOT NULL AS exists`,
      );
      if (!row.exists) throw new Error('search_documents is missing: run npm run db:migrate first');
      log(
        'PostgreSQL search engine: tables, text search configuration and indexes come with npm run db:migrate.',
      );
    } else {
      await engine.setup();
      log(
        `Meilisearch index "${env.MEILI_INDEX ?? 'activities'}" at ${env.MEILI_URL} is set up: ` +
          `${MEILISEARCH_SETTINGS.searchableAttributes?.length} searchable, ` +
          `${MEILISEARCH_SETTINGS.filterableAttributes?.length} filterable, ` +
          `${MEILISEARCH_SETTINGS.sortableAttributes?.length} sortable attributes, ` +
          `${Object.keys(MEILISEARCH_SETTINGS.synonyms ?? {}).length} synonyms.`,
      );
    }
  } finally {
    await engine.close();
    await dataSource.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  searchSetup().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
