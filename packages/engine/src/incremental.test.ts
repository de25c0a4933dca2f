/** The incremental checker re-reads only the sentences that changed, and otherwise equals check(). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as analysis from './analysis.js';
import type * as Analysis from './analysis.js';
import { check } from './check.js';
import { createChecker } from './incremental.js';
import { RULES } from './rules/index.js';

vi.mock('./analysis.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Analysis>();
  return { ...actual, analyse: vi.fn(actual.analyse) };
});
const analyse = vi.mocked(analysis.analyse);

const draft = "I'm sorry I lied to you. I know it hurt you. From now on I'll tell you the truth.";

describe('createChecker', () => {
  beforeEach(() => {
    analyse.mockClear();
  });

  it('analyses every sentence on the first check', () => {
    createChecker().check(draft);
    expect(analyse).toHaveBeenCalledTimes(3);
  });

  it('re-analyses only the sentence that changed', () => {
    const checker = createChecker();
    checker.check(draft);
    analyse.mockClear();
    const edited = draft.replace('hurt you', 'hurt you badly');
    expect(checker.check(edited)).toEqual(check(edited));
    expect(analyse).toHaveBeenCalledTimes(1 + 3); // one changed sentence here, three in check()
    analyse.mockClear();
    checker.check(edited);
    expect(analyse).not.toHaveBeenCalled();
  });

  it('reuses a sentence that moved', () => {
    const checker = createChecker();
    checker.check(draft);
    analyse.mockClear();
    checker.check(`Hi. ${draft}`);
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('re-reads everything after setContext, and then equals check() with that context', () => {
    const checker = createChecker();
    const text = 'About Vegas, I still think I was right. I talked to your mom about us.';
    checker.check(text);
    analyse.mockClear();
    const context = { resolvedTopics: ['Vegas'], avoidTopics: ['my family'] };
    checker.setContext(context);
    const result = checker.check(text);
    expect(analyse).toHaveBeenCalledTimes(2);
    expect(result).toEqual(check(text, context));
    checker.setContext(undefined);
    expect(checker.check(text)).toEqual(check(text));
  });

  it('starts from the context it was created with', () => {
    const context = { resolvedTopics: ['the Vegas trip'] };
    const text = 'And about the Vegas trip, I still think you were wrong.';
    expect(createChecker(context).check(text)).toEqual(check(text, context));
  });

  it('keeps only the last text in its cache', () => {
    const checker = createChecker();
    checker.check('One. Two.');
    checker.check('Three.');
    analyse.mockClear();
    checker.check('One. Two.');
    expect(analyse).toHaveBeenCalledTimes(2);
  });

  it('treats a non-string input as empty', () => {
    expect(createChecker().check(undefined as unknown as string)).toEqual(check(''));
  });
});

describe('rules that read the sentence before', () => {
  const linked = RULES.filter((r) => r.readsPrevious).map((r) => r.id);

  it('exist, and are neither suppressed by nor suppress a rule of the other group', () => {
    expect(linked.length).toBeGreaterThan(0);
    for (const rule of RULES) {
      for (const id of [...(rule.suppressedBy ?? []), ...(rule.suppressedInMessageBy ?? [])]) {
        expect(linked.includes(id)).toBe(linked.includes(rule.id));
      }
    }
  });

  it('are re-checked when the sentence before changes, without re-analysing the sentence', () => {
    const checker = createChecker();
    const text = 'I used to cut. I started again on Saturday. Sorry.';
    checker.check(text);
    analyse.mockClear();
    const edited = text.replace('used to cut', 'used to run');
    expect(checker.check(edited)).toEqual(check(edited));
    expect(analyse).toHaveBeenCalledTimes(1 + 3); // the edited sentence here, three in check()
  });
});
