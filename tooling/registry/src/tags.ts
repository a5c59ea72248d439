// The git tags `changeset tag` would have created at each release, `@chipwar/<name>@<version>`,
// created after the fact and idempotently: a tag that exists is never moved.
import {
  git,
  packagesAt,
  RELEASE_PACKAGE,
  RELEASES_DIR,
  ROOT,
  releaseCommit,
  releasedVersions,
  tagCommit,
  tagName,
} from './releases.ts';

/** What `tagReleases` did (or, with `dryRun`, would do). */
export interface TagReport {
  /** Human-readable lines, one per release and one per tag. */
  lines: string[];
  /** Tags created now (`@chipwar/dataset@1.0.0`). */
  created: string[];
  /** Tags that were already there, left where they point. */
  present: string[];
  /** Why a release could not be tagged; non-empty means failure. */
  problems: string[];
}

const short = (commit: string) => commit.slice(0, 7);

/**
 * Tags every released version of every published package. For each snapshot in
 * `packages/dataset/releases/`, at its release commit (`releaseCommit`), with each package's version
 * as that commit's package.json has it. Then, when HEAD's `@chipwar/dataset` version is the newest
 * snapshot's (HEAD holds released versions, none pending), every package version of HEAD not
 * tagged yet is tagged at HEAD, as `changeset tag` would: this covers a package whose version moved
 * in a release that changed no data. Tags are annotated, with the tag name as message, as
 * `changeset tag` makes them.
 *
 * ```ts
 * tagReleases().created; // ['@chipwar/cli@0.1.0', '@chipwar/dataset@0.1.0', …] the first time, [] after
 * ```
 */
export function tagReleases({ cwd = ROOT, dryRun = false } = {}): TagReport {
  const report: TagReport = { lines: [], created: [], present: [], problems: [] };
  const planned = new Map<string, string>();
  const ensure = (tag: string, commit: string) => {
    const existing = planned.get(tag) ?? tagCommit(tag, cwd);
    planned.set(tag, existing ?? commit);
    if (existing) {
      report.present.push(tag);
      const note =
        existing === commit ? '' : ` (kept: the version was released earlier, at ${short(existing)})`;
      report.lines.push(`  exists  ${tag} -> ${short(existing)}${note}`);
      return;
    }
    if (!dryRun) git(['tag', tag, '-m', tag, commit], cwd);
    report.created.push(tag);
    report.lines.push(`  ${dryRun ? 'would tag' : 'tagged'}  ${tag} -> ${short(commit)}`);
  };

  const versions = releasedVersions(cwd);
  const releaseCommits = new Set<string>();
  for (const version of versions) {
    const found = releaseCommit(version, cwd);
    if (!found) {
      report.problems.push(
        `${RELEASES_DIR}/${version}.json is not committed: commit the release (npm run version-packages, then git commit), then run npm run release:tags again`,
      );
      continue;
    }
    const packages = packagesAt(found.commit, cwd);
    const marker = packages.find((pkg) => pkg.name === RELEASE_PACKAGE)?.version;
    if (marker !== version) {
      report.problems.push(
        `${short(found.commit)} is the commit of release ${version} (${found.via === 'tag' ? `tag ${tagName(RELEASE_PACKAGE, version)}` : `it adds ${RELEASES_DIR}/${version}.json`}), but its ${RELEASE_PACKAGE} is ${marker ?? 'missing'}`,
      );
      continue;
    }
    releaseCommits.add(found.commit);
    report.lines.push(
      `release ${version} at ${short(found.commit)} (${found.via === 'tag' ? `by its tag ${tagName(RELEASE_PACKAGE, version)}` : `the commit that added ${RELEASES_DIR}/${version}.json`})`,
    );
    for (const pkg of packages) ensure(tagName(pkg.name, pkg.version), found.commit);
  }

  const head = git(['rev-parse', 'HEAD'], cwd);
  const newest = versions.at(-1);
  const atHead = packagesAt(head, cwd);
  const headVersion = atHead.find((pkg) => pkg.name === RELEASE_PACKAGE)?.version;
  if (releaseCommits.has(head)) {
    report.lines.push(`HEAD ${short(head)} is the commit of a release above`);
  } else if (newest !== undefined && headVersion === newest) {
    const untagged = atHead.filter((pkg) => !planned.has(tagName(pkg.name, pkg.version)));
    report.lines.push(
      `HEAD ${short(head)}: released versions (${RELEASE_PACKAGE} ${headVersion} is the newest snapshot)${untagged.length ? '' : ', all tagged above'}`,
    );
    for (const pkg of untagged) ensure(tagName(pkg.name, pkg.version), head);
  } else {
    report.lines.push(
      `HEAD ${short(head)}: ${RELEASE_PACKAGE} ${headVersion ?? '(none)'} is not the newest snapshot (${newest ?? 'none'}), so HEAD is not a release; nothing tagged there`,
    );
  }
  return report;
}
