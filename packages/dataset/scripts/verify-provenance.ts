// npm run verify:provenance (or check:data) -- --source <path>: checks every record of the built
// dataset against the report (excerpts verbatim where cited, key facts in their excerpts) and
// against the data rules a program can check (scripts/rules.ts, waivers in rule-waivers.yaml);
// lists every failure and exits 1 on any. A report that cannot be found is a failure too, unless
// --allow-missing-source says to skip the check, which is then printed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { loadSource } from '@chipwar/source';
import { parse } from 'yaml';
import { buildDataset, DataBuildError } from './build.ts';
import { verifyProvenance } from './provenance.ts';
import { applyRuleWaivers, checkRules, type RuleWaiver } from './rules.ts';
import { requireSource } from './source-arg.ts';

const { values } = parseArgs({
  options: { source: { type: 'string' }, 'allow-missing-source': { type: 'boolean' } },
});
const path = requireSource('verify:provenance', values);
const waiverFile = new URL('../rule-waivers.yaml', import.meta.url);
const waivers = (parse(readFileSync(waiverFile, 'utf8')) ?? []) as RuleWaiver[];
try {
  const dataset = buildDataset();
  const failures = verifyProvenance(dataset, loadSource(path));
  for (const failure of failures) console.error(`${failure.id}: ${failure.message} [${failure.check}]`);
  const rules = applyRuleWaivers(checkRules(dataset), waivers);
  for (const failure of rules.failures) console.error(`${failure.id}: ${failure.message} [${failure.check}]`);
  for (const waiver of rules.staleWaivers)
    console.error(
      `rule-waivers.yaml: the waiver of ${waiver.id} from ${waiver.check} matches no failure; remove it`,
    );
  const records = KIND_NAMES.reduce((sum, kind) => sum + dataset[KINDS[kind].collection].length, 0);
  const total = failures.length + rules.failures.length + rules.staleWaivers.length;
  console.log(
    `verify:provenance: ${records} records checked against ${path} and the data rules; ${failures.length} provenance failure(s), ${rules.failures.length} rule failure(s), ${rules.staleWaivers.length} stale waiver(s)`,
  );
  process.exit(total ? 1 : 0);
} catch (error) {
  if (!(error instanceof DataBuildError)) throw error;
  console.error(error.message);
  process.exit(1);
}
