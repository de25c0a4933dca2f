#!/usr/bin/env node
// Builds what is stale: the TypeScript packages (tsc -b is incremental) and the web app
// (rebuilt only when a source it bundles is newer than its last build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(cmd, args, cwd = root) {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nBuild step failed: ${cmd.split('/').pop()} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

if (!existsSync(bin('tsc'))) {
  console.error('TypeScript is not installed yet: run `npm install` at the repository root first.');
  process.exit(1);
}

run(bin('tsc'), ['-b']);

const web = join(root, 'apps', 'web');
const built = join(web, 'dist', 'index.html');
const inputs = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'public'),
  join(web, 'vite.config.ts'),
  join(root, 'packages', 'engine', 'src'),
];
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (Math.max(...inputs.map(newest)) > builtAt) {
  run(bin('vite'), ['build', '--logLevel', 'warn'], web);
}
