import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, jsonStringLiteral, renderFiles } from './build.ts';
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

  it('writes records as one-byte JSON text in a string literal that reads back as the same data', () => {
    const records = buildDataset().figures;
    const literal = jsonStringLiteral(records);
    // Reading the generated literal back the way a JavaScript engine does is the point here.
    const text: string = new Function(`return ${literal}`)();
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(records)));
    expect(literal).toMatch(/^'[\x20-\x7e]*'$/);
    expect(text).toContain('\\u2019'); // the report's apostrophe, as a JSON escape
    const awkward = { text: "it's \\ “quoted” \u2028 😀 \u0000" };
    const tricky = JSON.parse('{"__proto__":{"polluted":true},"text":"a"}');
    for (const value of [awkward, tricky]) {
      const back = JSON.parse(new Function(`return ${jsonStringLiteral(value)}`)());
      expect(back).toEqual(JSON.parse(JSON.stringify(value)));
    }
    // JSON.parse makes "__proto__" an own key; it never sets the prototype.
    const back = JSON.parse(new Function(`return ${jsonStringLiteral(tricky)}`)());
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'text']);
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
