import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from '@amends/engine';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { runCheck } from './index.js';

const lines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);

describe('runCheck', () => {
  it('prints a report for TEXT and exits 0 whatever the verdict', async () => {
    const io = memoryIo();
    await expect(runCheck('Thank you for reading this.', {}, io)).resolves.toBe(0);
    expect(io.out()).toMatch(/^Verdict: (Ready|Revise|Support)$/m);
    expect(io.out()).toContain('Parts of an apology');
  });

  it('reads standard input when there is no TEXT', async () => {
    const io = memoryIo('Thank you for reading this.\n');
    await expect(runCheck(undefined, { json: true }, io)).resolves.toBe(0);
    const result = JSON.parse(io.out()) as CheckResult;
    expect(typeof result.summary.counts.problem).toBe('number');
    expect(Array.isArray(result.findings)).toBe(true);
  });

  it('refuses an empty message with a hint', async () => {
    await expect(runCheck(undefined, {}, memoryIo('  \n'))).rejects.toThrow(/There is no text to check/);
  });

  it('colours only on a terminal, and not with NO_COLOR', async () => {
    const tty = memoryIo('', { tty: true });
    await runCheck('Hello.', {}, tty);
    expect(tty.out()).toContain('\u001b[');
    const noColour = memoryIo('', { tty: true, env: { NO_COLOR: '1' } });
    await runCheck('Hello.', {}, noColour);
    expect(noColour.out()).not.toContain('\u001b[');
  });

  it('leads with support and help numbers for self-harm', async () => {
    const io = memoryIo();
    await expect(runCheck('I want to die.', {}, io)).resolves.toBe(0);
    expect(io.out()).toContain('Verdict: Support');
    expect(io.out().indexOf('988')).toBeGreaterThanOrEqual(0);
    expect(io.out().indexOf('988')).toBeLessThan(io.out().indexOf('Verdict'));
    expect(io.out()).toContain('116 123');
  });

  it('credits regret', async () => {
    const io = memoryIo();
    await runCheck("I'm sorry I lied to you.", { json: true }, io);
    const result = JSON.parse(io.out()) as CheckResult;
    expect(result.summary.components.present).toContain('regret');
    expect(result.findings.some((f) => f.ruleId === 'regret' && f.kind === 'strength')).toBe(true);
  });

  it('uses --context', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amends-check-'));
    writeFileSync(join(dir, 'context.json'), '{"avoidTopics": ["money"], "resolvedTopics": ["the trip"]}');
    const io = memoryIo('', { cwd: dir });
    await expect(
      runCheck('About the money you owe me.', { json: true, context: 'context.json' }, io),
    ).resolves.toBe(0);
    expect(JSON.parse(io.out())).toHaveProperty('summary');
    await expect(runCheck('Hi.', { context: 'nope.json' }, memoryIo('', { cwd: dir }))).rejects.toThrow(
      /context file nope\.json: there is no file there/,
    );
  });

  it('refuses --json with --jsonl', async () => {
    await expect(runCheck(undefined, { json: true, jsonl: true }, memoryIo())).rejects.toMatchObject({
      exitCode: 2,
    });
  });
});

describe('runCheck --jsonl', () => {
  it('writes one line per input; a bad line becomes an error line and exit code 1', async () => {
    const input = [
      '{"id":"a","text":"Thank you for listening."}',
      '{"id":"b","text":',
      '',
      '{"id":"c"}',
      '{"text":"No id here."}',
      '{"id":5,"text":"Take all the time you need.","context":{"avoidTopics":["money"]}}',
    ].join('\r\n');
    const io = memoryIo(input);
    await expect(runCheck(undefined, { jsonl: true }, io)).resolves.toBe(1);
    const out = lines(io.out()) as Record<string, unknown>[];
    expect(out.map((line) => Object.keys(line))).toEqual([
      ['id', 'findings', 'summary'],
      ['line', 'error'],
      ['id', 'line', 'error'],
      ['line', 'findings', 'summary'],
      ['id', 'findings', 'summary'],
    ]);
    expect(out[0]?.id).toBe('a');
    expect(out[1]?.line).toBe(2);
    expect(out[1]?.error).toMatch(/^not valid JSON/);
    expect(out[2]).toEqual({ id: 'c', line: 4, error: 'missing "text"' });
    expect(out[3]?.line).toBe(5);
    expect(out[4]?.id).toBe(5);
    expect(io.err()).toContain('line 2: not valid JSON');
    expect(io.err()).toContain('line 4 (id "c"): missing "text"');
    expect(io.err()).toContain('2 of 5 lines could not be checked');
  });

  it('reads a file argument, applies --context to lines without their own, and exits 0 when all lines are good', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amends-jsonl-'));
    writeFileSync(join(dir, 'in.jsonl'), '{"id":1,"text":"I lied to you."}\n{"id":2,"text":"Sorry."}\n');
    writeFileSync(join(dir, 'context.json'), '{"avoidTopics":["money"]}');
    const io = memoryIo('', { cwd: dir });
    await expect(runCheck('in.jsonl', { jsonl: true, context: 'context.json' }, io)).resolves.toBe(0);
    expect(lines(io.out()).map((l) => (l as { id: number }).id)).toEqual([1, 2]);
    expect(io.err()).toBe('');
    await expect(runCheck('missing.jsonl', { jsonl: true }, memoryIo('', { cwd: dir }))).rejects.toThrow(
      "Couldn't read missing.jsonl: there is no file there.",
    );
  });

  it('keeps the order of many lines', async () => {
    const input = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({ id: i, text: `I am sorry, take your time ${i}.` }),
    ).join('\n');
    const io = memoryIo(input);
    await expect(runCheck(undefined, { jsonl: true }, io)).resolves.toBe(0);
    expect(lines(io.out()).map((line) => (line as { id: number }).id)).toEqual(
      Array.from({ length: 2000 }, (_, i) => i),
    );
  });
});
