import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const registered: unknown[] = [];
const handlers = new Map<string, (request: Request) => Promise<Response>>();

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => registered.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler),
  },
}));

const { registerAppScheme, serveAppProtocol } = await import('./serve-app-protocol');

let base: string;
let root: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'qiraa-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>قراءة</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await mkdir(path.join(root, 'assets', 'folder.js'));
  await writeFile(path.join(base, 'outside.txt'), 'secret');
  await mkdir(path.join(base, 'elsewhere'));
  await writeFile(path.join(base, 'elsewhere', 'leak.js'), 'secret');
  // Links out of the app folder, a file and a directory ('junction' is ignored off Windows).
  await symlink(path.join(base, 'outside.txt'), path.join(root, 'assets', 'link.txt'));
  await symlink(path.join(base, 'elsewhere'), path.join(root, 'linked'), 'junction');
  // A link that stays inside is fine.
  await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
  registerAppScheme();
  serveAppProtocol(root);
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handlers.get('app')!({ url, method } as Request);

describe('app:// protocol glue', () => {
  it('registers app as a standard, secure, fetchable scheme', () => {
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves index.html for / with its type and the CSP', async () => {
    const response = await get('app://qiraa/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await response.text()).toBe('<!doctype html><title>قراءة</title>');
  });

  it('serves a script with the JavaScript type', async () => {
    const response = await get('app://qiraa/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://qiraa/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('serves a symlink that stays inside the app folder', async () => {
    const response = await get('app://qiraa/alias.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    ['app://qiraa/assets/link.txt', 'GET', 404],
    ['app://qiraa/linked/leak.js', 'GET', 404],
    ['app://qiraa/linked/leak.js', 'HEAD', 404],
    ['app://qiraa/missing.js', 'GET', 404],
    ['app://qiraa/assets/folder.js', 'GET', 404],
    ['app://qiraa/%2e%2e/outside.txt', 'GET', 400],
    ['app://other/index.html', 'GET', 404],
    ['app://qiraa/index.html', 'POST', 405],
  ])('%s %s → %i', async (url, method, status) => {
    const response = await get(url, method);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('secret');
  });
});
