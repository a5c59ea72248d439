import type { CommandSpec } from '../command-line.ts';
import { readDataset } from '../context.ts';
import { terminalText } from '../output.ts';

/** `chipwar diff <old> <new>`: what changed between two datasets, and the bump it requires. */
export const diffCommand: CommandSpec<'old' | 'new'> = {
  name: 'diff',
  summary: 'what changed between two dataset versions, and the version bump that requires',
  arguments: [
    { name: 'old', description: 'the older dataset JSON' },
    { name: 'new', description: 'the newer dataset JSON' },
  ],
  options: [],
  examples: ['chipwar diff releases/1.0.0.json dist/dataset.json', 'chipwar diff old.json new.json --json'],
  async run(ctx, { old: oldFile, new: newFile }, _options) {
    const [before, after] = await Promise.all([readDataset(oldFile), readDataset(newFile)]);
    const { diffDatasets, formatDiff } = await import('@chipwar/schema/versioning');
    const diff = diffDatasets(before, after);
    ctx.emit(diff, () => terminalText(formatDiff(diff), { multiline: true }));
  },
};
