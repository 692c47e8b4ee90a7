import { JobName } from './jobs';

export type JobHandlerFn = (
  payload: unknown,
  meta: { jobId?: string; attemptsMade: number },
) => Promise<unknown>;

export interface DiscoveredHandler {
  name: JobName;
  owner: string;
  handle: JobHandlerFn;
}

export class JobRegistryError extends Error {}

/**
 * Checks that every job name has exactly one handler and no handler names an unknown job;
 * throws one error that lists every problem.
 */
export function buildJobRegistry(found: DiscoveredHandler[]): Map<JobName, JobHandlerFn> {
  const problems: string[] = [];
  const known = new Set<string>(Object.values(JobName));
  for (const handler of found) {
    if (!known.has(handler.name)) problems.push(`${handler.owner} handles unknown job "${handler.name}"`);
  }
  const registry = new Map<JobName, JobHandlerFn>();
  for (const name of Object.values(JobName)) {
    const handlers = found.filter((handler) => handler.name === name);
    if (handlers.length === 0) problems.push(`job "${name}" has no handler`);
    if (handlers.length > 1) {
      problems.push(
        `job "${name}" has ${handlers.length} handlers: ${handlers.map((h) => h.owner).join(', ')}`,
      );
    }
    if (handlers.length === 1) registry.set(name, handlers[0].handle);
  }
  if (problems.length > 0)
    throw new JobRegistryError(`Job handlers are wrong:\n  - ${problems.join('\n  - ')}`);
  return registry;
}
