/**
 * Every problem `validateDataset` can report, with what it means. Codes are stable: adding one is
 * a minor change, renaming or removing one a major change.
 */
export const ISSUE_CODES = {
  'invalid-type': 'A value has the wrong JSON type (a string where a number is expected, …).',
  'invalid-value': 'A value is not one of the allowed values (an unknown unit, kind or predicate).',
  'invalid-format': 'A string does not have the required form (an id, a slug, a hash, a date).',
  'unrecognized-keys': 'An object has a field the schema does not define (often a typo).',
  'too-small': 'A string, number or list is below its minimum (an empty name, no sources).',
  'too-big': 'A string, number or list is above its maximum (an excerpt over 300 characters).',
  'invalid-union': 'A value matches none of the allowed forms.',
  'invalid-id': 'An id is not of the form <prefix>:<slug>.',
  'id-prefix-mismatch': "An id's prefix does not match its record's kind (person:smic in organizations).",
  'duplicate-id': 'Two records share an id.',
  'iso-code-mismatch': "A country's id slug is not its ISO 3166-1 code in lower case.",
  'unknown-reference': 'A field refers to an id that no record of the dataset has.',
  'wrong-reference-kind': 'A field refers to a record of a kind that makes no sense there.',
  'relation-kind-mismatch': "A relation's subject or object has a kind its predicate does not allow.",
  'invalid-date': 'A date is not valid EDTF.',
  'unordered-interval': 'A date interval ends before it starts.',
  'date-mismatch': 'A derived date field (start, end, precision, flags) disagrees with its EDTF.',
  'figure-value-range': 'A figure has both or neither of value and range.',
  'invalid-range': "A figure's range has min greater than max.",
  'unit-value':
    "A figure's value or range bound does not fit its unit (a negative or fractional count, a node of 0 nm or less, a share above 100 percent).",
  'asymmetric-equivalence': 'A figure lists an equivalent that does not list it back.',
  'self-reference': 'A record refers to itself where that makes no sense.',
  'order-conflict': 'Objectives or tactics do not number 1, 2, 3, … without gaps or repeats.',
  'unknown-section': "A citation names a section or paragraph that its document's outline does not have.",
  'speaker-unidentified': 'A quote speaker has neither an id nor a description.',
  'retired-id-live': 'An id in the ledger of retired ids is also the id of a live record.',
  'unknown-replacement': 'A retired id is replaced by an id that is neither live nor retired.',
  'replacement-count': 'A retired id has the wrong number of replacements for its change.',
  'retirement-cycle': 'Retired ids replace each other in a cycle.',
  'invalid-input': 'The input could not be read at all (a getter threw, a proxy refused).',
} as const;

/** A stable code naming one kind of validation problem. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** One problem found in a dataset. */
export interface ValidationIssue {
  /** Where: the path of keys and indexes from the dataset root, such as `['figures', 3, 'unit']`. */
  path: (string | number)[];
  /** The same path as a readable string: `figures[3].unit`. */
  at: string;
  /** What kind of problem it is. */
  code: IssueCode;
  /** What was wrong, what was expected and what was received. */
  message: string;
  /** The id of the record the problem is in, when there is one. */
  recordId?: string;
  /** Nearest known ids, for an unknown reference. */
  suggestions?: string[];
}

/**
 * Formats a path as a readable string: `figures[3].sources[0].excerpt`.
 *
 * ```ts
 * formatPath(['figures', 3, 'unit']); // 'figures[3].unit'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

/**
 * Formats issues one per line, `at (record id): message [code]`, for terminals and build logs; a
 * message that begins with its own path reads on from it (`at (record id) is required; … [code]`).
 *
 * ```ts
 * console.error(formatIssues(result.issues));
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.recordId ? `${issue.at} (${issue.recordId})` : issue.at;
      const hint = issue.suggestions?.length ? `; did you mean ${issue.suggestions.join(', ')}?` : '';
      // A message that names its place first ("sources[0].excerpt is required; …") follows it.
      const named = issue.message.startsWith(`${issue.at} `);
      const text = named ? ` ${issue.message.slice(issue.at.length + 1)}` : `: ${issue.message}`;
      return `${where}${text}${hint} [${issue.code}]`;
    })
    .join('\n');
}
