import { validateDataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { describe, expect, it } from 'vitest';
import { generateDataset } from './generate.ts';

describe('generateDataset', () => {
  it.each([1000, 5000])('makes a valid dataset of about %i records', (size) => {
    const dataset = generateDataset(size);
    const result = validateDataset(dataset);
    expect(result.issues.slice(0, 3)).toEqual([]);
    const total = KIND_NAMES.reduce((sum, kind) => sum + dataset[KINDS[kind].collection].length, 0);
    expect(Math.abs(total - size) / size).toBeLessThan(0.02);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateDataset(1000))).toBe(JSON.stringify(generateDataset(1000)));
  });
});
