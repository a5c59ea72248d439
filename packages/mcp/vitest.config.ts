export { default } from '../../tooling/vitest-config/src/index.ts';
