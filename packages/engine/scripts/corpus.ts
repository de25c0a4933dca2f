/** Reads the labelled corpora (LABELS.md's line shape) and the real SMS messages. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckContext, RuleId } from '../src/index.js';

export interface LabelledMessage {
  id: string;
  text: string;
  context?: CheckContext;
  labels: RuleId[];
}

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

export function readLabelled(file: string): LabelledMessage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      try {
        return JSON.parse(line) as LabelledMessage;
      } catch {
        throw new Error(`${basename(file)} line ${i + 1} is not valid JSON`);
      }
    });
}

/** The labelled `.jsonl` files of a folder, sorted by name. */
export function labelledFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

export function readSms(file = join(CORPUS_DIR, 'sms-ham.txt')): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0);
}
