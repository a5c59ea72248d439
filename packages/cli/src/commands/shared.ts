// What the command files share: how a record is named and a field shown, the refusal of retired
// ids, and the help of --match.
import type { AnyRecord } from '@chipwar/schema';
import type { Context } from '../context.ts';
import { terminalText } from '../output.ts';

/** A record's name (entities) or label (statements). */
export function nameOf(record: AnyRecord): string {
  return ('name' in record ? record.name : record.label) ?? record.id;
}

/** A field's value as one line of text, control characters escaped. */
export function describeValue(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'edtf' in value)
    return terminalText(String((value as { edtf: string }).edtf));
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return terminalText(value.join(', '));
  return terminalText(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * Stops a command at an id the ledger retired, saying what became of it, instead of answering
 * for its replacement: on the command line the user can simply type the new id.
 */
export async function requireLive(ctx: Context, command: string, id: string): Promise<void> {
  const { query } = await ctx.load();
  const resolved = query.resolveId(id);
  if (resolved.retired) {
    const { RetiredIdError } = await import('@chipwar/query');
    throw new RetiredIdError(command, resolved);
  }
}

/** The help of --match, shared by every date-filtered command. */
export const MATCH_HELP =
  'with --from/--to: certain (dated wholly within, the default) or possible (may overlap)';
