import type { Command } from 'commander';
import type { Context } from '../context.ts';
import { CliError, failure } from '../errors.ts';
import { applyMigration, planMigration } from '../migrate.ts';

/** `chipwar migrate <paths...>`: rewrite retired ids in a user's files. */
export function registerMigrate(program: Command, ctx: Context): void {
  program
    .command('migrate')
    .description('rewrite retired ids to their replacements in your files (TS, JS, JSON, Markdown)')
    .argument('<paths...>', 'files or folders (node_modules, .git and dist are skipped)')
    .option('--dry-run', 'print the changes as a diff and change nothing')
    .addHelpText('after', '\nExamples:\n  chipwar migrate src docs --dry-run\n  chipwar migrate src')
    .action(async (paths: string[], options: { dryRun?: boolean }) => {
      const { dataset, query } = await ctx.load();
      const { c, io } = ctx;
      let plan: Awaited<ReturnType<typeof planMigration>>;
      try {
        plan = await planMigration(
          paths,
          (dataset.retired ?? []).map((entry) => entry.id),
          (id) => query.resolveId(id),
        );
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!code) throw error;
        throw failure(`cannot read ${(error as NodeJS.ErrnoException).path ?? paths.join(', ')}: ${code}`);
      }
      if (options.dryRun) {
        for (const file of plan.files) {
          io.stdout(`--- ${file.file}\n+++ ${file.file}\n`);
          for (const change of file.changes)
            io.stdout(
              `@@ line ${change.line} @@\n${c.red(`-${change.before}`)}\n${c.green(`+${change.after}`)}\n`,
            );
        }
      } else {
        try {
          await applyMigration(plan);
        } catch (error) {
          throw failure(
            `cannot write ${(error as NodeJS.ErrnoException).path ?? ''}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          );
        }
      }
      for (const refusal of plan.refused)
        io.stderr(
          `${c.yellow('refused')} ${refusal.file}:${refusal.line} ${refusal.id}: ${refusal.reason}\n`,
        );
      const verb = options.dryRun ? 'would replace' : 'replaced';
      io.stdout(
        `${verb} ${plan.replacements} retired id(s) in ${plan.files.length} file(s); ${plan.refused.length} refused\n`,
      );
      if (plan.refused.length) throw new CliError('', 1);
    });
}
