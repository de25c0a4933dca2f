import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { memoryIo } from '../io.js';
import {
  defaultDataDir,
  describeDatabaseUrl,
  explainStartError,
  parsePort,
  prepareDataDir,
  runServe,
  type StartServer,
} from './index.js';

describe('serve options', () => {
  it('parses ports', () => {
    expect(parsePort(undefined)).toBe(4320);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
    for (const bad of ['abc', '-1', '65536', '80.5', '']) {
      expect(() => parsePort(bad)).toThrow(/is not a port number/);
    }
  });

  it('keeps data in $XDG_DATA_HOME/amends, else ~/.local/share/amends', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, '/home/me')).toBe('/data/amends');
    expect(defaultDataDir({}, '/home/me')).toBe('/home/me/.local/share/amends');
    expect(defaultDataDir({ XDG_DATA_HOME: 'relative' }, '/home/me')).toBe('/home/me/.local/share/amends');
  });

  it('describes DATABASE_URL without its credentials, and refuses other URLs', () => {
    const described = describeDatabaseUrl('postgres://amends:s3cret@db.local:5433/amends');
    expect(described).toBe('PostgreSQL (amends on db.local:5433)');
    expect(described).not.toContain('s3cret');
    expect(() => describeDatabaseUrl('mysql://x@y/z')).toThrow(/must be a PostgreSQL URL/);
    expect(() => describeDatabaseUrl('not a url')).toThrow(/not a valid URL/);
  });

  it('explains a data folder it cannot write to', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'amends-serve-')), 'a-file');
    writeFileSync(file, '');
    expect(() => prepareDataDir(join(file, 'data'))).toThrow(
      /can't write its data to .*a file, not a folder.*--data-dir/,
    );
  });

  it('creates missing folders, and refuses paths that cannot be folders', () => {
    const base = mkdtempSync(join(tmpdir(), 'amends-serve-'));
    prepareDataDir(join(base, 'a', 'b'));
    expect(statSync(join(base, 'a', 'b')).mode & 0o777).toBe(0o700);
    writeFileSync(join(base, 'file'), '');
    expect(() => prepareDataDir(join(base, 'file'))).toThrow(/a file, not a folder/);
    if (existsSync('/proc/self')) {
      expect(() => prepareDataDir('/proc/amends-data')).toThrow(
        /can't write its data to \/proc\/amends-data/,
      );
    }
  });

  it('explains start-up failures without a stack trace', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    expect(explainStartError(inUse, { host: '127.0.0.1', port: 4320, usesPostgres: false }).message).toBe(
      'Port 4320 is already in use. Try `amends serve --port 4321`.',
    );
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(explainStartError(refused, { host: '127.0.0.1', port: 4320, usesPostgres: true }).message).toMatch(
      /Couldn’t reach PostgreSQL/,
    );
    const auth = Object.assign(new Error('password authentication failed'), { code: '28P01' });
    expect(explainStartError(auth, { host: 'h', port: 1, usesPostgres: true }).message).toMatch(
      /user or password/,
    );
  });
});

describe('runServe', () => {
  it('starts, says where it runs and where data lives, and stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amends-serve-'));
    const close = vi.fn(() => Promise.resolve());
    const startServer = vi.fn<StartServer>(() =>
      Promise.resolve({ url: 'http://127.0.0.1:5555', location: join(dataDir, 'amends.db'), close }),
    );
    const signals = new EventEmitter();
    const io = memoryIo();
    const running = runServe({ port: '0', dataDir }, io, { startServer, signals });
    await vi.waitFor(() => expect(io.out()).toContain('Amends is running at http://127.0.0.1:5555\n'));
    expect(startServer).toHaveBeenCalledWith({
      host: '127.0.0.1',
      port: 0,
      dataDir,
      logger: { level: 'warn' },
    });
    expect(io.out()).toContain(`${join(dataDir, 'amends.db')} (SQLite)`);
    signals.emit('SIGTERM');
    await expect(running).resolves.toBe(0);
    expect(close).toHaveBeenCalledOnce();
  });

  it('uses PostgreSQL when DATABASE_URL is set, and never prints its password', async () => {
    const startServer = vi.fn<StartServer>(() =>
      Promise.resolve({
        url: 'http://127.0.0.1:1',
        location: 'postgres://me@127.0.0.1:5432/amends',
        close: () => Promise.resolve(),
      }),
    );
    const signals = new EventEmitter();
    const databaseUrl = 'postgres://me:pw@127.0.0.1:5432/amends';
    const io = memoryIo('', { env: { DATABASE_URL: databaseUrl } });
    const running = runServe({}, io, { startServer, signals });
    await vi.waitFor(() => expect(io.out()).toContain('PostgreSQL (amends on 127.0.0.1:5432)'));
    expect(startServer).toHaveBeenCalledWith({
      host: '127.0.0.1',
      port: 4320,
      databaseUrl,
      logger: { level: 'warn' },
    });
    expect(io.out()).not.toContain('pw');
    signals.emit('SIGINT');
    await expect(running).resolves.toBe(0);
  });

  it('turns a port in use into one clear sentence', async () => {
    const startServer: StartServer = () =>
      Promise.reject(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }));
    const dataDir = mkdtempSync(join(tmpdir(), 'amends-serve-'));
    await expect(runServe({ port: '4320', dataDir }, memoryIo(), { startServer })).rejects.toThrow(
      'Port 4320 is already in use. Try `amends serve --port 4321`.',
    );
  });
});

describe('runServe, stopped early', () => {
  it('stops cleanly when the signal comes while the server is still starting', async () => {
    let started: (server: { url: string; location: string; close: () => Promise<void> }) => void = () =>
      undefined;
    const close = vi.fn(() => Promise.resolve());
    const startServer: StartServer = () => new Promise((resolve) => (started = resolve));
    const signals = new EventEmitter();
    const io = memoryIo();
    const dataDir = mkdtempSync(join(tmpdir(), 'amends-serve-'));
    const running = runServe({ dataDir }, io, { startServer, signals });
    await vi.waitFor(() => expect(signals.listenerCount('SIGINT')).toBe(1));
    signals.emit('SIGINT');
    started({ url: 'http://127.0.0.1:1', location: join(dataDir, 'amends.db'), close });
    await expect(running).resolves.toBe(0);
    expect(close).toHaveBeenCalledOnce();
    expect(io.out()).toContain('Stopping as soon as Amends has started');
  });

  it('gives up waiting on a second signal', async () => {
    const startServer: StartServer = () => new Promise(() => undefined);
    const signals = new EventEmitter();
    const io = memoryIo();
    const running = runServe({ dataDir: mkdtempSync(join(tmpdir(), 'amends-serve-')) }, io, {
      startServer,
      signals,
    });
    await vi.waitFor(() => expect(signals.listenerCount('SIGTERM')).toBe(1));
    signals.emit('SIGTERM');
    signals.emit('SIGTERM');
    await expect(running).resolves.toBe(1);
    expect(io.err()).toContain('Stopping now, without waiting.');
  });
});

describe('explainStartError with wrapped errors', () => {
  it('finds the system error at the end of the cause chain', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use'), {
      code: 'EADDRINUSE',
    });
    const wrapped = Object.assign(
      new Error('Port 4320 is already in use — Amends may already be running.', { cause: inUse }),
      {
        name: 'AppError',
        code: 'conflict',
      },
    );
    expect(explainStartError(wrapped, { host: '127.0.0.1', port: 4320, usesPostgres: false }).message).toBe(
      'Port 4320 is already in use. Try `amends serve --port 4321`.',
    );
  });

  it('passes on a domain error’s own message', () => {
    const appError = Object.assign(new Error('DATABASE_URL must start with postgres://.'), {
      name: 'AppError',
    });
    expect(explainStartError(appError, { host: 'h', port: 1, usesPostgres: true }).message).toBe(
      'DATABASE_URL must start with postgres://.',
    );
  });
});
