#!/usr/bin/env node
// `npm test`: runs every test suite whose parts are present, names plainly any it could not run
// and how to enable it, and ends with one line `tests: N passed, N failed[, N skipped]`.
//
//   npm test                          all suites
//   npm test -- apps/cli              only the unit suite, filtered (arguments go to vitest)
//   AMENDS_REQUIRE_ALL_SUITES=1 npm test   a suite that could not run, or a skipped test, fails (CI)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const requireAll = ['1', 'true', 'yes'].includes((process.env.AMENDS_REQUIRE_ALL_SUITES ?? '').toLowerCase());
const filters = process.argv.slice(2);
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text) => (colour ? `\u001b[1m${text}\u001b[22m` : text);

const totals = { passed: 0, failed: 0, skipped: 0 };
/** One line per suite for the summary: what ran, and what didn't and why. */
const report = [];
/** Problems outside test results (a build that failed, a suite that could not run). */
const problems = [];
const out = mkdtempSync(join(tmpdir(), 'amends-test-'));

function header(title) {
  console.log(`\n${bold(`━━ ${title} `.padEnd(72, '━'))}`);
}

function notRun(name, why) {
  console.log(`${name}: not run — ${why}`);
  report.push(`${name}: not run`);
  if (requireAll) problems.push(`${name} did not run (AMENDS_REQUIRE_ALL_SUITES=1)`);
}

/** Counts one vitest run from its JSON report; a file that failed to load counts as one failure. */
function count(name, jsonFile, status) {
  let result;
  try {
    result = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch {
    totals.failed++;
    problems.push(`${name}: vitest ended with code ${status} and wrote no results`);
    report.push(`${name}: crashed`);
    return;
  }
  const brokenFiles = (result.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  );
  const passed = result.numPassedTests ?? 0;
  const failed = (result.numFailedTests ?? 0) + brokenFiles.length;
  const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  for (const file of brokenFiles)
    problems.push(`${name}: ${file.name.replace(`${root}/`, '')} failed to run`);
  if (failed === 0 && status !== 0) {
    totals.failed++;
    problems.push(`${name}: vitest ended with code ${status}`);
  }
  report.push(`${name}: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
}

function runVitest(name, args, env = {}) {
  const jsonFile = join(out, `${name.replace(/\W+/g, '-')}.json`);
  const run = spawnSync(
    process.execPath,
    [vitest, 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${jsonFile}`],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  count(name, jsonFile, run.status ?? 1);
}

try {
  // The browser and CLI tests use built output; the build only redoes what is stale.
  header('Build');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status === 0) {
    console.log('Built.');
  } else {
    problems.push('the build failed (see above); tests that use built output may fail or be stale');
    report.push('Build: failed');
  }

  const postgres = process.env.TEST_DATABASE_URL;
  header(postgres ? 'Unit, SQLite and PostgreSQL suites' : 'Unit and SQLite suites');
  if (postgres) {
    const where = (() => {
      try {
        const url = new URL(postgres);
        return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
      } catch {
        return 'TEST_DATABASE_URL';
      }
    })();
    console.log(`The store and server suites also run on PostgreSQL (${where}).`);
  }
  runVitest(postgres ? 'Unit, SQLite and PostgreSQL' : 'Unit and SQLite', filters);
  if (!postgres) {
    notRun(
      'PostgreSQL suites',
      'set TEST_DATABASE_URL=postgres://user@host:5432/db to run the store and server suites on PostgreSQL too.',
    );
  }

  header('Browser suite');
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const e2eConfig = join(root, 'vitest.e2e.config.ts');
  if (filters.length > 0) {
    notRun('Browser suite', 'a test filter was given, so only the unit suite ran.');
  } else if (!existsSync(e2eConfig)) {
    notRun(
      'Browser suite',
      'vitest.e2e.config.ts is missing, so there is no browser suite in this checkout yet.',
    );
  } else if (!existsSync(chromium)) {
    notRun(
      'Browser suite',
      `no Chromium at ${chromium}. Install it (\`apt-get install chromium\`) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  } else {
    runVitest('Browser', ['--config', e2eConfig], { CHROMIUM_PATH: chromium });
  }

  header('Summary');
  for (const line of report) console.log(`  ${line}`);
  if (requireAll && totals.skipped > 0) {
    problems.push(`${totals.skipped} test(s) were skipped (AMENDS_REQUIRE_ALL_SUITES=1)`);
  }
  for (const problem of problems) console.log(`  ✗ ${problem}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(
  `tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`,
);
process.exitCode = totals.failed > 0 || problems.length > 0 ? 1 : 0;
