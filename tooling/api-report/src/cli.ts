#!/usr/bin/env tsx
// `chipwar-api-report` writes the API report of every entry point of the package in the current
// folder to api/<entry>.api.md; `chipwar-api-report --check` writes nothing and exits 1 when a
// report is stale, missing or left over, naming the package and entry and showing the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entryPoints, renderReport, reportDiff, reportPath } from './index.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const packageDir = process.cwd();
const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string };

const entries = entryPoints(packageDir);
const problems: string[] = [];
const expected = new Set<string>();
for (const entry of entries) {
  const file = reportPath(entry);
  expected.add(file);
  const label = `${name} ${entry.subpath} (${file})`;
  if (!existsSync(join(packageDir, entry.types))) {
    problems.push(`${label}: ${entry.types} does not exist; build the package first (npm run build)`);
    continue;
  }
  const report = renderReport(packageDir, entry);
  for (const message of report.messages) console.warn(`${label}: ${message}`);
  const target = join(packageDir, file);
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (committed === report.text) {
    console.log(`${label}: up to date`);
  } else if (values.check) {
    problems.push(
      committed === undefined
        ? `${label}: no report is committed; run \`npm run api:report\` and commit ${file}`
        : `${label}: the report is stale; run \`npm run api:report\` and commit the change\n${reportDiff(file, committed, report.text)}`,
    );
  } else {
    mkdirSync(join(packageDir, 'api'), { recursive: true });
    writeFileSync(target, report.text);
    console.log(`${label}: written`);
  }
}

// A report whose entry point is gone would otherwise stay behind, describing an API nobody ships.
const apiDir = join(packageDir, 'api');
for (const file of existsSync(apiDir) ? readdirSync(apiDir) : []) {
  const path = `api/${file}`;
  if (expected.has(path) || !file.endsWith('.api.md')) continue;
  if (values.check)
    problems.push(`${name} (${path}): no entry point has this report; run \`npm run api:report\``);
  else {
    rmSync(join(packageDir, path));
    console.log(`${name} (${path}): removed, no entry point has it`);
  }
}

if (problems.length > 0) {
  console.error(`\napi:check: ${problems.length} problem(s)\n\n${problems.join('\n\n')}`);
  process.exit(1);
}
