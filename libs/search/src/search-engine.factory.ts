import type { DataSource } from 'typeorm';
import type { EnvironmentVariables } from '@app/config';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search.engine';
import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import type { SearchEngine } from './search.types';

export const DEFAULT_MEILI_INDEX = 'activities';

/** The engine `SEARCH_ENGINE` names (postgres unless MEILI_URL is set; see @app/config). */
export function createSearchEngine(
  env: Pick<EnvironmentVariables, 'SEARCH_ENGINE' | 'MEILI_URL' | 'MEILI_API_KEY' | 'MEILI_INDEX'>,
  dataSource: DataSource,
  options: { waitForTasks?: boolean } = {},
): SearchEngine {
  if (env.SEARCH_ENGINE === 'meilisearch') {
    if (!env.MEILI_URL) throw new Error('SEARCH_ENGINE is meilisearch but MEILI_URL is not set');
    return new MeilisearchSearchEngine(dataSource, {
      host: env.MEILI_URL,
      apiKey: env.MEILI_API_KEY,
      index: env.MEILI_INDEX ?? DEFAULT_MEILI_INDEX,
      waitForTasks: options.waitForTasks,
    });
  }
  return new PostgresSearchEngine(dataSource);
}
