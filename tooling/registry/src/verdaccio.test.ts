// The real Verdaccio: it starts on a free port, serves @chipwar/* only from its storage, accepts the
// throwaway user's token, and stop() ends its process group; a port taken makes a clear error with
// its log. No network: nothing here asks the uplink.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startVerdaccio } from './verdaccio.ts';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'chipwar-verdaccio-'));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startVerdaccio', () => {
  it('runs on 127.0.0.1, with a token, and stops with its process group', async () => {
    const registry = await startVerdaccio(folder());
    try {
      expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect((await fetch(`${registry.url}-/ping`)).ok).toBe(true);
      expect(readFileSync(registry.npmrc, 'utf8')).toContain(`registry=${registry.url}`);
      const whoami = await fetch(`${registry.url}-/whoami`, {
        headers: { authorization: `Bearer ${registry.token}` },
      });
      expect(await whoami.json()).toEqual({ username: 'rehearsal' });
      // @chipwar/* has no uplink: a name that is not in the storage is not found, not proxied.
      expect((await fetch(`${registry.url}@chipwar%2fnot-published`)).status).toBe(404);
      expect(alive(registry.pid)).toBe(true);
    } finally {
      await registry.stop();
    }
    expect(alive(registry.pid)).toBe(false);
    await registry.stop(); // twice is fine
  });

  it('fails with its log when it cannot listen', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(startVerdaccio(folder(), { port, timeoutMs: 30_000 })).rejects.toThrow(
        /Verdaccio 6\.8\.0 exited \(\d+\) before it answered[\s\S]*EADDRINUSE/,
      );
    } finally {
      taken.close();
    }
  });
});
