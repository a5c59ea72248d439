export { default } from '@chipwar/tsup-config';
