// npm run test:registry: the upgrade a downstream user makes, rehearsed through a real registry.
// 1. The working tree's versions must be newer than the previous release (else: run npm run
//    version-packages first). 2. Builds the working tree. 3. Starts a local Verdaccio. 4. Builds the
//    previous release from its commit (tag, else the commit that added its snapshot) in a temporary
//    folder, and publishes it with `changeset publish`; 5. publishes the working tree the same way.
// 6. In a fresh project outside the repository: installs the previous release from Verdaccio, with a
//    program that uses ids the new release retires; tsc, run. 7. Installs the new versions: tsc still
//    passes, the language service flags each retired id as deprecated, the program prints the same
//    (with DeprecationWarnings). 8. `npx chipwar migrate src` rewrites them. 9. tsc passes with no
//    deprecation flag, and the program prints the same again.
// Verdaccio is stopped at the end, on failure and on Ctrl-C. Exits 1 on any failure, keeping the
// work folder for inspection.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareVersions } from '@chipwar/schema/versioning';
import { type LooseDataset, pickUses, programSource } from './consumer.ts';
import {
  git,
  type PublishedPackage,
  packagesAt,
  packagesInTree,
  RELEASE_PACKAGE,
  RELEASES_DIR,
  ROOT,
  releaseCommit,
  releasedVersions,
  tagName,
} from './releases.ts';
import { type Registry, startVerdaccio, VERDACCIO_VERSION } from './verdaccio.ts';

/** What a downstream user installs; `@chipwar/schema` comes with them. */
const INSTALLED = ['@chipwar/dataset', '@chipwar/query', '@chipwar/cli'];
const FIXTURE = new URL('../fixtures/check-deprecations.mjs', import.meta.url).pathname;
const RETIRED_WARNING = '[CHIPWAR_RETIRED_ID] DeprecationWarning';

const started = Date.now();
const passed: string[] = [];
const failures: string[] = [];
const skipped: string[] = [];
const children = new Set<ChildProcess>();
let registry: Registry | undefined;

/** A command or a precondition failed: the rehearsal cannot go on. */
class StepError extends Error {
  override name = 'StepError';
}

function elapsed(): string {
  const seconds = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function step(title: string): void {
  console.log(`\n::: [${elapsed()}] ${title}`);
}

function check(name: string, ok: boolean, detail = ''): void {
  (ok ? passed : failures).push(name);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

// npm describes the script that runs us to its children (npm_package_*, the local prefix, …);
// the commands below run in other folders, so they get none of it.
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env))
    if (/^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|INIT_CWD$)/i.test(key)) delete env[key];
  return env;
}

// npm reads NPM_CONFIG_* in any case, but changeset publish reads only the lowercase
// npm_config_registry (and otherwise tells npm to use the public registry), so that is the one set.
// The userconfig holds the registry and the publishing token; the lockfile keeps `resolved` URLs so
// the rehearsal can prove where each package came from.
function registryEnv(target: Registry): NodeJS.ProcessEnv {
  const env = baseEnv();
  for (const key of Object.keys(env))
    if (/^npm_config_(.*registry|userconfig|omit_lockfile_registry_resolved)$/i.test(key)) delete env[key];
  return { ...env, npm_config_registry: target.url, npm_config_userconfig: target.npmrc };
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; throws a StepError with its output unless it exits 0 or `allowFailure`. */
function run(
  command: string,
  args: string[],
  {
    cwd,
    env = baseEnv(),
    allowFailure = false,
  }: { cwd: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean },
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      children.delete(child);
      reject(new StepError(`${command} ${args.join(' ')} could not start in ${cwd}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      const result = { code: code ?? 1, stdout, stderr };
      if (result.code === 0 || allowFailure) return resolve(result);
      const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n');
      reject(
        new StepError(
          `${command} ${args.join(' ')} exited ${code ?? signal} in ${cwd}:\n${indent(output || '(no output)')}`,
        ),
      );
    });
  });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

const short = (commit: string) => commit.slice(0, 7);
const versionOf = (packages: PublishedPackage[], name: string) =>
  packages.find((pkg) => pkg.name === name)?.version;

/** Publishes a tree's packages with `changeset publish`, and checks Verdaccio has each version. */
async function publish(tree: string, packages: PublishedPackage[], target: Registry, label: string) {
  const env = registryEnv(target);
  // Never let a mistake in the environment publish anywhere but the local registry.
  const configured = (await run('npm', ['config', 'get', 'registry'], { cwd: tree, env })).stdout.trim();
  if (configured !== target.url)
    throw new StepError(`npm in ${tree} would publish to ${configured}, not to Verdaccio (${target.url})`);
  const result = await run('npx', ['--no', 'changeset', 'publish', '--no-git-tag'], { cwd: tree, env });
  const lines = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => /Publishing|published|error|warn/i.test(line) && !/Received 404/.test(line));
  if (lines.length) console.log(indent(lines.join('\n')));
  for (const pkg of packages) {
    const view = await run('npm', ['view', `${pkg.name}@${pkg.version}`, 'version'], {
      cwd: tree,
      env,
      allowFailure: true,
    });
    check(
      `${label}: ${pkg.name}@${pkg.version} is on Verdaccio`,
      view.code === 0 && view.stdout.trim() === pkg.version,
      view.code === 0 ? '' : view.stderr.trim().split('\n')[0],
    );
  }
}

/** The consumer project and what it does, as a user runs it. */
class Consumer {
  constructor(
    readonly dir: string,
    readonly target: Registry,
  ) {}

  exec(command: string, args: string[], allowFailure = false) {
    return run(command, args, { cwd: this.dir, env: registryEnv(this.target), allowFailure });
  }

  async install(specs: string[], label: string, expected: Record<string, string>) {
    console.log(`    npm install ${specs.join(' ')}`);
    await this.exec('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...specs]);
    const lock = readJson<{ packages: Record<string, { version?: string; resolved?: string }> }>(
      join(this.dir, 'package-lock.json'),
    );
    for (const [name, version] of Object.entries(expected)) {
      const installed = readJson<{ version: string }>(
        join(this.dir, 'node_modules', name, 'package.json'),
      ).version;
      const resolved = lock.packages[`node_modules/${name}`]?.resolved ?? '(none)';
      check(
        `${label}: ${name}@${installed} installed from Verdaccio`,
        installed === version && resolved.startsWith(this.target.url),
        installed === version ? resolved : `expected ${version}`,
      );
    }
  }

  /** `npx tsc` (with the project's tsconfig.json): its exit code and output. */
  async tsc() {
    const result = await this.exec('npx', ['--no', 'tsc'], true);
    return { ...result, output: `${result.stdout}${result.stderr}`.trim() };
  }

  /** The deprecation flags of the language service, as check-deprecations.mjs prints them. */
  async flags(): Promise<
    { file: string; line: number; column: number; code: number; message: string; id?: string }[]
  > {
    return JSON.parse((await this.exec('node', ['check-deprecations.mjs'])).stdout);
  }

  program() {
    return this.exec('node', ['dist/index.js']);
  }
}

async function rehearse(work: string): Promise<void> {
  step('versions: the working tree against the previous release');
  const current = packagesInTree();
  const currentVersion = versionOf(current, RELEASE_PACKAGE);
  if (!currentVersion) throw new StepError(`no ${RELEASE_PACKAGE} in packages/`);
  const released = releasedVersions();
  const previous = released.filter((version) => compareVersions(version, currentVersion) < 0).at(-1);
  if (!previous) {
    throw new StepError(
      `the working tree's ${RELEASE_PACKAGE} is ${currentVersion}, not newer than the newest release (${released.at(-1) ?? 'none'} in ${RELEASES_DIR}/): there is no upgrade to rehearse: run npm run version-packages first (it applies the pending changesets and writes ${RELEASES_DIR}/<version>.json).`,
    );
  }
  const found = releaseCommit(previous);
  if (!found) {
    const shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';
    throw new StepError(
      `cannot find the commit of release ${previous}: no tag ${tagName(RELEASE_PACKAGE, previous)} and no commit adding ${RELEASES_DIR}/${previous}.json${shallow ? ' (this clone is shallow: git fetch --unshallow)' : ''}`,
    );
  }
  const before = packagesAt(found.commit);
  const older = current.filter((pkg) => {
    const then = versionOf(before, pkg.name);
    return then !== undefined && compareVersions(pkg.version, then) < 0;
  });
  if (older.length)
    throw new StepError(
      `the working tree's ${older.map((pkg) => `${pkg.name} ${pkg.version}`).join(', ')} is older than in release ${previous}: run npm run version-packages first`,
    );
  const missing = INSTALLED.filter((name) => !versionOf(before, name) || !versionOf(current, name));
  if (missing.length)
    throw new StepError(`${missing.join(', ')} missing in release ${previous} or in the working tree`);
  const via =
    found.via === 'tag'
      ? `tag ${tagName(RELEASE_PACKAGE, previous)}`
      : `the commit that added ${RELEASES_DIR}/${previous}.json`;
  console.log(`    previous release ${previous} at ${short(found.commit)} (${via})`);
  for (const pkg of current)
    console.log(
      `    ${pkg.name.padEnd(18)} ${(versionOf(before, pkg.name) ?? '-').padEnd(8)} -> ${pkg.version}`,
    );

  step('build the working tree (npm run build)');
  await run('npm', ['run', 'build'], { cwd: ROOT });

  step(`start Verdaccio ${VERDACCIO_VERSION}`);
  registry = await startVerdaccio(join(work, 'verdaccio'));
  console.log(`    ${registry.url} (storage and log in ${join(work, 'verdaccio')})`);

  step(
    `build the previous release ${previous} from ${short(found.commit)}: git archive, npm ci, npm run build`,
  );
  const tree = join(work, `release-${previous}`);
  mkdirSync(tree);
  const archive = join(work, `release-${previous}.tar`);
  git(['archive', '--format=tar', '-o', archive, found.commit]);
  await run('tar', ['-xf', archive, '-C', tree], { cwd: work });
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: tree });
  await run('npm', ['run', 'build'], { cwd: tree });

  step(`publish ${previous} from its tree: npx changeset publish --no-git-tag`);
  await publish(tree, before, registry, `release ${previous}`);

  step(`publish the working tree (${currentVersion}): npx changeset publish --no-git-tag`);
  await publish(ROOT, current, registry, 'working tree');

  const oldData = readJson<LooseDataset>(join(tree, 'packages/dataset/dist/dataset.json'));
  const newData = readJson<LooseDataset>(join(ROOT, 'packages/dataset/dist/dataset.json'));
  const uses = pickUses(oldData, newData);
  const retired = uses.filter((use) => use.change !== 'live');
  const control = uses.find((use) => use.change === 'live');

  step(`a fresh project outside the repository, on ${previous}`);
  const project = join(work, 'consumer');
  mkdirSync(join(project, 'src'), { recursive: true });
  const rootManifest = readJson<{ devDependencies: Record<string, string> }>(join(ROOT, 'package.json'));
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'chipwar-downstream', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(join(project, '.npmrc'), `registry=${registry.url}\n`);
  writeFileSync(
    join(project, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          outDir: 'dist',
          rootDir: 'src',
          types: ['node'],
          skipLibCheck: true,
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
  );
  const programFile = join(project, 'src/index.ts');
  writeFileSync(programFile, programSource(uses));
  copyFileSync(FIXTURE, join(project, 'check-deprecations.mjs'));
  console.log(`    ${project}/src/index.ts uses:`);
  for (const use of uses)
    console.log(
      `      ${use.id} (${use.change === 'live' ? 'live in both: the control' : `${use.change} to ${use.replacement} in ${currentVersion}`})`,
    );
  if (!retired.length)
    skipped.push(
      `release ${currentVersion} retires no renamed or merged id that ${previous} has: nothing to flag or migrate`,
    );
  const consumer = new Consumer(project, registry);
  const pinned = (name: string) => `${name}@${rootManifest.devDependencies[name]}`;
  await consumer.install(
    [
      ...INSTALLED.map((name) => `${name}@${versionOf(before, name)}`),
      pinned('typescript'),
      pinned('@types/node'),
    ],
    previous,
    Object.fromEntries(INSTALLED.map((name) => [name, versionOf(before, name) ?? ''])),
  );
  const firstTsc = await consumer.tsc();
  check(`${previous}: tsc compiles the program`, firstTsc.code === 0, firstTsc.output);
  const firstFlags = await consumer.flags();
  check(
    `${previous}: nothing is flagged deprecated`,
    firstFlags.length === 0,
    firstFlags.length ? JSON.stringify(firstFlags) : '',
  );
  const first = await consumer.program();
  console.log(`    program output on ${previous}:\n${indent(first.stdout)}`);
  check(
    `${previous}: the program prints a line per record`,
    first.stdout.trim().split('\n').length === uses.length,
  );
  check(
    `${previous}: no deprecation warning`,
    !first.stderr.includes('DeprecationWarning'),
    first.stderr.trim(),
  );

  step(`upgrade to ${currentVersion}`);
  await consumer.install(
    INSTALLED.map((name) => `${name}@${versionOf(current, name)}`),
    currentVersion,
    Object.fromEntries(INSTALLED.map((name) => [name, versionOf(current, name) ?? ''])),
  );
  const upgradedTsc = await consumer.tsc();
  check(
    `${currentVersion}: tsc still compiles the program (retired ids stay typed for one major version)`,
    upgradedTsc.code === 0,
    upgradedTsc.output,
  );
  const flags = await consumer.flags();
  console.log('    deprecation flags (TypeScript language service, suggestion diagnostics 6385/6387):');
  for (const flag of flags)
    console.log(
      `      ${flag.file}:${flag.line}:${flag.column} ${flag.id} (${flag.code}) ${flag.message.replace(/\): \{.*\}' of/, "): {…}' of")}`,
    );
  const flagged = new Set(flags.map((flag) => flag.id));
  for (const use of retired)
    check(`${currentVersion}: tsc flags ${use.id} as deprecated`, flagged.has(use.id));
  if (control)
    check(`${currentVersion}: the live control ${control.id} is not flagged`, !flagged.has(control.id));
  const unexpected = [...flagged].filter((id) => !retired.some((use) => use.id === id));
  check(`${currentVersion}: nothing else is flagged`, unexpected.length === 0, unexpected.join(', '));
  const upgraded = await consumer.program();
  check(
    `${currentVersion}: the program prints the same as on ${previous}`,
    upgraded.stdout === first.stdout,
    upgraded.stdout === first.stdout ? '' : upgraded.stdout,
  );
  const warnings = upgraded.stderr.split('\n').filter((line) => line.includes(RETIRED_WARNING));
  console.log(`    its stderr:\n${indent(upgraded.stderr || '(empty)')}`);
  for (const use of retired)
    check(
      `${currentVersion}: a DeprecationWarning names ${use.id}`,
      warnings.some((line) => line.includes(`${use.id} was`) && line.includes(use.replacement)),
    );

  step('npx chipwar migrate src');
  const migrate = await consumer.exec('npx', ['--no', 'chipwar', 'migrate', 'src'], true);
  console.log(indent(`${migrate.stdout}${migrate.stderr}` || '(no output)'));
  check('chipwar migrate exits 0', migrate.code === 0, `exit ${migrate.code}`);
  const migrated = readFileSync(programFile, 'utf8');
  for (const use of retired)
    check(
      `migrate rewrote ${use.id} to ${use.replacement}`,
      !migrated.includes(`'${use.id}'`) && migrated.includes(`get('${use.replacement}')`),
    );
  if (control) check(`migrate left the live ${control.id} alone`, migrated.includes(`get('${control.id}')`));

  step(`after migrate, on ${currentVersion}`);
  const lastTsc = await consumer.tsc();
  check(`${currentVersion}: tsc compiles the migrated program`, lastTsc.code === 0, lastTsc.output);
  const lastFlags = await consumer.flags();
  check(
    `${currentVersion}: nothing is flagged deprecated after migrate`,
    lastFlags.length === 0,
    JSON.stringify(lastFlags),
  );
  const last = await consumer.program();
  console.log(`    program output after migrate:\n${indent(last.stdout)}`);
  check(
    `${currentVersion}: after migrate the program prints the same as on ${previous}`,
    last.stdout === first.stdout,
  );
  check(
    `${currentVersion}: after migrate, no deprecation warning`,
    !last.stderr.includes('DeprecationWarning'),
    last.stderr.trim(),
  );
}

const work = mkdtempSync(join(tmpdir(), 'chipwar-registry-'));
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\ntest:registry: ${signal}: stopping Verdaccio and the commands in progress`);
    for (const child of children) child.kill('SIGTERM');
    void (registry?.stop() ?? Promise.resolve()).finally(() => {
      console.error(`test:registry: Verdaccio stopped; work folder left at ${work}`);
      process.exit(130);
    });
  });

let refused = false;
try {
  await rehearse(work);
} catch (error) {
  if (!(error instanceof Error)) throw error;
  refused = /version-packages first/.test(error.message) && passed.length === 0;
  failures.push(error.message);
  console.error(`\ntest:registry: ${error instanceof StepError ? '' : `${error.name}: `}${error.message}`);
  if (!(error instanceof StepError) && error.stack)
    console.error(error.stack.split('\n').slice(1).join('\n'));
} finally {
  await registry?.stop();
}
for (const reason of skipped) console.log(`skip ${reason}`);
if (failures.length === 0 || refused) rmSync(work, { recursive: true, force: true });
else console.log(`work folder kept for inspection: ${work}`);
console.log(
  `\n${passed.length} passed, ${failures.length} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`,
);
console.log(`(${elapsed()} in all; Verdaccio ${registry ? 'stopped' : 'not started'})`);
process.exit(failures.length ? 1 : 0);
