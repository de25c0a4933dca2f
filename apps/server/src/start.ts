import { AppError } from '@amends/domain';
import { openStore } from '@amends/store';
import type { AddressInfo } from 'node:net';
import { isLoopback, loopbackHostNames } from './host-check.js';
import type { ServerLogOptions } from './logging.js';
import { buildServer } from './server.js';

export interface StartServerOptions {
  /** Default `127.0.0.1`: only this computer can connect. */
  host?: string | undefined;
  /** Default 4320; 0 picks a free port. */
  port?: number | undefined;
  /** SQLite data folder; `defaultDataDir()` from `@amends/store` when unset. */
  dataDir?: string | undefined;
  /** A `postgres://` URL to use PostgreSQL instead of SQLite (the CLI passes `DATABASE_URL`). */
  databaseUrl?: string | undefined;
  webRoot?: string | URL | undefined;
  /** Default `true`: info-level JSON lines on stdout. */
  logger?: boolean | ServerLogOptions | undefined;
}

export interface RunningServer {
  /** Where to open Amends, e.g. `http://127.0.0.1:4320`. */
  url: string;
  /** Where the data is: the SQLite file, or the PostgreSQL URL without its password. */
  location: string;
  /** Stops accepting requests, waits for the ones in flight, then closes the database. */
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4320;

/**
 * Opens the store, builds the server and listens. When listening on loopback, only requests addressed
 * to a loopback name are answered (DNS-rebinding defence).
 *
 * @example const { url, close } = await startServer({ databaseUrl: process.env.DATABASE_URL });
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const store = await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  try {
    const app = await buildServer({
      store,
      webRoot: options.webRoot,
      logger: options.logger ?? true,
      allowedHosts: isLoopback(host) ? loopbackHostNames(host) : undefined,
    });
    try {
      await app.listen({ host, port });
    } catch (error) {
      await app.close();
      throw listenError(error, host, port);
    }
    const address = app.server.address() as AddressInfo;
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost}:${String(address.port)}`,
      location: store.location,
      close() {
        closing ??= app.close().then(() => store.close());
        return closing;
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function listenError(error: unknown, host: string, port: number): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') {
    return new AppError(
      'conflict',
      `Port ${String(port)} is already in use — Amends may already be running. Open http://${host}:${String(port)}, or choose another port.`,
      'port',
      { cause: error },
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new AppError(
      'validation',
      `This computer has no address “${host}” to listen on. Use 127.0.0.1.`,
      'host',
      {
        cause: error,
      },
    );
  }
  if (code === 'EACCES') {
    return new AppError(
      'validation',
      `Amends isn’t allowed to listen on port ${String(port)}. Choose a port above 1023.`,
      'port',
      { cause: error },
    );
  }
  return error;
}
