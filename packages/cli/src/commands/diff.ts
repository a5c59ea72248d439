import type { Command } from 'commander';
import { type Context, readDataset } from '../context.ts';
import { terminalText } from '../output.ts';

/** `chipwar diff <old> <new>`: what changed between two datasets, and the bump it requires. */
export function registerDiff(program: Command, ctx: Context): void {
  program
    .command('diff')
    .description('what changed between two dataset versions, and the version bump that requires')
    .argument('<old>', 'the older dataset JSON')
    .argument('<new>', 'the newer dataset JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar diff releases/1.0.0.json dist/dataset.json\n  chipwar diff old.json new.json --json',
    )
    .action(async (oldFile: string, newFile: string) => {
      const [before, after] = await Promise.all([readDataset(oldFile), readDataset(newFile)]);
      const { diffDatasets, formatDiff } = await import('@chipwar/schema/versioning');
      const diff = diffDatasets(before, after);
      ctx.emit(diff, () => terminalText(formatDiff(diff), { multiline: true }));
    });
}
