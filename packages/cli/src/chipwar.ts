import { run } from './program.ts';

// The `chipwar` program, built as one CommonJS file (see tsup.config.ts), which has no top-level
// await; ./cli.ts starts it.
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
