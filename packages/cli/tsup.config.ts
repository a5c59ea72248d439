export { default } from '../../tooling/tsup-config/src/index.ts';
