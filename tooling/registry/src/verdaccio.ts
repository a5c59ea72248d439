// A local Verdaccio for one rehearsal: bound to 127.0.0.1 on a free port, storage in a folder of the
// caller's, `@chipwar/*` served only from that storage (no uplink) and every other package proxied
// from the public npm registry. Runs in its own process group, so stop() ends it and anything it
// started; a process exit or a signal stops it too.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** The exact version the rehearsal runs (the newest that runs on Node 20; see the root overrides). */
export const VERDACCIO_VERSION = '6.8.0';

/** Where packages other than `@chipwar/*` come from. */
const UPLINK = 'https://registry.npmjs.org/';

/** A running registry. */
export interface Registry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** The token of a user created for this run, allowed to publish `@chipwar/*`. */
  token: string;
  /** An npmrc that points npm at this registry, with the token. */
  npmrc: string;
  /** Verdaccio's log file. */
  log: string;
  /** Its process id, also the id of its process group. */
  pid: number;
  /** Stops Verdaccio (its whole process group); safe to call twice. */
  stop: () => Promise<void>;
}

/** Verdaccio did not start, or refused a request it must accept; the message holds its log. */
class RegistryError extends Error {
  override name = 'RegistryError';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function config(dir: string): string {
  const json = JSON.stringify;
  return `# Written by tooling/registry for one rehearsal; deleted with its folder.
storage: ${json(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${json(join(dir, 'htpasswd'))}
    max_users: 1
uplinks:
  npmjs:
    url: ${json(UPLINK)}
    timeout: 60s
packages:
  '@chipwar/*':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  '**':
    access: $all
    publish: nobody-publishes-other-packages-here
    proxy: npmjs
max_body_size: 200mb
web:
  enable: false
log:
  type: stdout
  format: pretty
  level: http
`;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

const tail = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-60).join('\n') : '(no log)';

/**
 * Starts Verdaccio with its config, storage and log in `dir`, waits until it answers, and creates
 * a throwaway user whose token may publish `@chipwar/*`. Throws `RegistryError` with the end of
 * Verdaccio's log when it exits early, does not answer within `timeoutMs`, or refuses the user.
 *
 * ```ts
 * const registry = await startVerdaccio('/tmp/rehearsal/verdaccio');
 * try { … npm publish with NPM_CONFIG_USERCONFIG=registry.npmrc … } finally { await registry.stop(); }
 * ```
 */
export async function startVerdaccio(
  dir: string,
  { timeoutMs = 60_000, port: wanted }: { timeoutMs?: number; port?: number } = {},
): Promise<Registry> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const file = join(dir, 'config.yaml');
  writeFileSync(file, config(dir));
  const log = join(dir, 'verdaccio.log');
  const port = wanted ?? (await freePort());
  const url = `http://127.0.0.1:${port}/`;

  const require = createRequire(import.meta.url);
  const manifest = require.resolve('verdaccio/package.json');
  const { version, bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string; bin: string };
  if (version !== VERDACCIO_VERSION)
    throw new RegistryError(`verdaccio ${version} is installed, expected ${VERDACCIO_VERSION}: run npm ci`);
  const out = openSync(log, 'a');
  // detached: its own process group, so stop() can end it with everything it started.
  const child = spawn(
    process.execPath,
    [join(dirname(manifest), bin), '--config', file, '--listen', `127.0.0.1:${port}`],
    { cwd: dir, detached: true, stdio: ['ignore', out, out], env: { ...process.env, NODE_OPTIONS: '' } },
  );
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    killGroup(child, 'SIGKILL'); // whatever it started and left behind
  };

  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new RegistryError(
          `Verdaccio ${VERDACCIO_VERSION} exited (${child.exitCode ?? child.signalCode}) before it answered on ${url}. Its log (${log}):\n${tail(log)}`,
        );
      try {
        const response = await fetch(`${url}-/ping`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new RegistryError(
          `Verdaccio ${VERDACCIO_VERSION} did not answer on ${url} within ${timeoutMs / 1000} s. Its log (${log}):\n${tail(log)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const user = 'rehearsal';
    const response = await fetch(`${url}-/user/org.couchdb.user:${user}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: user, password: `${user}-${process.pid}-${Date.now()}` }),
    });
    const body = (await response.json().catch(() => ({}))) as { token?: string };
    if (!response.ok || !body.token)
      throw new RegistryError(
        `Verdaccio refused to create the publishing user (HTTP ${response.status}: ${JSON.stringify(body)}). Its log (${log}):\n${tail(log)}`,
      );
    const npmrc = join(dir, 'npmrc');
    writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${body.token}\n`);
    return { url, token: body.token, npmrc, log, pid: child.pid ?? 0, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
