// The API report of a published package: one API Extractor report per entry point, read from the
// declarations tsup built (dist/*.d.ts), kept in the package's api/ folder. API Extractor analyses
// one entry point per run, so each entry point of the `exports` map gets its own run and report.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { entryName, SOURCE_CONDITION } from '@chipwar/tsup-config/entries';
import { Extractor, ExtractorConfig, ExtractorLogLevel, type IConfigFile } from '@microsoft/api-extractor';
import { createTwoFilesPatch } from 'diff';

/** One public entry point of a package: a subpath of its `exports` map with TypeScript source. */
export interface EntryPoint {
  /** The subpath consumers import: `.`, `./core`, `./figures`. */
  subpath: string;
  /** The entry's name, as tsup names its output: `index`, `core`, `figures`. */
  name: string;
  /** The built declaration file consumers of `import` get, relative to the package. */
  types: string;
}

type ExportTarget = string | { [condition: string]: ExportTarget };

/**
 * Every entry point of the package in `packageDir`: each `exports` subpath that has a
 * `@chipwar/source` condition, with the declarations its `import` condition points at.
 */
export function entryPoints(packageDir: string): EntryPoint[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    exports?: Record<string, ExportTarget>;
  };
  const entries: EntryPoint[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target !== 'object' || typeof target[SOURCE_CONDITION] !== 'string') continue;
    const imported = target.import;
    const types = typeof imported === 'object' ? imported.types : undefined;
    if (typeof types !== 'string')
      throw new Error(
        `${manifest.name}: exports["${subpath}"] has a "${SOURCE_CONDITION}" condition but no import.types; expected "import": { "types": "./dist/<name>.d.ts", ... }`,
      );
    entries.push({ subpath, name: entryName(subpath), types });
  }
  if (entries.length === 0)
    throw new Error(
      `${manifest.name}: no export has a "${SOURCE_CONDITION}" condition, so there is no API to report`,
    );
  return entries;
}

/** Where the report of an entry point is kept, relative to the package: `api/<name>.api.md`. */
export function reportPath(entry: EntryPoint): string {
  return `api/${entry.name}.api.md`;
}

/** A rendered report, and what API Extractor said while making it. */
export interface Report {
  entry: EntryPoint;
  text: string;
  /** Errors and warnings, as `file:line - (id) text`. */
  messages: string[];
}

/** Renders the report of one entry point from the built declarations (run the build first). */
export function renderReport(packageDir: string, entry: EntryPoint): Report {
  const dir = resolve(packageDir);
  const temp = mkdtempSync(join(tmpdir(), 'api-report-'));
  try {
    const configObject: IConfigFile = {
      projectFolder: dir,
      newlineKind: 'lf',
      mainEntryPointFilePath: join(dir, entry.types),
      compiler: {
        // The declarations are analysed as a consumer's compiler reads them: through the packages'
        // `exports`, without the source condition, so other @chipwar packages are their dist/ too.
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023'],
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            types: ['node'],
            strict: true,
            skipLibCheck: true,
          },
          files: [join(dir, entry.types)],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: entry.name,
        reportFolder: temp,
        reportTempFolder: temp,
        // Declarations that exported signatures use but the entry does not export are part of the
        // contract too (a schema constant behind an exported type): they are listed, and flagged.
        includeForgottenExports: true,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
        extractorMessageReporting: {
          default: { logLevel: ExtractorLogLevel.Warning, addToApiReportFile: false },
          // Release tags (@public, @beta) are not used here: every export of an entry is public.
          'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
          // Doc comments are held to their standard by each package's docs test (testApiDocs).
          'ae-undocumented': { logLevel: ExtractorLogLevel.None },
          // Shown in the report next to the declaration, where a reviewer sees it.
          'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: true },
          // tsup puts imports above the @packageDocumentation comment of a bundled entry.
          'ae-misplaced-package-tag': { logLevel: ExtractorLogLevel.None },
          // One entry point is analysed at a time, so a link to another entry's export cannot
          // resolve here; typedoc checks the links of the documentation site.
          'ae-unresolved-link': { logLevel: ExtractorLogLevel.None },
        },
        // Doc comments are held to their standard by each package's docs test, not by TSDoc.
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    };
    const config = ExtractorConfig.prepare({
      configObject,
      configObjectFullPath: undefined,
      packageJsonFullPath: join(dir, 'package.json'),
    });
    const messages: string[] = [];
    const result = Extractor.invoke(config, {
      localBuild: true,
      showVerboseMessages: false,
      messageCallback: (message) => {
        if (message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning) {
          const where = message.sourceFilePath
            ? `${message.sourceFilePath}:${message.sourceFileLine ?? 0} - `
            : '';
          messages.push(`${where}(${message.messageId}) ${message.text}`);
        }
        message.handled = true;
      },
    });
    if (!result.succeeded && messages.length === 0)
      messages.push(`API Extractor failed on ${entry.types} (${result.errorCount} error(s))`);
    // API Extractor names the package; the report names the entry point consumers import.
    const name = config.packageJson?.name ?? '';
    const specifier = entry.subpath === '.' ? name : `${name}/${entry.subpath.slice(2)}`;
    const text = oneMemberPerLine(
      readFileSync(join(temp, `${entry.name}.api.md`), 'utf8').replace(
        `## API Report File for "${name}"`,
        `## API Report File for "${specifier}"`,
      ),
    );
    return { entry, text, messages };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const LITERAL = /'[^'\n]*'|"[^"\n]*"/g;
const LITERALS = String.raw`(?:'[^'\n]*'|"[^"\n]*")`;
const UNION = new RegExp(String.raw`^((?:export )?type [\w$]+ =) (${LITERALS}(?: \| ${LITERALS})+);$`);
const TUPLE = new RegExp(
  String.raw`^((?:export )?const [\w$]+: readonly \[)(${LITERALS}(?:, ${LITERALS})+)\];$`,
);

/**
 * Puts each member of a declared union or tuple of string literals (the id types, the vocabularies)
 * on its own line, with the terminator on a line of its own, so that adding a member adds a line
 * and removing one removes a line: a line that disappears from a report is a removed or changed
 * export, and the changeset check reads it that way.
 */
export function oneMemberPerLine(report: string): string {
  return report
    .split('\n')
    .map((line) => {
      const union = UNION.exec(line);
      if (union)
        return [union[1], ...(union[2]?.match(LITERAL) ?? []).map((m) => `    | ${m}`), ';'].join('\n');
      const tuple = TUPLE.exec(line);
      if (tuple)
        return [tuple[1], ...(tuple[2]?.match(LITERAL) ?? []).map((m) => `    ${m},`), '];'].join('\n');
      return line;
    })
    .join('\n');
}

/** A unified diff from the committed report to the fresh one, as `git diff` shows it. */
export function reportDiff(file: string, committed: string, fresh: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, committed, fresh, 'committed', 'from dist/', {
    context: 3,
  });
}
