import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test/sample-dataset.ts';
import type { ValidationIssue } from '../core/issues.ts';
import { DatasetValidationError } from './errors.ts';
import { parseLedgerInput, parseRecordInput } from './input.ts';

const issue = (index: number): ValidationIssue => ({
  path: ['figures', index, 'value'],
  at: `figures[${index}].value`,
  code: 'invalid-type',
  message: `figures[${index}].value is required; expected a number, received nothing`,
});

describe('DatasetValidationError', () => {
  it('lists up to 20 issues in its message, and counts the rest', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => issue(index));
    const error = new DatasetValidationError(twenty);
    expect(error.name).toBe('DatasetValidationError');
    expect(error.issues).toBe(twenty);
    expect(error.message.split('\n')).toHaveLength(21);
    expect(error.message.split('\n')[0]).toBe('dataset is invalid: 20 problem(s)');
    expect(error.message.split('\n')[20]).toBe(
      'figures[19].value is required; expected a number, received nothing [invalid-type]',
    );

    const many = new DatasetValidationError([...twenty, issue(20), issue(21)]);
    const lines = many.message.split('\n');
    expect(lines[0]).toBe('dataset is invalid: 22 problem(s)');
    expect(lines).toHaveLength(22);
    expect(lines.at(-1)).toBe('… and 2 more');
    expect(many.issues).toHaveLength(22);
  });

  it('keeps its cause', () => {
    const cause = new Error('why');
    expect(new DatasetValidationError([issue(0)], { cause }).cause).toBe(cause);
  });
});

describe('parseRecordInput', () => {
  it('gives the published form of a valid record, with no issues', () => {
    const [figure] = sampleDataset().figures;
    const parsed = parseRecordInput('figure', figure);
    expect(parsed.ok).toBe(true);
    expect(parsed.issues).toEqual([]);
    expect(parsed.data?.id).toBe('figure:logic-threshold');
  });

  it('refuses a kind it does not know, naming the kinds', () => {
    expect(() => parseRecordInput('gadget' as never, {})).toThrow(
      /^parseRecordInput: kind must be one of country, .*; received "gadget"$/,
    );
  });
});

describe('parseLedgerInput', () => {
  const entry = { id: 'org:old', change: 'removed', version: '2.0.0', replacedBy: [], reason: 'gone' };

  it('parses a valid ledger', () => {
    expect(parseLedgerInput([entry])).toEqual({ ok: true, data: [entry], issues: [] });
    expect(parseLedgerInput([])).toEqual({ ok: true, data: [], issues: [] });
  });

  it('lists every problem of every entry, by index', () => {
    const result = parseLedgerInput([entry, { ...entry, change: 'vanished' }, 'org:x']);
    expect(result.ok).toBe(false);
    expect(result.data).toBeUndefined();
    expect(result.issues.map((found) => [found.at, found.code])).toEqual([
      ['[1].change', 'invalid-value'],
      ['[2]', 'invalid-type'],
    ]);
  });
});
