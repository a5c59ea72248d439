// Files on a user's disk: bounded reading and safe writing, the one module every command uses.
export { isPlainRelativeName, isWithin, kindOfEntry, realPath } from './paths.ts';
export {
  decodeUtf8,
  FileReadError,
  firstInvalidUtf8,
  readInputFile,
} from './read.ts';
export {
  commitFile,
  discardFile,
  makeFolders,
  type PreparedFile,
  prepareFile,
  TEMP_SUFFIX,
  WriteRefusedError,
  writeFilesAtomically,
} from './write.ts';
