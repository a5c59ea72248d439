// Files on a user's disk: bounded reading and safe writing, the one module every command uses.
export { isPlainRelativeName, isWithin, kindOfEntry, lstatOrUndefined, realPath } from './paths.ts';
export {
  decodeUtf8,
  FileReadError,
  firstInvalidUtf8,
  formatBytes,
  MAX_INPUT_FILE_BYTES,
  readInputFile,
} from './read.ts';
export {
  commitFile,
  discardFile,
  type FileToWrite,
  makeFolders,
  type PreparedFile,
  prepareFile,
  TEMP_SUFFIX,
  type Within,
  WriteRefusedError,
  writeFilesAtomically,
} from './write.ts';
