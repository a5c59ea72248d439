// Mutation testing of the query package: every source file (TESTING.md).
import { strykerConfig } from '@chipwar/vitest-config/stryker';

export default strykerConfig(['src/**/*.ts']);
