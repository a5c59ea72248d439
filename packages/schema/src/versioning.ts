/**
 * How chipwar versions its data, without zod: reading and comparing semantic versions, the bump
 * policy (`diffDatasets` computes the smallest bump two datasets require, `formatDiff` writes it
 * up), and the rules of the ledger of retired ids. The one home of these rules: the dataset
 * build, the query helpers and the `chipwar` command all call this module.
 *
 * @module
 */
export { type DatasetDiff, diffDatasets, type FieldChange, formatDiff } from './versioning/diff.ts';
export {
  Ledger,
  type LedgerProblem,
  REPLACEMENT_COUNTS,
  RETIREMENT_CHANGES,
  type ResolvedId,
  type RetirementChange,
  retiredInMajorOf,
} from './versioning/ledger.ts';
export {
  BUMPS,
  type Bump,
  bumpBetween,
  compareVersions,
  declaredBump,
  incrementVersion,
  isEnough,
  majorOf,
  maxBump,
  parseVersion,
  SEMVER_PATTERN,
  type Version,
} from './versioning/semver.ts';
