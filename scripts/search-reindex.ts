import 'reflect-metadata';
import cliProgress from 'cli-progress';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { createSearchEngine, type ReindexProgress } from '@app/search';

export interface ReindexReport {
  engine: string;
  documents: number;
  seconds: number;
  documentsPerSecond: number;
}

function progress(): { onProgress: ReindexProgress; stop: () => void } {
  if (!process.stdout.isTTY) {
    let lastTenth = -1;
    return {
      onProgress: (done, total) => {
        const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (tenth !== lastTenth) console.log(`  ${done}/${total} documents`);
        lastTenth = tenth;
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'Indexing |{bar}| {percentage}% | {value}/{total} documents | {speed} docs/s',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let running = false;
  return {
    onProgress: (done, total) => {
      const speed = Math.round(done / Math.max((performance.now() - started) / 1000, 0.001));
      if (!running) bar.start(total, done, { speed });
      else bar.update(done, { speed });
      bar.setTotal(total);
      running = true;
    },
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}

/**
 * Rebuilds the whole index of the configured engine from the database. Searches keep working: PostgreSQL
 * upserts batch by batch, Meilisearch builds a new index and swaps it in.
 */
export async function searchReindex(
  url?: string,
  log: (line: string) => void = console.log,
): Promise<ReindexReport> {
  const env = validateEnvironment();
  const dataSource = new DataSource(dataSourceOptions(url ?? env.DATABASE_URL, { extra: { max: 4 } }));
  await dataSource.initialize();
  const engine = createSearchEngine(env, dataSource, { waitForTasks: true });
  const bar = progress();
  try {
    log(`Reindexing all published activities of approved companies (${engine.name})`);
    const started = performance.now();
    const { documents } = await engine.reindex(bar.onProgress);
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const report = { engine: engine.name, documents, seconds, documentsPerSecond: documents / seconds };
    log(
      `Indexed ${documents} documents in ${seconds.toFixed(1)} s: ` +
        `${Math.round(report.documentsPerSecond)} documents/s`,
    );
    return report;
  } finally {
    bar.stop();
    await engine.close();
    await dataSource.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  searchReindex().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
