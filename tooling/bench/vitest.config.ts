export { default } from '../vitest-config/src/index.ts';
