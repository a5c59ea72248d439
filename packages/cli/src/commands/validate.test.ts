// `chipwar validate` on a dataset whose figures break the rules of their units, run as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../dist/cli.cjs', import.meta.url).pathname;
const shipped = new URL('../../../dataset/dist/dataset.json', import.meta.url).pathname;

function validate(mutate: (dataset: { figures: Record<string, unknown>[] }) => void) {
  const dataset = JSON.parse(readFileSync(shipped, 'utf8'));
  mutate(dataset);
  const file = join(mkdtempSync(join(tmpdir(), 'chipwar-validate-')), 'dataset.json');
  writeFileSync(file, JSON.stringify(dataset));
  const result = spawnSync(process.execPath, [bin, 'validate', file], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout };
}

const index = (dataset: { figures: Record<string, unknown>[] }, id: string) =>
  dataset.figures.findIndex((figure) => figure.id === id);

describe('chipwar validate: values against their units', () => {
  it('accepts the shipped data', () => {
    expect(validate(() => {}).code).toBe(0);
  });

  it('rejects a negative count, a fractional count and a negative node size, in the project’s words', () => {
    let at: number[] = [];
    const { code, stdout } = validate((dataset) => {
      at = [
        index(dataset, 'figure:chokepoints-identified-count'),
        index(dataset, 'figure:local-semiconductor-funds-count'),
        index(dataset, 'figure:october-7-logic-node-threshold'),
      ];
      (dataset.figures[at[0] as number] as Record<string, unknown>).value = -5;
      (dataset.figures[at[1] as number] as Record<string, unknown>).value = 2.5;
      (dataset.figures[at[2] as number] as Record<string, unknown>).value = -7;
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      `figures[${at[0]}].value (figure:chokepoints-identified-count) does not fit unit count (a count of things); expected a whole number of at least 0, received -5 [unit-value]`,
    );
    expect(stdout).toContain(
      `figures[${at[1]}].value (figure:local-semiconductor-funds-count) does not fit unit count (a count of things); expected a whole number of at least 0, received 2.5 [unit-value]`,
    );
    expect(stdout).toContain(
      `figures[${at[2]}].value (figure:october-7-logic-node-threshold) does not fit unit nanometer (a length in nanometers); expected a number greater than 0, received -7 [unit-value]`,
    );
    expect(stdout).toContain('invalid: 3 issue(s)');
  });

  it('says where an excerpt is missing, what was expected and what it received', () => {
    const { code, stdout } = validate((dataset) => {
      const [citation] = (dataset.figures[0] as { sources: Record<string, unknown>[] }).sources;
      delete (citation as Record<string, unknown>).excerpt;
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /figures\[0\]\.sources\[0\]\.excerpt \(figure:[a-z0-9-]+\) is required; expected a string, received nothing \[invalid-type\]/,
    );
  });
});
