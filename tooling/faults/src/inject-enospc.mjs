// Loaded with `node --import` into the chipwar binary: a disk that fills up. Every write to a file
// through node:fs counts against CHIPWAR_FAULT_DISK_BYTES; the write that passes it writes what
// still fits and fails with ENOSPC, as a real full disk does. Used where no tmpfs can be mounted,
// and beside the tmpfs tests everywhere, so the full-disk path is always exercised.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let left = Number(process.env.CHIPWAR_FAULT_DISK_BYTES ?? 'Infinity');

function enospc(syscall) {
  return Object.assign(new Error(`ENOSPC: no space left on device, ${syscall}`), {
    code: 'ENOSPC',
    errno: -28,
    syscall,
  });
}

function bytesOf(data) {
  return typeof data === 'string'
    ? Buffer.from(data)
    : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

// FileHandle is not exported; take its prototype from a handle.
const probe = await fs.promises.open(join(tmpdir(), `.chipwar-fault-probe-${process.pid}`), 'w');
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();
await fs.promises.rm(join(tmpdir(), `.chipwar-fault-probe-${process.pid}`), { force: true });

const writeFile = FileHandle.writeFile;
FileHandle.writeFile = async function (data, options) {
  const bytes = bytesOf(data);
  if (bytes.length <= left) {
    left -= bytes.length;
    return writeFile.call(this, bytes, options);
  }
  await writeFile.call(this, bytes.subarray(0, Math.max(0, left)), options);
  left = 0;
  throw enospc('write');
};

const promisesWriteFile = fs.promises.writeFile;
fs.promises.writeFile = async (path, data, options) => {
  const bytes = bytesOf(data);
  if (bytes.length <= left) {
    left -= bytes.length;
    return promisesWriteFile(path, bytes, options);
  }
  await promisesWriteFile(path, bytes.subarray(0, Math.max(0, left)), options);
  left = 0;
  throw enospc('write');
};

// Named imports of node:fs/promises (`import { writeFile }`) see the patched function too.
syncBuiltinESMExports();
