import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, jsLiteral, renderFiles } from './build.ts';
import { withCounts } from './counts.ts';
import { formatRecordYaml, unformattedFiles } from './format-data.ts';

const packageDir = new URL('../', import.meta.url);

describe('the build', () => {
  it('is deterministic: two builds give byte-identical files', () => {
    const first = renderFiles(buildDataset());
    const second = renderFiles(buildDataset());
    expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
    for (const [path, content] of first) expect(second.get(path), path).toBe(content);
  });

  it('left outputs on disk that are exactly what the data gives now', () => {
    for (const [path, content] of renderFiles(buildDataset())) {
      expect(readFileSync(new URL(path, packageDir), 'utf8'), path).toBe(content);
    }
  });

  it('writes records as literals that read back as the same data, and refuses a __proto__ key', () => {
    const records = buildDataset().figures;
    // Reading the generated literal back the way a JavaScript engine does is the point here.
    const readBack = new Function(`return ${jsLiteral(records)}`)();
    expect(readBack).toEqual(JSON.parse(JSON.stringify(records)));
    const hostile = JSON.parse('{"id":"figure:x","extra":{"__proto__":{"polluted":true}}}');
    expect(() => jsLiteral(hostile)).toThrow(/a record has a "__proto__" key/);
  });

  it('README counts table is current (run `npm run generate:readme -w @chipwar/dataset`)', () => {
    const readme = readFileSync(new URL('README.md', packageDir), 'utf8');
    expect(readme).toBe(withCounts(readme, buildDataset()));
  });

  it('keeps every data file in canonical form (run `npm run format:data -w @chipwar/dataset`)', () => {
    expect(unformattedFiles()).toEqual([]);
    expect(formatRecordYaml('sources: []\nkind: figure\nid: figure:x\n')).toBe(
      'id: figure:x\nkind: figure\nsources: []\n',
    );
  });
});
