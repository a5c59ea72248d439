// Where the data checks find the report, in one place: `--source <path>`, CHIPWAR_SOURCE, or
// ../shared/sources/ beside the checkout. A report that cannot be found ends the check with exit 1
// and a message saying where it looked; only `--allow-missing-source` skips the check, and then
// says that it skipped.
import { existsSync } from 'node:fs';
import { findSourcePath } from '@chipwar/source';

/** What a check script was given on its command line. */
export interface SourceArgs {
  /** `--source <path>`. */
  source?: string | undefined;
  /** `--allow-missing-source`: skip (exit 0, saying so) instead of failing when the report is missing. */
  'allow-missing-source'?: boolean | undefined;
}

/** The report's path, or what a check must do without it: fail with a message, or skip and say so. */
export function resolveSource(
  script: string,
  args: SourceArgs,
): { ok: true; path: string } | { ok: false; exitCode: 0 | 1; message: string } {
  const path = findSourcePath(args.source);
  if (path && existsSync(path)) return { ok: true, path };
  const where =
    path ?? '../shared/sources/china-new-microchip-war.md beside the checkout (or CHIPWAR_SOURCE)';
  if (args['allow-missing-source'])
    return {
      ok: false,
      exitCode: 0,
      message: `${script}: SKIPPED: the report was not found at ${where}, and --allow-missing-source was given; nothing was checked against it`,
    };
  return {
    ok: false,
    exitCode: 1,
    message: `${script}: the report was not found at ${where}; pass --source <path> (or --allow-missing-source to skip this check on purpose)`,
  };
}

/** The report's path; when it cannot be found, prints why and exits (1, or 0 when skipping is allowed). */
export function requireSource(script: string, args: SourceArgs): string {
  const resolved = resolveSource(script, args);
  if (resolved.ok) return resolved.path;
  (resolved.exitCode ? console.error : console.warn)(resolved.message);
  process.exit(resolved.exitCode);
}
