import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContext, parseJsonlLine, readContextFile } from './input.js';

const errorOf = (parsed: { ok: boolean; error?: string }): string | undefined =>
  parsed.ok ? undefined : parsed.error;

describe('parseJsonlLine', () => {
  it('reads id, text and context', () => {
    expect(parseJsonlLine('{"id":"a","text":"hi","context":{"avoidTopics":["money"]}}')).toEqual({
      ok: true,
      id: 'a',
      value: { id: 'a', text: 'hi', context: { avoidTopics: ['money'] } },
    });
    expect(parseJsonlLine('{"id":7,"text":""}')).toMatchObject({ ok: true, value: { id: 7, text: '' } });
    expect(parseJsonlLine('{"text":"no id","label":"kept aside"}')).toEqual({
      ok: true,
      value: { text: 'no id' },
    });
  });

  it('says what is wrong, and keeps the id when it could read one', () => {
    expect(errorOf(parseJsonlLine('{"id":1,"text":'))).toMatch(/^not valid JSON/);
    expect(errorOf(parseJsonlLine('[1,2]'))).toContain('not a list');
    expect(parseJsonlLine('{"id":"x"}')).toEqual({ ok: false, id: 'x', error: 'missing "text"' });
    expect(parseJsonlLine('{"id":"x","text":3}')).toEqual({
      ok: false,
      id: 'x',
      error: '"text" must be a string, not a number',
    });
    expect(parseJsonlLine('{"id":{},"text":"hi"}')).toMatchObject({
      ok: false,
      error: '"id" must be a string or a number, not an object',
    });
    expect(parseJsonlLine('{"id":2,"text":"hi","context":{"avoidTopics":"money"}}')).toMatchObject({
      ok: false,
      id: 2,
      error: 'context.avoidTopics must be a list of strings, like ["money"]',
    });
  });
});

describe('parseContext', () => {
  it('refuses unknown keys so typos are not silently ignored', () => {
    expect(errorOf(parseContext({ avoid_topics: ['x'] }))).toContain('avoid_topics');
    expect(parseContext({})).toEqual({ ok: true, value: {} });
  });
});

describe('readContextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amends-context-'));

  it('reads a context file', async () => {
    writeFileSync(join(dir, 'ok.json'), '{"resolvedTopics":["the trip"],"avoidTopics":["my ex"]}');
    await expect(readContextFile('ok.json', dir)).resolves.toEqual({
      resolvedTopics: ['the trip'],
      avoidTopics: ['my ex'],
    });
  });

  it('explains a missing or malformed file', async () => {
    await expect(readContextFile('missing.json', dir)).rejects.toThrow(
      "Couldn't read the context file missing.json: there is no file there.",
    );
    writeFileSync(join(dir, 'bad.json'), '{"avoidTopics": [');
    await expect(readContextFile('bad.json', dir)).rejects.toThrow(/bad\.json is not valid JSON/);
    writeFileSync(join(dir, 'wrong.json'), '{"avoidTopics": [1]}');
    await expect(readContextFile('wrong.json', dir)).rejects.toThrow(
      'The context file wrong.json can\'t be used: context.avoidTopics must be a list of strings, like ["money"].',
    );
  });
});
