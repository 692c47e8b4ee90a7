import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { httpLogOptions } from './logging';

// The request log as the api writes it, for a request served by a real HTTP server.
describe('request log lines', () => {
  let server: Server;
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const logger = pinoHttp(httpLogOptions({ LOG_LEVEL: 'info' }), sink);
    server = createServer((req, res) => {
      logger(req, res);
      res.statusCode = req.url === '/health' ? 200 : 201;
      res.end('ok');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  // The server writes its line when the response has finished, which may be just after the client has it all.
  const written = async (count: number) => {
    for (let i = 0; lines.length < count && i < 100; i += 1) await new Promise((r) => setTimeout(r, 10));
  };
  const send = (path: string, headers: Record<string, string>) =>
    new Promise<string | undefined>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.headers['x-request-id'] as string | undefined));
      })
        .on('error', reject)
        .end();
    });

  it('names the request, its client and its answer, without headers, cookie or authorization', async () => {
    const id = await send('/graphql', {
      cookie: 'tm_session=geheim',
      authorization: 'Bearer geheim',
      'user-agent': 'docent-browser',
      'x-request-id': 'abc-123',
    });
    expect(id).toBe('abc-123');
    await written(1);
    const line = lines.find((l) => (l.req as { url?: string } | undefined)?.url === '/graphql');
    expect(line).toMatchObject({
      msg: 'request completed',
      req: { id: 'abc-123', method: 'POST', url: '/graphql', userAgent: 'docent-browser' },
      res: { statusCode: 201 },
    });
    expect(Object.keys(line?.req as object).sort()).toEqual([
      'id',
      'method',
      'remoteAddress',
      'url',
      'userAgent',
    ]);
    expect(Object.keys(line?.res as object)).toEqual(['statusCode']);
    expect(JSON.stringify(line)).not.toContain('geheim');
  });

  it('gives a request without a usable id one of its own, and leaves probes out', async () => {
    const start = lines.length;
    const id = await send('/graphql', { 'x-request-id': 'no spaces allowed' });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await written(start + 1);
    expect((lines[start].req as { id: string }).id).toBe(id);
    const before = lines.length;
    await send('/health', {});
    await send('/graphql', {});
    await written(before + 1);
    expect(lines.slice(before).map((l) => (l.req as { url: string }).url)).toEqual(['/graphql']);
  });
});
