// What counts as a control character, in one place: the schema refuses them in text fields and the
// chipwar command escapes any it prints.

/**
 * One control character: C0 (U+0000–U+001F), DEL (U+007F) or C1 (U+0080–U+009F), Unicode's `Cc`.
 * Written as ranges, not `\p{Cc}`, so the JSON Schema pattern made from it works in any language.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;

const EVERY_CONTROL_CHARACTER = new RegExp(CONTROL_CHARACTER.source, 'g');
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

/** A control character as an escape: `\n`, `\t`, or `\u001b` for the rest. */
function escapeControlCharacter(character: string): string {
  return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The text with every control character (C0, DEL, C1) written as an escape, as JSON writes them, so
 * that no value can move a terminal's cursor, change its colours or set its title when printed.
 *
 * ```ts
 * escapeControlCharacters('SMIC\u001b[2J'); // 'SMIC\\u001b[2J'
 * escapeControlCharacters('a\tb'); // 'a\\tb'
 * ```
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(EVERY_CONTROL_CHARACTER, escapeControlCharacter);
}
