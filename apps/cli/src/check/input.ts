import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CheckContext } from '@amends/engine';
import { CliError, isErrnoException } from '../errors.js';

const CONTEXT_KEYS = ['resolvedTopics', 'avoidTopics'] as const;

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Reads a check context `{ resolvedTopics?, avoidTopics? }`, each a list of topics in the
 * recipient's words. Unknown keys are refused, so a typo such as `avoid_topics` is not silently ignored.
 */
export function parseContext(value: unknown): Parsed<CheckContext> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      error: `context must be an object like {"avoidTopics": ["money"]}, not ${describe(value)}`,
    };
  }
  const context: { resolvedTopics?: string[]; avoidTopics?: string[] } = {};
  for (const [key, topics] of Object.entries(value as Record<string, unknown>)) {
    if (!(CONTEXT_KEYS as readonly string[]).includes(key)) {
      return { ok: false, error: `context has an unknown key "${key}"; use ${CONTEXT_KEYS.join(' and ')}` };
    }
    if (!Array.isArray(topics) || !topics.every((t) => typeof t === 'string')) {
      return { ok: false, error: `context.${key} must be a list of strings, like ["money"]` };
    }
    context[key as (typeof CONTEXT_KEYS)[number]] = topics;
  }
  return { ok: true, value: context };
}

/** One line of `--jsonl` input. */
export interface JsonlItem {
  id?: string | number;
  text: string;
  context?: CheckContext;
}

/** Parses one `--jsonl` line; on failure says what was wrong and keeps the id when it could read one. */
export function parseJsonlLine(line: string): Parsed<JsonlItem> & { id?: string | number } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `not valid JSON (${detail})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      error: `each line must be an object like {"id": 1, "text": "…"}, not ${describe(value)}`,
    };
  }
  const record = value as Record<string, unknown>;
  const { id, text, context } = record;
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { ok: false, error: `"id" must be a string or a number, not ${describe(id)}` };
  }
  const withId = id === undefined ? {} : { id };
  if (text === undefined) return { ok: false, ...withId, error: 'missing "text"' };
  if (typeof text !== 'string') {
    return { ok: false, ...withId, error: `"text" must be a string, not ${describe(text)}` };
  }
  if (context === undefined || context === null) return { ok: true, ...withId, value: { ...withId, text } };
  const parsed = parseContext(context);
  if (!parsed.ok) return { ok: false, ...withId, error: parsed.error };
  return { ok: true, ...withId, value: { ...withId, text, context: parsed.value } };
}

/** Reads `--context FILE`, or explains what is wrong with it. */
export async function readContextFile(path: string, cwd: string): Promise<CheckContext> {
  const full = resolve(cwd, path);
  let raw: string;
  try {
    raw = await readFile(full, 'utf8');
  } catch (error) {
    const reason =
      isErrnoException(error) && error.code === 'ENOENT'
        ? 'there is no file there'
        : isErrnoException(error) && error.code === 'EISDIR'
          ? 'it is a folder, not a file'
          : error instanceof Error
            ? error.message
            : String(error);
    throw new CliError(`Couldn't read the context file ${path}: ${reason}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(
      `The context file ${path} is not valid JSON (${detail}). It should look like {"resolvedTopics": ["the trip"], "avoidTopics": ["my ex"]}.`,
    );
  }
  const parsed = parseContext(value);
  if (!parsed.ok) throw new CliError(`The context file ${path} can't be used: ${parsed.error}.`);
  return parsed.value;
}
