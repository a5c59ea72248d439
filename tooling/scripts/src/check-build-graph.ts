// Proves that turbo's cache keys follow the files each task reads, and that a warm cache restores
// every output a later task needs. For each probe it asks `turbo run <task> --dry=json` for the task
// hashes, appends a comment to one file, asks again, restores the file byte for byte, and fails
// unless every task that reads the file got a new hash. Then it deletes the dataset's build outputs
// (dist/ and the generated source) and checks that `turbo run build` and `turbo run typecheck` pass.
// Run from the repository root: `npm run check:build-graph`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;

/** A file edit and the tasks whose cache key it must change. */
interface Probe {
  /** The file to touch, relative to the repository root. */
  file: string;
  /** The turbo task to dry-run (`build`, `test`, …). */
  task: string;
  /** Task ids (`@chipwar/dataset#build`) whose hash must change. */
  changes: string[];
}

const publishedTests = ['schema', 'dataset', 'query', 'cli'].map((name) => `@chipwar/${name}#test`);
const publishedBuilds = ['schema', 'dataset', 'query', 'cli'].map((name) => `@chipwar/${name}#build`);

/** What must invalidate what. Every file here is read by the tasks named. */
const PROBES: Probe[] = [
  {
    file: 'packages/dataset/ledger.yaml',
    task: 'build',
    changes: ['@chipwar/dataset#generate', '@chipwar/dataset#build'],
  },
  {
    file: 'packages/dataset/coverage-waivers.yaml',
    task: 'build',
    changes: ['@chipwar/dataset#generate', '@chipwar/dataset#build'],
  },
  {
    file: 'packages/dataset/data/countries/cn.yaml',
    task: 'build',
    changes: ['@chipwar/dataset#generate', '@chipwar/dataset#build', '@chipwar/query#build'],
  },
  // The data build validates with the schema's source (the @chipwar/source condition).
  {
    file: 'packages/schema/src/model/records.ts',
    task: 'build',
    changes: ['@chipwar/schema#build', '@chipwar/dataset#generate', '@chipwar/dataset#build'],
  },
  {
    file: 'packages/schema/scripts/generate-json-schema.ts',
    task: 'generate',
    changes: ['@chipwar/schema#generate'],
  },
  { file: 'tooling/tsup-config/src/index.ts', task: 'build', changes: publishedBuilds },
  {
    file: 'tooling/vitest-config/src/index.ts',
    task: 'test',
    changes: [
      ...publishedTests,
      ...['source', 'bench', 'scripts', 'api-report', 'registry'].map((name) => `@chipwar/${name}#test`),
    ],
  },
  { file: 'tooling/vitest-config/src/api-docs.ts', task: 'test', changes: publishedTests },
  { file: 'packages/schema/schema.json', task: 'test', changes: ['@chipwar/schema#test'] },
  // check:changesets finds the last release with the registry's releaseCommit.
  {
    file: 'tooling/registry/src/releases.ts',
    task: 'test',
    changes: ['@chipwar/registry#test', '@chipwar/scripts#test'],
  },
  {
    file: 'tooling/api-report/src/index.ts',
    task: 'api:check',
    changes: ['schema', 'dataset', 'query', 'cli'].map((name) => `@chipwar/${name}#api:check`),
  },
];

/** The hash of every task `turbo run <task>` would run, by task id. */
function taskHashes(task: string): Map<string, string> {
  const output = execFileSync('turbo', ['run', task, '--dry=json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  const plan = JSON.parse(output) as { tasks: { taskId: string; hash: string }[] };
  return new Map(plan.tasks.map((entry) => [entry.taskId, entry.hash]));
}

/** A comment line in the syntax of the file, so the edit changes bytes but not meaning. */
function comment(file: string): string {
  if (/\.(ya?ml)$/.test(file)) return '\n# build-graph probe\n';
  if (/\.json$/.test(file)) return '\n';
  return '\n// build-graph probe\n';
}

/** Runs `fn` while `file` has a comment appended; the original bytes are always written back. */
function withEdit<T>(file: string, fn: () => T): T {
  const path = join(root, file);
  const original = readFileSync(path);
  const restore = () => writeFileSync(path, original);
  const onSignal = () => {
    restore();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    writeFileSync(path, Buffer.concat([original, Buffer.from(comment(file))]));
    return fn();
  } finally {
    restore();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The task ids of `expected` whose hash is the same before and after (or that turbo did not plan). */
function unchanged(
  before: Map<string, string>,
  after: Map<string, string>,
  expected: readonly string[],
): string[] {
  return expected.filter((id) => !before.has(id) || !after.has(id) || before.get(id) === after.get(id));
}

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function main(): void {
  const problems: string[] = [];
  const baselines = new Map<string, Map<string, string>>();
  for (const probe of PROBES) {
    if (!existsSync(join(root, probe.file))) {
      problems.push(`${probe.file}: the probe's file does not exist; update PROBES in check-build-graph.ts`);
      continue;
    }
    let before = baselines.get(probe.task);
    let after: Map<string, string>;
    try {
      if (!before) {
        before = taskHashes(probe.task);
        baselines.set(probe.task, before);
      }
      after = withEdit(probe.file, () => taskHashes(probe.task));
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      problems.push(`${probe.file}: turbo run ${probe.task} --dry=json failed: ${stderr || String(error)}`);
      continue;
    }
    const stale = unchanged(before, after, probe.changes);
    if (stale.length > 0)
      problems.push(
        `${probe.file}: editing it must change the cache key of ${stale.join(', ')} (turbo run ${probe.task}), but did not; declare it as an input`,
      );
    else console.log(`ok  ${probe.file} → new cache key for ${probe.changes.join(', ')}`);
  }

  // The generated source is an output of the cache too: deleting it and building from a warm cache
  // must bring it back, or type checks and tests see missing modules.
  const dataset = join(root, 'packages/dataset');
  rmSync(join(dataset, 'dist'), { recursive: true, force: true });
  rmSync(join(dataset, 'src/generated'), { recursive: true, force: true });
  console.log('removed packages/dataset/dist and packages/dataset/src/generated');
  if (!run('turbo', ['run', 'build', '--output-logs=errors-only']))
    problems.push('turbo run build failed after removing the outputs');
  else if (
    !existsSync(join(dataset, 'src/generated')) ||
    readdirSync(join(dataset, 'src/generated')).length === 0
  )
    problems.push('turbo run build did not restore packages/dataset/src/generated');
  else if (!existsSync(join(dataset, 'dist/dataset.json')))
    problems.push('turbo run build did not restore packages/dataset/dist/dataset.json');
  else if (!run('turbo', ['run', 'typecheck', '--output-logs=errors-only']))
    problems.push('turbo run typecheck failed after rebuilding from the cache');
  // A cached type check replays its log without reading a file, so also run tsc itself on the
  // packages that read the generated source.
  else
    for (const name of ['dataset', 'query'])
      if (!run('tsc', ['-p', `packages/${name}/tsconfig.json`]))
        problems.push(`tsc -p packages/${name}/tsconfig.json failed on the outputs restored from the cache`);

  if (problems.length > 0) {
    console.error(
      `\ncheck:build-graph: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log('\ncheck:build-graph: every probe invalidates its tasks; outputs restore from the cache');
}

main();
