import { formatIssues, type ValidationIssue } from '../core/issues.ts';

/**
 * Thrown by {@link assertValidDataset} when a dataset is invalid; carries every issue.
 *
 * ```ts
 * try { assertValidDataset(json); } catch (error) {
 *   if (error instanceof DatasetValidationError) console.error(error.issues.length, 'problems');
 * }
 * ```
 */
export class DatasetValidationError extends Error {
  /** Every problem found, in the order found. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    const shown = issues.slice(0, 20);
    const more = issues.length > shown.length ? `\n… and ${issues.length - shown.length} more` : '';
    super(`dataset is invalid: ${issues.length} problem(s)\n${formatIssues(shown)}${more}`, options);
    this.name = 'DatasetValidationError';
    this.issues = issues;
  }
}
