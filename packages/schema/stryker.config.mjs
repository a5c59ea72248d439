// Mutation testing of the schema package's validator and versioning rules (TESTING.md).
import { strykerConfig } from '@chipwar/vitest-config/stryker';

export default strykerConfig(['src/validate/**/*.ts', 'src/versioning/**/*.ts']);
