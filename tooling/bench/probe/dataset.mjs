// A process that imports @chipwar/dataset and finds one record.
import { dataset } from '@chipwar/dataset';

if (!dataset.organizations.some((record) => record.id === 'org:smic')) process.exit(3);
