// A process that imports @chipwar/query and answers one get.
import { get } from '@chipwar/query';

if (get('org:smic').id !== 'org:smic') process.exit(3);
