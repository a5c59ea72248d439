#!/usr/bin/env node
import { run } from './program.ts';

// Built as one CommonJS file (see tsup.config.ts), which has no top-level await.
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
