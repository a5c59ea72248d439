// Set up for every test file: its temporary folders go when it ends.
import { afterAll } from 'vitest';
import { removeTempDirs } from './harness.ts';

afterAll(removeTempDirs);
