import config from '@chipwar/vitest-config';

// Not `export { default } from`: knip skips a config that only re-exports, and would miss the tests.
export default config;
