export { DATABASE_FILE, defaultDataDir, isPostgresUrl, openStore, withoutPassword } from './open.js';
export type { OpenStoreOptions, Store } from './open.js';
export type { Dialect } from './migrator.js';
export { MIGRATIONS } from './migrations/index.js';
export type { Migration } from './migrations/index.js';
