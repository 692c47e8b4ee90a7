import 'reflect-metadata';
import { isAbsolute, resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import {
  CatalogueModule,
  DUO_BO_URL,
  SchoolImportError,
  SchoolImportService,
  formatImportReport,
  type ImportProgress,
} from '@app/catalogue';
import { ConfigModule, ConfigValidationError, validateEnvironment } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';

// npm run import:schools -- [file or URL] [--json]
// Imports a DUO school registry file (DUO's public primary-school file when none is given). Exits non-zero only
// when the file cannot be imported at all; rejected rows are listed and do not fail the run.

// The catalogue's notification service needs the queue producer, as in the worker.
@Module({ imports: [ConfigModule, DatabaseModule, QueueModule, CatalogueModule] })
export class ImportSchoolsModule {}

const USAGE = `Usage: npm run import:schools -- [file or http(s) URL] [--json]
  Without a file, downloads ${DUO_BO_URL}
  --json   print the whole report as JSON instead of a summary`;

function progressReporter(quiet: boolean): { onProgress: (p: ImportProgress) => void; stop: () => void } {
  // --json output must stay parseable: no progress lines then.
  if (quiet) return { onProgress: () => undefined, stop: () => undefined };
  if (!process.stdout.isTTY) {
    return {
      onProgress: (p) => {
        if (p.done === 0) console.log(`Writing ${p.total} schools ...`);
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'Importing schools |{bar}| {percentage}% | {value}/{total} | {duration_formatted}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (p) => {
      if (!started) {
        bar.start(p.total, p.done);
        started = true;
      } else bar.update(p.done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const json = argv.includes('--json');
  const args = argv.filter((arg) => arg !== '--json');
  if (args.length > 1 || args.some((arg) => arg.startsWith('--'))) {
    console.error(USAGE);
    return 2;
  }
  // npm runs scripts in the package root; a relative path is meant from where the user typed the command.
  const given = args[0] ?? DUO_BO_URL;
  const source =
    /^https?:\/\//i.test(given) || isAbsolute(given)
      ? given
      : resolve(process.env.INIT_CWD ?? process.cwd(), given);

  try {
    validateEnvironment();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(ImportSchoolsModule, { logger: ['error', 'warn'] });
  const progress = progressReporter(json);
  try {
    if (!args[0]) console.error(`No file given: downloading ${DUO_BO_URL}`);
    const report = await app.get(SchoolImportService).importFile(source, { onProgress: progress.onProgress });
    progress.stop();
    console.log(json ? JSON.stringify(report, null, 2) : formatImportReport(report, 200).join('\n'));
    return 0;
  } catch (error) {
    progress.stop();
    if (error instanceof SchoolImportError) {
      console.error(`Import failed: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
