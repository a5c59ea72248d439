#!/usr/bin/env node
// Starts the `chipwar` program (./chipwar.cjs, one CommonJS file) from the code V8 compiled when
// the build ran it, so a lookup does not parse and compile the program again: about
// a tenth of the command's CPU time (BENCHMARKS.md). V8 accepts a code cache only from its own
// version and flags (and for a source of the same length); on any other Node, or without the file,
// the program is compiled as usual. Nothing is written at run time, except by the build
// (scripts/code-cache.ts), which sets CHIPWAR_WRITE_CODE_CACHE=1 to have this file write the cache.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';

const programFile = join(__dirname, 'chipwar.cjs');
const cacheFile = join(__dirname, 'chipwar.v8cache');
const writeCache = process.env.CHIPWAR_WRITE_CODE_CACHE === '1';

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// The program loads what only some commands need with require() (see tsup.config.ts), so the
// compiled script needs no loader for import().
const cachedData = writeCache ? undefined : readCache();

if (!cachedData && !writeCache) {
  require(programFile);
} else {
  const script = new vm.Script(Module.wrap(readFileSync(programFile, 'utf8')), {
    // The cache keeps the file name it was made with, and must not carry the build machine's path
    // into the package; a run names the file where it is installed, for stack traces.
    filename: writeCache ? 'chipwar.cjs' : programFile,
    cachedData,
  });
  const program = new Module(programFile, module);
  program.filename = programFile;
  program.paths = module.paths;
  program.loaded = true;
  if (writeCache) {
    // At exit, so that the functions the run compiled (the dataset, the lookup) are in the cache.
    process.on('exit', () => {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    });
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(
    program.exports,
    program.exports,
    Module.createRequire(programFile),
    program,
    programFile,
    __dirname,
  );
}
