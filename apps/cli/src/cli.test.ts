// End to end: the built `amends` command run as a child process, as a user runs it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'apps', 'cli', 'bin', 'amends.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = process.env;
  return { ...rest, XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'amends-xdg-')), ...extra };
}

function amends(args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: env() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(() => {
  // `npm test` builds first; this covers running the suite on its own in a fresh clone.
  if (!existsSync(join(root, 'apps', 'cli', 'dist', 'index.js'))) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('The build failed; see the output above.');
  }
}, 300_000);

describe('amends (built)', () => {
  it('prints its version and help', async () => {
    const version = await amends(['--version']);
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await amends(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
  });

  it('checks a message from stdin, without colour when not on a terminal', async () => {
    const run = await amends(['check'], "I'm sorry I lied to you.\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Verdict: (Ready|Revise|Support)$/m);
    expect(run.stdout).not.toContain('\u001b[');
    const json = await amends(['check', '--json', 'Thank you.']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveProperty('summary.verdict');
  });

  it('checks JSON lines, reports a bad line in the middle and still checks the rest', async () => {
    const run = await amends(
      ['check', '--jsonl'],
      '{"id":1,"text":"Hello."}\nnot json\n{"id":3,"text":"Thank you."}\n',
    );
    expect(run.code).toBe(1);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((line) => line.id ?? line.line)).toEqual([1, 2, 3]);
    expect(out[1]?.error).toMatch(/^not valid JSON/);
    expect(run.stderr).toContain('line 2: not valid JSON');
  });

  it('serves on a free port, answers /api/health and stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amends-serve-'));
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data-dir', dataDir], {
      cwd: root,
      env: env(),
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          const match = /Amends is running at (http:\/\/\S+)\n[\s\S]*Press Ctrl\+C/.exec(stdout);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        void exited.then(({ code }) => reject(new Error(`amends serve exited with ${code}: ${stderr}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(stdout).toContain(dataDir);
      const health = await fetch(`${url}/api/health`);
      expect(health.ok).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    await expect(exited).resolves.toEqual({ code: 0, signal: null });
    expect(stdout).toContain('Stopped.');
  });

  it('says plainly when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'amends-serve-'));
      const run = await amends(['serve', '--port', String(port), '--data-dir', dataDir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`Port ${port} is already in use. Try \`amends serve --port ${port + 1}\`.\n`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
