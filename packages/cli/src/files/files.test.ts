// The files module on real files, real symbolic links and real FIFOs.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeUtf8,
  FileReadError,
  firstInvalidUtf8,
  isPlainRelativeName,
  isWithin,
  makeFolders,
  prepareFile,
  readInputFile,
  TEMP_SUFFIX,
  WriteRefusedError,
  writeFilesAtomically,
} from './index.ts';

function folder(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'chipwar-files-')));
}

const temps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(TEMP_SUFFIX));

describe('writeFilesAtomically', () => {
  it('replaces files whole, keeps their permissions and leaves no temporary file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'old a');
    chmodSync(join(dir, 'a.txt'), 0o640);
    await writeFilesAtomically(
      [
        { path: join(dir, 'a.txt'), content: 'new a' },
        { path: join(dir, 'b.bin'), content: new Uint8Array([0, 255, 1]) },
      ],
      { within: dir },
    );
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new a');
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([0, 255, 1]);
    expect(temps(dir)).toEqual([]);
  });

  it('never writes through a symbolic link at a target name, nor changes what it points to', async () => {
    const dir = folder();
    const outside = folder();
    writeFileSync(join(outside, 'precious'), 'keep me');
    symlinkSync(join(outside, 'precious'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), 'old b');
    const writing = writeFilesAtomically(
      [
        { path: join(dir, 'b.txt'), content: 'new b' },
        { path: join(dir, 'a.txt'), content: 'overwritten' },
      ],
      { within: dir },
    );
    await expect(writing).rejects.toThrow(WriteRefusedError);
    await expect(writing).rejects.toThrow(/a\.txt: it is a symbolic link/);
    expect(readFileSync(join(outside, 'precious'), 'utf8')).toBe('keep me');
    // All or nothing: b.txt, prepared first, was not replaced either.
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('old b');
    expect(temps(dir)).toEqual([]);
  });

  it('refuses a target whose real path leaves the allowed folder (through a linked folder)', async () => {
    const dir = folder();
    const outside = folder();
    symlinkSync(outside, join(dir, 'sub'));
    await expect(
      writeFilesAtomically([{ path: join(dir, 'sub', 'x.txt'), content: 'x' }], { within: dir }),
    ).rejects.toThrow(/outside/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses a read-only file, a folder and a FIFO at a target name, even for root', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ro.txt'), 'read only');
    chmodSync(join(dir, 'ro.txt'), 0o444);
    mkdirSync(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    for (const [name, reason] of [
      ['ro.txt', 'it is read-only'],
      ['folder', 'it is a folder'],
      ['fifo', 'it is a FIFO'],
    ] as const)
      await expect(prepareFile({ path: join(dir, name), content: 'x' }, { within: dir })).rejects.toThrow(
        reason,
      );
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toBe('read only');
    expect(temps(dir)).toEqual([]);
  });

  it('allows exactly a named file when `within` names a file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'one.ts'), '1');
    writeFileSync(join(dir, 'two.ts'), '2');
    const within = [join(dir, 'one.ts')];
    await writeFilesAtomically([{ path: join(dir, 'one.ts'), content: 'one' }], { within });
    await expect(
      writeFilesAtomically([{ path: join(dir, 'two.ts'), content: 'two' }], { within }),
    ).rejects.toThrow(/outside/);
    expect(readFileSync(join(dir, 'two.ts'), 'utf8')).toBe('2');
  });
});

describe('makeFolders', () => {
  it('makes missing parents and fails at once where a folder cannot be made', async () => {
    const dir = folder();
    await makeFolders(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    writeFileSync(join(dir, 'file'), '');
    await expect(makeFolders(join(dir, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    // fs.mkdir(…, { recursive: true }) loops forever here.
    await expect(makeFolders('/proc/self/chipwar-x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('readInputFile', () => {
  it('reads a regular file and refuses a FIFO without blocking, a device, a folder and a large file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ok.json'), '{}');
    expect(new TextDecoder().decode(await readInputFile(join(dir, 'ok.json')))).toBe('{}');
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    await expect(readInputFile(join(dir, 'fifo'))).rejects.toThrow(
      /it is a FIFO \(named pipe\), not a regular file/,
    );
    await expect(readInputFile('/dev/zero')).rejects.toThrow(/it is a character device/);
    await expect(readInputFile(dir)).rejects.toThrow(/it is a folder/);
    writeFileSync(join(dir, 'big'), Buffer.alloc(2048));
    await expect(readInputFile(join(dir, 'big'), { maxBytes: 1024 })).rejects.toThrow(
      /it is 2 KiB, more than the limit of 1 KiB/,
    );
    await expect(readInputFile(join(dir, 'missing'))).rejects.toThrow(FileReadError);
  });

  it('bounds a /proc file, which says its size is 0', async () => {
    expect(statSync('/proc/self/maps').size).toBe(0);
    await expect(readInputFile('/proc/self/maps', { maxBytes: 16 })).rejects.toThrow(/more than 16 bytes/);
  });
});

describe('UTF-8', () => {
  it('decodes only valid UTF-8, keeping a byte order mark when asked', () => {
    expect(decodeUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9]))).toBe('café');
    expect(decodeUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBeUndefined(); // Latin-1
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
    expect(decodeUtf8(bom)).toBe('a');
    expect(decodeUtf8(bom, { keepByteOrderMark: true })).toBe('\ufeffa');
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xff, 0x63]))).toBe('byte 0xff at offset 2');
    // Latin-1 "São": 0xe3 starts a three-byte sequence that the next byte breaks; that is where.
    expect(firstInvalidUtf8(new Uint8Array([0x53, 0xe3, 0x6f]))).toBe('byte 0xe3 at offset 1');
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(
      'a character cut off at the end, at offset 1',
    );
  });
});

describe('paths', () => {
  it('isWithin and isPlainRelativeName', () => {
    expect(isWithin('/a/b/c', '/a/b')).toBe(true);
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/bc', '/a/b')).toBe(false);
    expect(isWithin('/a', '/a/b')).toBe(false);
    for (const name of ['a.csv', 'sub/a.csv', '..a'] as const)
      expect(isPlainRelativeName(name), name).toBe(true);
    for (const name of ['', '/etc/passwd', '../x', 'a/../../x', 'a//b', './a', 'a\0b', 'a\\b'])
      expect(isPlainRelativeName(name), name).toBe(false);
  });
});
