import { buildJobRegistry, JobRegistryError, type DiscoveredHandler } from './job-registry';
import { JobName } from './jobs';

const handler = (name: string, owner: string): DiscoveredHandler => ({
  name: name as JobName,
  owner,
  handle: () => Promise.resolve(owner),
});

describe('buildJobRegistry', () => {
  const all = Object.values(JobName).map((name) => handler(name, `H.${name}`));

  it('maps every job name to its one handler', async () => {
    const registry = buildJobRegistry(all);
    expect([...registry.keys()].sort()).toEqual(Object.values(JobName).sort());
    expect(await registry.get(JobName.SendNotification)!({}, { attemptsMade: 0 })).toBe(
      `H.${JobName.SendNotification}`,
    );
  });

  it('refuses a job without a handler', () => {
    expect(() => buildJobRegistry(all.filter((h) => h.name !== JobName.SendNotification))).toThrow(
      new RegExp(`job "${JobName.SendNotification}" has no handler`),
    );
  });

  it('refuses a job with two handlers and names both', () => {
    expect(() => buildJobRegistry([...all, handler(JobName.SendNotification, 'Other.send')])).toThrow(
      /has 2 handlers: .*Other\.send/,
    );
  });

  it('refuses a handler of an unknown job', () => {
    expect(() => buildJobRegistry([...all, handler('nope.job', 'X.y')])).toThrow(JobRegistryError);
  });
});
