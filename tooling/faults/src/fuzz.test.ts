// Fuzzing with fast-check, each case under a time budget, on the built packages: validateDataset on
// any value and on hostile changes of the real dataset; the CLI's argument parsing (`run`, the code
// the binary runs, in-process); and search on any text. A failing case is shrunk and printed.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRawControl, shippedJson, tempDir } from './harness.ts';

const { validateDataset } = await import('@chipwar/schema');
const { ArgumentError } = await import('@chipwar/schema/core');
const { search, SEARCH_LIMITS } = await import('@chipwar/query');
const { run } = await import('@chipwar/cli');

const shippedText = readFileSync(shippedJson, 'utf8');

/** Runs `work` and fails the case if it takes longer than `budgetMs`. */
function withinBudget<T>(budgetMs: number, work: () => T): T {
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  expect(ms, `took ${ms.toFixed(0)} ms, over the budget of ${budgetMs} ms`).toBeLessThan(budgetMs);
  return result;
}

async function withinBudgetAsync<T>(budgetMs: number, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  expect(ms, `took ${ms.toFixed(0)} ms, over the budget of ${budgetMs} ms`).toBeLessThan(budgetMs);
  return result;
}

/** Strings a hostile user would try: control characters, huge, unpaired surrogates, look-alike ids. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', maxLength: 32 }),
  fc.constantFrom(
    '',
    ' ',
    '\u001b[2J',
    '\u009b31m',
    '\ud800',
    '__proto__',
    'constructor',
    'org:smic',
    '2022/2018',
  ),
  fc.nat({ max: 200_000 }).map((length) => 'a'.repeat(length)),
  fc.nat({ max: 50_000 }).map((length) => 'a '.repeat(length)),
  fc
    .nat({ max: 5_000 })
    .map((length) => `{${Array.from({ length }, (_, index) => 1900 + (index % 100)).join(',')}}`),
);

describe('validateDataset', () => {
  it('never throws and stays within budget on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = withinBudget(2_000, () => validateDataset(value));
        expect(result.ok).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and stays within budget when a field of the real dataset is made hostile', () => {
    const collections = ['organizations', 'figures', 'events', 'quotes', 'relations', 'people', 'retired'];
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat(),
        fc.constantFrom(
          'id',
          'name',
          'label',
          'date',
          'sources',
          'subject',
          'object',
          'replacedBy',
          'kind',
          '__proto__',
        ),
        fc.oneof(
          hostileString,
          fc.jsonValue({ maxDepth: 4 }),
          fc.array(hostileString, { maxLength: 50 }),
          fc.record({ edtf: hostileString }),
        ),
        (collection, index, field, value) => {
          const dataset = JSON.parse(shippedText);
          const records = dataset[collection] as Record<string, unknown>[];
          const record = records[index % records.length] as Record<string, unknown>;
          Object.defineProperty(record, field, {
            value,
            enumerable: true,
            configurable: true,
            writable: true,
          });
          const result = withinBudget(3_000, () => validateDataset(dataset));
          expect(typeof result.ok).toBe('boolean');
          for (const issue of result.issues) expect(issue.message.length).toBeLessThan(2_000);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('search', () => {
  it('answers or refuses with an ArgumentError, within budget, on any text and options', () => {
    fc.assert(
      fc.property(
        hostileString,
        fc.option(
          fc.record(
            {
              limit: fc.oneof(fc.integer(), fc.constant(Number.NaN)),
              fuzzy: fc.oneof(fc.double(), fc.boolean()),
              prefix: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
        (text, options) => {
          withinBudget(1_000, () => {
            try {
              const results = search(text, options as never);
              expect(Object.isFrozen(results)).toBe(true);
              expect(text.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxLength);
            } catch (error) {
              expect(error, String(error)).toBeInstanceOf(ArgumentError);
              expect((error as Error).message.length).toBeLessThan(1_000);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the command line', () => {
  // Files of every kind that a path argument might name.
  const dir = tempDir();
  const fifo = join(dir, 'fifo.json');
  execFileSync('mkfifo', [fifo]);
  writeFileSync(join(dir, 'text.json'), '\u001b[2Jnot json');
  const paths = fc.constantFrom(
    fifo,
    join(dir, 'text.json'),
    dir,
    '/dev/zero',
    '/proc/self/status',
    join(dir, 'none.json'),
    shippedJson,
  );

  const commands = fc.oneof(
    fc
      .tuple(fc.constantFrom('show', 'cite', 'search', 'list'), hostileString)
      .map(([command, value]) => [command, value]),
    fc
      .tuple(
        fc.constantFrom('figures', 'timeline', 'quotes'),
        fc.constantFrom(
          '--from',
          '--to',
          '--unit',
          '--subject',
          '--match',
          '--include',
          '--speaker',
          '--words',
          '--metric',
        ),
        hostileString,
      )
      .map(([command, option, value]) => [command, option, value]),
    fc
      .tuple(fc.constantFrom('validate', 'diff'), paths, paths)
      .map(([command, a, b]) => (command === 'diff' ? [command, a, b] : [command, a])),
    fc.array(hostileString, { maxLength: 4 }),
    fc.constantFrom(['help'], ['help', 'show'], ['stats'], []),
  );
  const globals = fc.subarray(['--json', '--debug']);
  const datasetOption = fc.option(
    paths.map((path) => ['--dataset', path]),
    { nil: [] as string[] },
  );

  it('exits 0, 1 or 2 within budget, never with a bug, a raw control character or unbounded output', async () => {
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(globals, datasetOption, commands, async (flags, dataset, command) => {
        const args = [...flags, ...dataset, ...command];
        let stdout = '';
        let stderr = '';
        const io = {
          stdout: (text: string) => {
            stdout += text;
          },
          stderr: (text: string) => {
            stderr += text;
          },
          color: false,
        };
        const code = await withinBudgetAsync(10_000, () => run(args, io));
        expect([0, 1, 2], stderr).toContain(code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(stderr, 'a bug').not.toContain('chipwar: unexpected error');
        expect(hasRawControl(stdout + stderr.replace(/\n\s+at .*/g, ''))).toBe(false);
        expect(stderr.length).toBeLessThan(20_000);
      }),
      { numRuns: 250 },
    );
    // The fuzzing reached successes, failures and usage errors alike.
    console.info('exit codes of the fuzzed command lines:', Object.fromEntries(codes));
    expect([...codes.keys()].sort()).toEqual([0, 1, 2]);
  });
});
