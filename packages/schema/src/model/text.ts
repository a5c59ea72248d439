import { z } from 'zod';
import { CONTROL_CHARACTER } from '../core/text.ts';

// `^[^…]*$` over the same ranges as CONTROL_CHARACTER, so the JSON Schema gets a plain pattern.
const PLAIN_TEXT = new RegExp(`^[^${CONTROL_CHARACTER.source.slice(1, -1)}]*$`);

/**
 * A non-empty text field: a name, label, alias, excerpt, description, quotation, role. No control
 * character (C0, DEL, C1) is allowed, not even a tab or a line break: every text field is one line,
 * and a name with an escape sequence would otherwise reach a terminal and rewrite what it shows.
 */
export function textSchema() {
  return z
    .string()
    .min(1)
    .regex(PLAIN_TEXT, {
      error: (issue) => {
        const input = String(issue.input);
        const at = input.search(CONTROL_CHARACTER);
        const code = (input.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0');
        return `expected text without control characters (U+0000–U+001F, U+007F–U+009F); found U+${code} at character ${at + 1}`;
      },
    });
}
