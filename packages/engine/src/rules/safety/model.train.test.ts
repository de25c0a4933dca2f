import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('npm run train', () => {
  it('gives exactly the committed weights from the corpora in the repository', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ENGINE, 'scripts', 'train.ts'), '--check'],
      {
        cwd: ENGINE,
        encoding: 'utf8',
      },
    );
    expect(run.stdout).toContain('the committed weights are what training gives');
    expect(run.status).toBe(0);
  }, 180_000);
});
