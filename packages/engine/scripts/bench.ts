/**
 * `npm run bench:engine` (or `npm run bench` at the root): the engine's speed and size, in one run,
 * on the same messages for every tool.
 *
 *   npm run bench                              the report; always exits 0
 *   npm run bench:engine -- --strict           exit 1 when a figure misses its target
 *   npm run bench:engine -- --quick            shorter time budgets (noisier figures), a smoke test
 *   npm run bench:engine -- --engine-only      skip the peers (no ratios): own figures and costs only
 *
 * Flags need `bench:engine`, which forwards them; the root `bench` alias does not.
 *
 * 1. Throughput: words per second of the full `check()` against alex (`alex.text`), write-good and
 *    bare wink-nlp `readDoc` with wink-eng-lite-web-model, on every text of `corpus/*.jsonl` plus
 *    every line of `corpus/sms-ham.txt`, one call per message. Words are counted once, the same way
 *    for every tool (runs of non-space characters). Each tool is warmed up on a tenth of the
 *    messages, then timed over whole passes (up to 7 within 6 s, at least one); the median counts.
 * 2. As-you-type latency: p95 time of `createChecker().check` after a one-character edit of a
 *    300-word draft (2,000 seeded random edits), and the same for a full `check()` as a peer.
 * 3. Size: the engine bundled for the browser by esbuild (minified ESM), gzipped at level 9.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyse, segment, type Sentence } from '../src/analysis.js';
import { check, createChecker } from '../src/index.js';
import { normalize } from '../src/normalize.js';
import { RULES } from '../src/rules/index.js';
import { matches, prime } from '../src/scan.js';
import { labelledFiles, readLabelled, readSms } from './corpus.js';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const quick = args.includes('--quick');
const enginesOnly = args.includes('--engine-only');
const require = createRequire(import.meta.url);
const ENGINE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Time budget of the timed passes of one tool, in milliseconds (at least one pass always runs). */
const BUDGET_MS = quick ? 1_500 : 6_000;
const MAX_PASSES = quick ? 3 : 7;

// ---------------------------------------------------------------------------------------------
// The messages: every labelled text and every SMS line.

const messages: string[] = [
  ...labelledFiles().flatMap((file) => readLabelled(file).map((m) => m.text)),
  ...readSms(),
];
const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;
const totalWords = messages.reduce((sum, text) => sum + countWords(text), 0);
const totalChars = messages.reduce((sum, text) => sum + text.length, 0);

// ---------------------------------------------------------------------------------------------
// Small helpers.

/** A seeded pseudo-random generator (mulberry32), so that every run edits the same places. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Keeps results alive so that no engine can skip work whose result is never read. */
let sink = 0;
const keep = (value: unknown): void => {
  if (value !== undefined && value !== null) sink++;
};

// ---------------------------------------------------------------------------------------------
// 1. Throughput.

type Tool = (text: string) => unknown;

interface Throughput {
  name: string;
  wordsPerSecond: number;
  /** Words per second of the process's CPU time: what the tool costs, without waits for a busy CPU. */
  wordsPerCpuSecond: number;
  passes: number;
}

function throughput(name: string, tool: Tool): Throughput {
  // Warm-up: a tenth of the messages (the JIT settles well before that), then time whole passes.
  const warm = Math.max(1, Math.floor(messages.length / 10));
  for (let i = 0; i < warm; i++) keep(tool(messages[i] as string));
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const began = performance.now();
  while (rates.length < MAX_PASSES && (rates.length === 0 || performance.now() - began < BUDGET_MS)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const text of messages) keep(tool(text));
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    rates.push(totalWords / (ms / 1000));
    cpuRates.push(totalWords / ((c.user + c.system) / 1e6));
  }
  return { name, wordsPerSecond: median(rates), wordsPerCpuSecond: median(cpuRates), passes: rates.length };
}

async function peers(): Promise<Array<{ name: string; tool: Tool }>> {
  const alex = (await import('alex')) as { text: (value: string) => unknown };
  const writeGood = require('write-good') as (text: string) => unknown[];
  const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(text: string): unknown };
  const model = require('wink-eng-lite-web-model') as unknown;
  const nlp = winkNLP(model);
  return [
    { name: 'alex (alex.text)', tool: (text) => alex.text(text) },
    { name: 'write-good', tool: (text) => writeGood(text) },
    { name: 'wink-nlp readDoc', tool: (text) => nlp.readDoc(text) },
  ];
}

// ---------------------------------------------------------------------------------------------
// 2. As-you-type latency.

/** A ~300-word draft of about 20 sentences taken from the apology letters of the corpus. */
function buildDraft(): string {
  const sentences: string[] = [];
  for (const file of labelledFiles()) {
    if (!file.endsWith('dev-letters.jsonl')) continue;
    for (const m of readLabelled(file)) {
      if (!m.labels.includes('regret') && !m.labels.includes('responsibility')) continue;
      for (const s of m.text.split(/(?<=[.!?])\s+/)) {
        const n = countWords(s);
        if (n >= 10 && n <= 22 && !sentences.includes(s)) sentences.push(s);
      }
    }
  }
  const pick = random(7);
  const chosen: string[] = [];
  let words = 0;
  while (words < 300 && sentences.length > 0) {
    const [s] = sentences.splice(Math.floor(pick() * sentences.length), 1);
    chosen.push(s as string);
    words += countWords(s as string);
  }
  return chosen.join(' ');
}

const TYPED = "abcdefghijklmnopqrstuvwxyz     ,.'";

/** 2,000 one-character edits (inserts and deletes at seeded random places), each on the last text. */
function editSequence(draft: string, count: number): string[] {
  const pick = random(42);
  const texts: string[] = [];
  let text = draft;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(pick() * (text.length + 1));
    if (pick() < 0.5 && text.length > 0) {
      const del = Math.min(at, text.length - 1);
      text = text.slice(0, del) + text.slice(del + 1);
    } else {
      text = text.slice(0, at) + TYPED[Math.floor(pick() * TYPED.length)] + text.slice(at);
    }
    texts.push(text);
  }
  return texts;
}

function latency(draft: string): {
  incremental: number;
  incrementalMedian: number;
  incrementalCpu: number;
  full: number;
  fullMedian: number;
  words: number;
  sentences: number;
} {
  const edits = editSequence(draft, 2_000);
  // Warm both paths on a separate sequence so that the timed one starts from a warm JIT.
  const warmChecker = createChecker();
  for (const text of editSequence(draft, 300)) {
    keep(warmChecker.check(text));
    keep(check(text));
  }
  const checker = createChecker();
  keep(checker.check(draft));
  const inc: number[] = [];
  const cpu: number[] = [];
  for (const text of edits) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    keep(checker.check(text));
    inc.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const full: number[] = [];
  for (const text of edits) {
    const t0 = performance.now();
    keep(check(text));
    full.push(performance.now() - t0);
  }
  return {
    incremental: percentile(inc, 95),
    incrementalMedian: median(inc),
    incrementalCpu: percentile(cpu, 95),
    full: percentile(full, 95),
    fullMedian: median(full),
    words: countWords(draft),
    sentences: draft.split(/(?<=[.!?])\s+/).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Where the time goes: the shared analysis, then each rule (with how often its gate lets it run).

interface Cost {
  name: string;
  ms: number;
  runs?: number;
}

function breakdown(): { costs: Cost[]; sentences: number } {
  // One pass each: the throughput above already warmed every rule up.
  const timeIt = (fn: () => void): number => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const costs: Cost[] = [];
  costs.push({ name: 'normalize', ms: timeIt(() => messages.forEach((t) => keep(normalize(t)))) });
  const docs = messages.map((t) => normalize(t).text);
  const sentences: Sentence[] = [];
  costs.push({
    name: 'segment + analyse',
    ms: timeIt(() => {
      sentences.length = 0;
      for (const doc of docs)
        for (const sp of segment(doc)) sentences.push(analyse(doc.slice(sp.start, sp.end), sp.start));
    }),
  });
  const context = { resolvedTopics: [], avoidTopics: [] };
  // Sentence by sentence, as check() runs them: the index of a sentence is built once (timed on
  // its own), then each rule reads it, timed call by call.
  let indexMs = 0;
  const ruleMs = RULES.map(() => 0);
  const runs = RULES.map(() => 0);
  for (const s of sentences) {
    let t0 = performance.now();
    prime(s.text);
    indexMs += performance.now() - t0;
    RULES.forEach((rule, i) => {
      t0 = performance.now();
      if (!rule.gate || matches(rule.gate, s.text)) {
        runs[i] = (runs[i] as number) + 1;
        try {
          keep(rule.find(s, context));
        } catch {
          // The core contains a failing rule; so does the benchmark.
        }
      }
      ruleMs[i] = (ruleMs[i] as number) + performance.now() - t0;
    });
  }
  costs.push({ name: 'index (one walk per sentence)', ms: indexMs });
  RULES.forEach((rule, i) =>
    costs.push({ name: `rule ${rule.id}`, ms: ruleMs[i] as number, runs: runs[i] as number }),
  );
  return { costs, sentences: sentences.length };
}

// ---------------------------------------------------------------------------------------------
// 3. Size.

async function bundleSize(): Promise<{ raw: number; gzip: number } | { error: string }> {
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [join(ENGINE_DIR, 'src', 'index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : String(error) };
  }
}

// ---------------------------------------------------------------------------------------------
// The report.

interface Row {
  figure: string;
  value: string;
  target: string;
  pass: boolean | undefined;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const began = performance.now();
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ENGINE_DIR,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
})();
console.log(
  `Engine benchmark — ${new Date().toISOString()} — commit ${commit} — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `${messages.length} messages (${fmt(totalWords)} words, ${fmt(totalChars)} characters): corpus/*.jsonl + sms-ham.txt\n`,
);

const ours = throughput('@amends/engine check()', (text) => check(text));
const heapAfterCheck = (() => {
  const results = messages.map((text) => check(text));
  keep(results);
  return process.memoryUsage().heapUsed;
})();
const rows: Row[] = [];
const speeds: Throughput[] = [ours];
for (const peer of enginesOnly ? [] : await peers()) {
  try {
    speeds.push(throughput(peer.name, peer.tool));
  } catch (error) {
    console.log(`  ${peer.name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log('Throughput (median pass; per second of wall-clock time, and of CPU time)');
for (const s of speeds) {
  console.log(
    `  ${s.name.padEnd(26)} ${fmt(s.wordsPerSecond).padStart(10)} words/s  ${fmt(s.wordsPerCpuSecond).padStart(10)} words/CPU-s  (${s.passes} passes)`,
  );
}

rows.push({
  figure: 'check() throughput',
  value: `${fmt(ours.wordsPerSecond)} words/s`,
  target: '—',
  pass: undefined,
});
const targets: Record<string, number> = { 'alex (alex.text)': 20, 'write-good': 4, 'wink-nlp readDoc': 1 };
for (const s of speeds.slice(1)) {
  const ratio = ours.wordsPerSecond / s.wordsPerSecond;
  const target = targets[s.name] ?? 1;
  rows.push({
    figure: `vs ${s.name}`,
    value: `${ratio.toFixed(1)}× (${fmt(s.wordsPerSecond)} words/s; by CPU time ${(ours.wordsPerCpuSecond / s.wordsPerCpuSecond).toFixed(1)}×)`,
    target: `≥ ${target}×`,
    pass: ratio >= target,
  });
}

const { costs, sentences: sentenceCount } = breakdown();
const totalCost = costs.reduce((sum, c) => sum + c.ms, 0);
console.log(`\nWhere the time goes (one pass over ${fmt(sentenceCount)} sentences; rules sorted by cost)`);
for (const c of [...costs.slice(0, 3), ...costs.slice(3).sort((a, b) => b.ms - a.ms)]) {
  const share = ((100 * c.ms) / totalCost).toFixed(0).padStart(3);
  const gate =
    c.runs === undefined ? '' : `  runs on ${((100 * c.runs) / sentenceCount).toFixed(0)}% of sentences`;
  console.log(`  ${c.name.padEnd(28)} ${c.ms.toFixed(1).padStart(8)} ms ${share}%${gate}`);
}

const draft = buildDraft();
const lat = latency(draft);
rows.push({
  figure: `p95 re-check after 1-char edit (${lat.words} words, incremental)`,
  value: `${lat.incremental.toFixed(3)} ms (median ${lat.incrementalMedian.toFixed(3)})`,
  target: '≤ 1 ms',
  pass: lat.incremental <= 1,
});
rows.push({
  figure: 'p95 CPU time of the same re-checks (not counting waits for a busy CPU)',
  value: `${lat.incrementalCpu.toFixed(3)} ms`,
  target: '—',
  pass: undefined,
});
rows.push({
  figure: 'p95 full check() of the same edits (peer)',
  value: `${lat.full.toFixed(3)} ms (median ${lat.fullMedian.toFixed(3)})`,
  target: '—',
  pass: undefined,
});

const size = await bundleSize();
if ('error' in size) {
  rows.push({
    figure: 'browser bundle, gzip -9',
    value: `failed: ${size.error}`,
    target: '≤ 250 KB',
    pass: false,
  });
} else {
  rows.push({
    figure: 'browser bundle, gzip -9 (esbuild ESM, minified)',
    value: `${(size.gzip / 1024).toFixed(1)} KB (raw ${(size.raw / 1024).toFixed(1)} KB)`,
    target: '≤ 250 KB',
    pass: size.gzip <= 250 * 1024,
  });
}

const w1 = Math.max(...rows.map((r) => r.figure.length));
const w2 = Math.max(...rows.map((r) => r.value.length));
const w3 = Math.max(...rows.map((r) => r.target.length));
console.log(`\n${'figure'.padEnd(w1)}  ${'value'.padEnd(w2)}  ${'target'.padEnd(w3)}  result`);
for (const r of rows) {
  const result = r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS';
  console.log(`${r.figure.padEnd(w1)}  ${r.value.padEnd(w2)}  ${r.target.padEnd(w3)}  ${result}`);
}
console.log(
  `\nmemory: heap used ${(heapAfterCheck / 1024 / 1024).toFixed(1)} MB after checking all ${messages.length} messages (results kept); rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MB`,
);
console.log(`bench took ${((performance.now() - began) / 1000).toFixed(1)} s (${sink} results)`);

const misses = rows.filter((r) => r.pass === false);
if (misses.length) {
  console.log(`\nMissed: ${misses.map((r) => r.figure).join('; ')}`);
  if (strict) process.exit(1);
}
