export { buildServer, CONTENT_SECURITY_POLICY } from './server.js';
export type { BuildServerOptions } from './server.js';
export { DEFAULT_HOST, DEFAULT_PORT, startServer } from './start.js';
export type { RunningServer, StartServerOptions } from './start.js';
export type { LogLevel, ServerLogOptions } from './logging.js';
export { BODY_LIMIT, STATUS_BY_CODE } from './errors.js';
export type { ErrorBody } from './errors.js';
