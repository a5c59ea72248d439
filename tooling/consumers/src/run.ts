// npm run test:consumers: packs every published package and checks it as users meet it, in fresh
// projects outside the monorepo. Prints what it checked and exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as Record<
  string,
  number
>;
const work = mkdtempSync(join(tmpdir(), 'chipwar-consumers-'));
const failures: string[] = [];
const passed: string[] = [];

function check(name: string, ok: boolean, detail = ''): void {
  (ok ? passed : failures).push(`${name}${detail ? `: ${detail}` : ''}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// 1. Pack every published package and look inside each tarball.
const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);
const tarballs: string[] = [];
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\//,
  /^schema\.json$/,
];
for (const dir of packages) {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], dir)) as {
    filename: string;
    name: string;
    files: { path: string }[];
  }[];
  if (!packed) throw new Error(`npm pack printed nothing for ${dir}`);
  tarballs.push(join(work, packed.filename));
  const files = packed.files.map((file) => file.path);
  const stray = files.filter(
    (file) => !ALLOWED.some((pattern) => pattern.test(file)) || /\.test\.|fixtures|\/src\//.test(file),
  );
  check(
    `${packed.name}: tarball holds only dist, README, LICENSE, package.json`,
    stray.length === 0,
    stray.join(', '),
  );
  check(`${packed.name}: has README and LICENSE`, files.includes('README.md') && files.includes('LICENSE'));
  const leaks = files.filter(
    (file) => file.startsWith('dist/') && readFileSync(join(dir, file), 'utf8').includes(root),
  );
  check(`${packed.name}: no absolute path of the build machine`, leaks.length === 0, leaks.join(', '));
}

// 2. A fresh project that installs the tarballs (and their registry dependencies).
const project = join(work, 'project');
mkdirSync(project);
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
);
// The MCP client of the chipwar-mcp check is the SDK that @chipwar/mcp itself depends on.
const mcpManifest = JSON.parse(readFileSync(join(root, 'packages/mcp/package.json'), 'utf8'));
const sdk = `@modelcontextprotocol/sdk@${mcpManifest.dependencies['@modelcontextprotocol/sdk']}`;
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, sdk], project);
for (const file of readdirSync(fixtures))
  writeFileSync(join(project, file), readFileSync(join(fixtures, file)));

// 3. ESM and CommonJS give the same, correct answers.
const esm = JSON.parse(run('node', ['esm.mjs'], project));
const cjs = JSON.parse(run('node', ['cjs.cjs'], project));
check(
  'ESM project: imports every package and runs real queries',
  esm.valid &&
    esm.smic === 'SMIC' &&
    esm.imports === 'more than $350 billion (2020)' &&
    esm.search === 'org:big-fund' &&
    esm.frozen &&
    esm.sameSubpath &&
    esm.customSmic === 'SMIC' &&
    esm.errorBrands &&
    esm.custom > 0,
  JSON.stringify(esm),
);
check('CommonJS project: require gives the same answers', JSON.stringify(cjs) === JSON.stringify(esm));
const cli = run(
  'node',
  [join(project, 'node_modules/@chipwar/cli/dist/cli.cjs'), 'show', 'org:smic', '--json'],
  project,
);
check('the chipwar binary runs from the installed package', JSON.parse(cli).record.id === 'org:smic');
const mcp = JSON.parse(run('node', ['mcp.mjs'], project));
check(
  'the chipwar-mcp binary answers get_record org:smic to the SDK client over stdio, with its citation',
  mcp.tools === 8 &&
    mcp.id === 'org:smic' &&
    mcp.text === 'org:smic — SMIC' &&
    /Gregory C\. Allen, “China’s New Microchip War” .*, ¶\d+: “.*SMIC/.test(mcp.citation) &&
    /^get_record: no record has the id "org:smiic"; did you mean org:smic/.test(mcp.unknown),
  JSON.stringify(mcp),
);

// 4. TypeScript, strict, under node16 and bundler resolution, checking the emitted .d.ts too.
const tsc = join(root, 'node_modules/typescript/bin/tsc');
for (const resolution of ['node16', 'bundler'] as const) {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      module: resolution === 'node16' ? 'Node16' : 'ESNext',
      moduleResolution: resolution === 'node16' ? 'Node16' : 'Bundler',
      types: [],
      noUncheckedIndexedAccess: true,
    },
    files: ['consumer.ts'],
  };
  writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify(config, null, 2));
  let output = '';
  try {
    run('node', [tsc, '-p', `tsconfig.${resolution}.json`], project);
  } catch (error) {
    output = `${(error as { stdout?: string }).stdout ?? ''}`.slice(0, 600);
  }
  check(
    `TypeScript (${resolution}): literal ids, narrowing, typos rejected, .d.ts clean with skipLibCheck: false`,
    output === '',
    output,
  );
}

// 5. Bundles: one kind's subpath, or formatFigure alone, carry nothing else; sizes within budget.
// The main entry of @chipwar/query must not pull in zod or the EDTF parser: they would double the
// cost of importing it (the cold start in BENCHMARKS.md); createQuery lives in /create for that.
type Inspect = (code: string, inputs: string[]) => string | undefined;
// Records are JSON text in a string ("kind":"figure"); an object literal, minified, may lose the quotes (kind:"figure").
const KIND = /\bkind"?:"([a-z]+)"/g;
const kindsIn = (code: string) => new Set([...code.matchAll(KIND)].map((match) => match[1]));
const heavy = (inputs: string[]) =>
  inputs
    .filter((input) => /node_modules\/(zod|edtf|nearley)\//.test(input))
    .map((input) => input.split('node_modules/')[1]?.split('/')[0]);
const bundles: [string, string, Inspect][] = [
  [
    'dataset-figures-subpath',
    'bundle-figures.mjs',
    (code) =>
      [...kindsIn(code)].some((kind) => kind !== 'figure') ? 'contains records of other kinds' : undefined,
  ],
  [
    'query-formatFigure-only',
    'bundle-format.mjs',
    (code) => (kindsIn(code).size > 0 ? 'contains dataset records' : undefined),
  ],
  [
    'query-main-entry',
    'bundle-query.mjs',
    (_code, inputs) => {
      const found = [...new Set(heavy(inputs))];
      return found.length ? `loads ${found.join(', ')}` : undefined;
    },
  ],
  ['schema-validateDataset', 'bundle-validate.mjs', () => undefined],
];
for (const [name, entry, inspect] of bundles) {
  const result = await build({
    entryPoints: [join(project, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    absWorkingDir: project,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const bytes = Buffer.byteLength(code);
  const budget = budgets[name] ?? 0;
  const problem = inspect(code, Object.keys(result.metafile.inputs));
  check(`bundle ${name}: tree-shaken`, problem === undefined, problem);
  if (name === 'dataset-figures-subpath') {
    // Proves the pattern above matches records as they appear in a bundle.
    check(`bundle ${name}: holds the figures`, kindsIn(code).has('figure'));
  }
  if (name === 'schema-validateDataset') {
    // Proves the check above sees zod and edtf when they are bundled.
    check(
      `bundle ${name}: the heavy-module check sees zod and edtf`,
      heavy(Object.keys(result.metafile.inputs)).length > 0,
    );
  }
  check(
    `bundle ${name}: ${bytes.toLocaleString('en-US')} bytes within budget ${budget.toLocaleString('en-US')}`,
    bytes <= budget,
  );
}

console.log(`\n${passed.length} passed, ${failures.length} failed`);
console.log(
  `(work folder: ${relative(process.cwd(), work) || work}, ${statSync(work).isDirectory() ? 'kept for inspection' : ''})`,
);
process.exit(failures.length ? 1 : 0);
