// A process that imports one kind, @chipwar/dataset/figures.
import { figures } from '@chipwar/dataset/figures';

if (figures.length === 0) process.exit(3);
