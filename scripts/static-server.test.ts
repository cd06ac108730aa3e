import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from './static-server.mjs';

/** A raw GET, so paths like /../x reach the server unnormalised (fetch would resolve them). */
function get(url: string, path: string): Promise<{ status: number; type: string; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const call = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), cache: String(response.headers['cache-control'] ?? ''), body }),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

describe('the static server of a web build', () => {
  let parent: string;
  let server: StaticServer;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'qiraa-static-'));
    const folder = join(parent, 'web');
    mkdirSync(join(folder, 'assets'), { recursive: true });
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>قراءة</title>');
    writeFileSync(join(folder, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(parent, 'secret.txt'), 'outside the build');
    server = await serveFolder(folder);
  });

  afterAll(() => server.close());

  it('serves index.html at the root, uncached, with its type', async () => {
    const answer = await get(server.url, '/');
    expect(answer).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache' });
    expect(answer.body).toContain('قراءة');
    expect((await get(server.url, '/assets/app.js?v=1')).type).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the build folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
      const answer = await get(server.url, path);
      expect(answer.body).not.toContain('outside the build');
    }
  });

  it('answers 404 for a missing file and 400 for a malformed path', async () => {
    expect((await get(server.url, '/missing.js')).status).toBe(404);
    expect((await get(server.url, '/%E0%A4%A')).status).toBe(400);
  });
});
