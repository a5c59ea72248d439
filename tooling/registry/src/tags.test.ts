// Release commits and tags on a real git repository made for the test: releases found by their
// snapshot, then by tag; tags at the release commit, idempotent; an uncommitted release refused; a
// release that moved only a code package tagged at HEAD; a pending version not tagged.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, packagesAt, releaseCommit, releasedVersions, tagCommit } from './releases.ts';
import { tagReleases } from './tags.ts';

const repo = mkdtempSync(join(tmpdir(), 'chipwar-tags-'));

function write(file: string, content: unknown): void {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), typeof content === 'string' ? content : JSON.stringify(content));
}

function setVersions(versions: Record<string, string>): void {
  for (const [name, version] of Object.entries(versions))
    write(`packages/${name}/package.json`, { name: `@chipwar/${name}`, version });
}

function commit(message: string): string {
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', message], repo);
  return git(['rev-parse', 'HEAD'], repo);
}

let first = '';
afterAll(() => rmSync(repo, { recursive: true, force: true }));
beforeAll(() => {
  Object.assign(process.env, {
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
  });
  git(['init', '-q', '-b', 'main'], repo);
  setVersions({ dataset: '0.0.0', query: '0.0.0' });
  write('tooling/bench/package.json', { name: '@chipwar/bench', version: '0.0.0', private: true });
  write('packages/private/package.json', { name: '@chipwar/private', version: '0.0.0', private: true });
  commit('start');
  setVersions({ dataset: '0.1.0', query: '0.1.0' });
  write('packages/dataset/releases/0.1.0.json', '{}');
  first = commit('release 0.1.0');
  write('README.md', 'later work');
  commit('later work');
});

describe('releaseCommit and tagReleases', () => {
  it('finds a release without tags as the commit that added its snapshot', () => {
    expect(releasedVersions(repo)).toEqual(['0.1.0']);
    expect(releaseCommit('0.1.0', repo)).toEqual({ commit: first, via: 'snapshot' });
    expect(releaseCommit('9.9.9', repo)).toBeUndefined();
    expect(packagesAt(first, repo)).toEqual([
      { name: '@chipwar/dataset', version: '0.1.0', dir: 'packages/dataset' },
      { name: '@chipwar/query', version: '0.1.0', dir: 'packages/query' },
    ]);
  });

  it('a dry run tags nothing', () => {
    const report = tagReleases({ cwd: repo, dryRun: true });
    expect(report.created).toEqual(['@chipwar/dataset@0.1.0', '@chipwar/query@0.1.0']);
    expect(tagCommit('@chipwar/dataset@0.1.0', repo)).toBeUndefined();
  });

  it('tags each published package at the release commit, not at HEAD, once', () => {
    const report = tagReleases({ cwd: repo });
    expect(report.problems).toEqual([]);
    expect(report.created).toEqual(['@chipwar/dataset@0.1.0', '@chipwar/query@0.1.0']);
    expect(tagCommit('@chipwar/query@0.1.0', repo)).toBe(first);
    expect(git(['cat-file', '-t', 'refs/tags/@chipwar/query@0.1.0'], repo)).toBe('tag'); // annotated
    expect(releaseCommit('0.1.0', repo)).toEqual({ commit: first, via: 'tag' });
    const again = tagReleases({ cwd: repo });
    expect(again.created).toEqual([]);
    expect(again.present).toEqual(['@chipwar/dataset@0.1.0', '@chipwar/query@0.1.0']);
  });

  it('refuses a release whose snapshot is not committed, and tags it once committed', () => {
    setVersions({ dataset: '1.0.0', query: '1.0.0' });
    write('packages/dataset/releases/1.0.0.json', '{}');
    const pending = tagReleases({ cwd: repo });
    expect(pending.problems).toEqual([expect.stringContaining('releases/1.0.0.json is not committed')]);
    expect(pending.created).toEqual([]);

    const release = commit('release 1.0.0');
    const report = tagReleases({ cwd: repo });
    expect(report.problems).toEqual([]);
    expect(report.created).toEqual(['@chipwar/dataset@1.0.0', '@chipwar/query@1.0.0']);
    expect(tagCommit('@chipwar/dataset@1.0.0', repo)).toBe(release);
    expect(report.lines).toContain(`HEAD ${release.slice(0, 7)} is the commit of a release above`);
  });

  it('tags at HEAD a package whose version moved in a release without new data', () => {
    setVersions({ dataset: '1.0.0', query: '1.0.1' });
    const head = commit('release query 1.0.1');
    const report = tagReleases({ cwd: repo });
    expect(report.created).toEqual(['@chipwar/query@1.0.1']);
    expect(tagCommit('@chipwar/query@1.0.1', repo)).toBe(head);
    expect(tagCommit('@chipwar/dataset@1.0.0', repo)).not.toBe(head);
  });

  it('tags nothing at a HEAD whose data version is not released', () => {
    setVersions({ dataset: '1.1.0', query: '1.0.1' });
    commit('a version not released');
    const report = tagReleases({ cwd: repo });
    expect(report.created).toEqual([]);
    expect(report.lines.at(-1)).toMatch(/@chipwar\/dataset 1\.1\.0 is not the newest snapshot \(1\.0\.0\)/);
  });

  it('falls back to the snapshot when the tag did not travel', () => {
    git(['tag', '-d', '@chipwar/dataset@0.1.0'], repo);
    expect(releaseCommit('0.1.0', repo)).toEqual({ commit: first, via: 'snapshot' });
  });
});
