import type { CommandSpec } from '../command-line.ts';
import { readJson } from '../context.ts';
import { CliError } from '../errors.ts';
import { json, terminalText } from '../output.ts';

/** `chipwar validate <file>`: every issue of a dataset file. */
export const validateCommand: CommandSpec<'file'> = {
  name: 'validate',
  summary: 'validate a dataset JSON file against the schema and list every issue',
  arguments: [{ name: 'file', description: 'a dataset JSON file' }],
  options: [],
  examples: ['chipwar validate my-extended-dataset.json'],
  async run(ctx, { file }, _options) {
    const { formatIssues, validateDataset } = await import('@chipwar/schema');
    const { c, io } = ctx;
    const result = validateDataset(await readJson(file));
    const shown = terminalText(file);
    if (ctx.options().json) io.stdout(json({ ok: result.ok, issues: result.issues }));
    else if (result.ok) io.stdout(`${c.green('valid')}: ${shown}\n`);
    else
      io.stdout(
        `${terminalText(formatIssues(result.issues), { multiline: true })}\n${c.red('invalid')}: ${result.issues.length} issue(s) in ${shown}\n`,
      );
    // The issues are the output; the exit code says the file is invalid.
    if (!result.ok) throw new CliError('', 1);
  },
};
