// After tsup: one lookup through the built `chipwar`, with CHIPWAR_WRITE_CODE_CACHE=1, so that its
// launcher (src/cli.ts) writes V8's code cache of the program, dist/chipwar.v8cache, shipped beside
// it. The cache serves the Node version that built it; every other Node compiles as usual.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const cache = fileURLToPath(new URL('../dist/chipwar.v8cache', import.meta.url));

rmSync(cache, { force: true });
// The build's NODE_OPTIONS loads tsx: the lookup runs as a user's would, without it.
const { NODE_OPTIONS: _buildOptions, ...env } = process.env;
const lookup = spawnSync(process.execPath, [bin, 'show', 'org:smic'], {
  env: { ...env, CHIPWAR_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  encoding: 'utf8',
});
if (lookup.status !== 0) {
  console.error(`code cache: \`chipwar show org:smic\` exited ${lookup.status}:\n${lookup.stderr}`);
  process.exit(1);
}
if (existsSync(cache)) {
  console.log(`code cache: dist/chipwar.v8cache, ${statSync(cache).size} bytes, for Node ${process.version}`);
} else {
  console.log(
    `code cache: none (Node ${process.version} has no vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER)`,
  );
}
