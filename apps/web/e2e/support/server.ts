import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../../..', import.meta.url)));

/** The CLI the tests start; AMENDS_CLI points them at another build of it. */
const cliPath = process.env['AMENDS_CLI'] ?? join(repoRoot, 'apps', 'cli', 'bin', 'amends.js');

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/** Builds the app (packages and web bundle) unless the web bundle is already there. */
export function ensureBuilt(): void {
  if (existsSync(join(repoRoot, 'apps', 'web', 'dist', 'index.html'))) return;
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('`node scripts/build.mjs` failed; see its output above.');
}

export function makeDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'amends-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunningAmends {
  url: string;
  port: number;
  /** Stops the server the way a person would (Ctrl+C / SIGTERM) and waits for it to exit. */
  stop: () => Promise<void>;
}

/**
 * Starts `amends serve --port <port> --data-dir <dataDir>` as a child process and resolves with the
 * URL it prints ("Amends is running at http://127.0.0.1:PORT").
 */
export async function startAmends(dataDir: string, port = 0): Promise<RunningAmends> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [cliPath, 'serve', '--port', String(port), '--data-dir', dataDir],
    { cwd: repoRoot, env: { ...process.env, DATABASE_URL: '' }, stdio: 'pipe' },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');

  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`amends serve printed no URL within ${START_TIMEOUT_MS / 1000}s. Output:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: string) => {
      output += chunk;
      const match = /Amends is running at (https?:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        done(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(
        new Error(`amends serve exited with code ${String(code)} before it was ready. Output:\n${output}`),
      );
    });
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  return { url, port: Number(new URL(url).port), stop };
}
