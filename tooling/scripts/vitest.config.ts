export { default } from '@chipwar/vitest-config';
