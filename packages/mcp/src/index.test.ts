// createServer in-process, as an embedder uses it: over the SDK's in-memory transport, with the
// shipped data or data of one's own, and what happens when the data itself fails.
import { spawnSync } from 'node:child_process';
import { get } from '@chipwar/query';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { createServer, META_URI, RECORD_URI_TEMPLATE, recordUri, SCHEMA_URI, TOOL_NAMES } from './index.ts';

async function connected(server: ReturnType<typeof createServer>) {
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'in-process', version: '0.0.0' });
  await client.connect(clientSide);
  return client;
}

describe('createServer', () => {
  it('serves the shipped dataset over any transport', async () => {
    const client = await connected(createServer());
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
    const result = (await client.callTool({
      name: 'get_record',
      arguments: { id: 'org:smic' },
    })) as CallToolResult;
    expect(result.structuredContent).toMatchObject({ id: 'org:smic', label: get('org:smic').name });
    await client.close();
  });

  it('names its resources with the exported URIs', async () => {
    const client = await connected(createServer());
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(
      expect.arrayContaining([META_URI, SCHEMA_URI, recordUri('org:smic')]),
    );
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates[0]?.uriTemplate).toBe(RECORD_URI_TEMPLATE);
    await client.close();
  });

  it('answers a failure of the data itself as an error result, logs it, and keeps serving', async () => {
    const { dataset } = await import('@chipwar/dataset');
    const shipped = await import('@chipwar/query');
    const logged: string[] = [];
    const broken = {
      ...shipped,
      figures: () => {
        throw new Error('disk on fire');
      },
    };
    const server = createServer({
      data: { dataset: dataset as never, query: broken as never },
      log: (text) => logged.push(text),
    });
    const client = await connected(server);
    const failed = (await client.callTool({ name: 'figures', arguments: {} })) as CallToolResult;
    expect(failed.isError).toBe(true);
    expect(failed.content[0]).toEqual({
      type: 'text',
      text: 'figures: the server could not answer (disk on fire)',
    });
    expect(failed._meta).toBeUndefined();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^figures: Error: disk on fire\n\s+at /);
    const next = (await client.callTool({
      name: 'get_record',
      arguments: { id: 'org:smic' },
    })) as CallToolResult;
    expect(next.isError).toBeFalsy();
    await client.close();
  });

  it('keeps its heap steady over 1,000 calls (measured after garbage collection, built package)', () => {
    // A child process with --expose-gc, so the heap is measured after a full collection.
    const script = `
      import { Client } from '@modelcontextprotocol/sdk/client/index.js';
      import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
      import { createServer } from '@chipwar/mcp';
      const [a, b] = InMemoryTransport.createLinkedPair();
      await createServer().connect(a);
      const client = new Client({ name: 'heap', version: '0' });
      await client.connect(b);
      await client.listTools();
      const calls = [
        ['search', { text: 'big fund' }], ['get_record', { id: 'org:smiic' }], ['timeline', { from: '2018-04~' }],
        ['figures', { subject: 'org:big-fund' }], ['quotes', { words: 'self-reliance' }], ['relations', { id: 'org:micron' }],
        ['path', { from: 'org:huawei', to: 'country:nl' }], ['cite', { id: 'org:smic', format: 'csl-json' }],
        ['search', { text: 'x'.repeat(5000) }], ['timeline', { from: '2018-13' }],
      ];
      const run = async (n) => { for (let i = 0; i < n; i++) { const [name, args] = calls[i % calls.length]; await client.callTool({ name, arguments: args }); } };
      const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
      await run(200);
      const before = heap();
      await run(1000);
      console.log(JSON.stringify({ before, after: heap() }));
      await client.close();
    `;
    const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      cwd: new URL('..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const { before, after } = JSON.parse(result.stdout) as { before: number; after: number };
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
    console.log(
      `chipwar-mcp heap after GC: ${mb(before)} MB after warm-up, ${mb(after)} MB after 1,000 more calls`,
    );
    expect(after - before).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);
});
