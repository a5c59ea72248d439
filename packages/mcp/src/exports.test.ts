import { expect, it } from 'vitest';
import * as root from './index.ts';

// Pins the public surface: removing or renaming an export is a breaking change and must show here.
it('exports exactly these values', () => {
  expect(Object.keys(root).sort()).toEqual([
    'ERROR_META_KEY',
    'META_URI',
    'RECORD_URI_TEMPLATE',
    'SCHEMA_URI',
    'TOOL_NAMES',
    'createServer',
    'recordUri',
  ]);
});
