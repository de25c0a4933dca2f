/**
 * The core of the check with probe rules, so that the pipeline (gates, suppression, span mapping, tidy,
 * summary) is tested whatever rules the families register.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, segment } from './analysis.js';
import {
  check,
  checkSentence,
  COMPONENTS,
  readsThis,
  summarize,
  tidy,
  toFindings,
  toRuleContext,
} from './check.js';
import { normalize } from './normalize.js';
import { forEachMatch, type Hit, type Rule, type RuleContext } from './rule.js';
import type { Finding, Kind, RuleId } from './types.js';

const NO_CONTEXT: RuleContext = { resolvedTopics: [], avoidTopics: [] };

/** The pipeline of `check()` with the given rules instead of the registered ones. */
function checkWith(text: string, rules: readonly Rule[], context: RuleContext = NO_CONTEXT): Finding[] {
  const norm = normalize(text);
  const findings: Finding[] = [];
  for (const span of segment(norm.text)) {
    const sentence = analyse(norm.text.slice(span.start, span.end), span.start);
    findings.push(...toFindings(text, norm, span.start, checkSentence(sentence, context, rules)));
  }
  return tidy(findings);
}

const hit = (start: number, end: number): Hit => ({
  start,
  end,
  reason: 'A reason.',
  suggestion: 'A suggestion.',
});

/** Marks every word of every sentence. */
const everyWord: Rule = {
  id: 'regret',
  kind: 'strength',
  find: (s) => s.words.map((w) => hit(w.start, w.end)),
};

/** Marks a phrase wherever it occurs in the normalised sentence. */
const phrase = (id: RuleId, kind: Kind, text: string, extra: Partial<Rule> = {}): Rule => ({
  id,
  kind,
  ...extra,
  find: (s) => {
    const hits: Hit[] = [];
    for (let at = s.text.indexOf(text); at >= 0; at = s.text.indexOf(text, at + 1))
      hits.push(hit(at, at + text.length));
    return hits;
  },
});

const finding = (ruleId: RuleId, kind: Kind, start = 0, end = 1): Finding => ({
  ruleId,
  kind,
  start,
  end,
  actual: 'x',
  reason: 'r',
  suggestion: 's',
});

describe('span mapping back to the original text', () => {
  it('maps a phrase found in normalised text to the words as typed', () => {
    const text = 'ok.   Sooo SRY, u made me do it!! IDK';
    const found = checkWith(text, [
      phrase('blame-shift', 'problem', 'you made me do it'),
      phrase('regret', 'strength', 'so sorry'),
      phrase('excuse', 'problem', "don't know"),
    ]);
    expect(found.map((f) => [f.ruleId, f.actual])).toEqual([
      ['regret', 'Sooo SRY'],
      ['blame-shift', 'u made me do it'],
      ['excuse', 'IDK'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.actual);
  });

  it('maps across curly quotes, CRLF and emoji', () => {
    const text = '👋🏽 Hi\r\nI’m sorry I said “it was nothing” 😔\r\nIt wasn’t.';
    const found = checkWith(text, [
      phrase('minimizing', 'problem', '"it was nothing"'),
      phrase('regret', 'strength', "wasn't"),
    ]);
    expect(found.map((f) => f.actual)).toEqual(['“it was nothing”', 'wasn’t']);
  });

  it('gives every word of arbitrary text an exact, in-bounds span (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
      fc
        .array(
          fc.constantFrom(
            'sooo ',
            'u ',
            'IDK ',
            'I’m ',
            '“',
            '”',
            '😔',
            '\r\n',
            '. ',
            'İstanbul ',
            'ill ',
            '\uD83D',
            'e\u0301 ',
          ),
        )
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const found = checkWith(t, [everyWord]);
        const bad = found.filter(
          (f) =>
            !(f.start >= 0 && f.start < f.end && f.end <= t.length && t.slice(f.start, f.end) === f.actual),
        );
        expect(bad).toEqual([]);
        // At most one finding per normalised word (two words may map to one span, as in "idk").
        const doc = normalize(t).text;
        const words = segment(doc).reduce(
          (n, s) => n + analyse(doc.slice(s.start, s.end), 0).words.length,
          0,
        );
        expect(found.length).toBeLessThanOrEqual(words);
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkSentence', () => {
  const sentence = analyse('you made me do it, i was stressed', 0);

  it('runs a rule only where its gate matches', () => {
    let calls = 0;
    const gated: Rule = {
      id: 'excuse',
      kind: 'problem',
      gate: /\bdrunk\b/,
      find: () => (calls++, [hit(0, 3)]),
    };
    expect(checkSentence(sentence, NO_CONTEXT, [gated])).toEqual([]);
    expect(calls).toBe(0);
    const open: Rule = { ...gated, gate: /\bstressed\b/ };
    expect(checkSentence(sentence, NO_CONTEXT, [open])).toHaveLength(1);
    expect(calls).toBe(1);
  });

  it('drops the hits of a rule suppressed by another rule that hit the sentence', () => {
    const blame = phrase('blame-shift', 'problem', 'you made me');
    const excuse = phrase('excuse', 'problem', 'stressed', { suppressedBy: ['blame-shift'] });
    expect(checkSentence(sentence, NO_CONTEXT, [excuse, blame]).map((h) => h.ruleId)).toEqual([
      'blame-shift',
    ]);
    const quiet = phrase('excuse', 'problem', 'stressed', { suppressedBy: ['threat'] });
    expect(checkSentence(sentence, NO_CONTEXT, [quiet, blame]).map((h) => h.ruleId)).toEqual([
      'excuse',
      'blame-shift',
    ]);
  });

  it('drops empty, reversed and out-of-range hits', () => {
    const sloppy: Rule = {
      id: 'excuse',
      kind: 'problem',
      find: (s) => [hit(3, 3), hit(5, 2), hit(-1, 2), hit(0, s.text.length + 1), hit(0, s.text.length)],
    };
    expect(checkSentence(sentence, NO_CONTEXT, [sloppy]).map((h) => [h.start, h.end])).toEqual([
      [0, sentence.text.length],
    ]);
  });

  it('survives a rule that throws: that rule reports nothing, the others still run', () => {
    const broken: Rule = {
      id: 'threat',
      kind: 'safety',
      find: () => {
        throw new Error('bug in a rule');
      },
    };
    const found = checkSentence(sentence, NO_CONTEXT, [
      broken,
      phrase('blame-shift', 'problem', 'you made me'),
    ]);
    expect(found.map((h) => h.ruleId)).toEqual(['blame-shift']);
  });

  it('labels hits with the rule id and kind', () => {
    const [h] = checkSentence(sentence, NO_CONTEXT, [phrase('blame-shift', 'problem', 'you made me')]);
    expect(h).toMatchObject({ ruleId: 'blame-shift', kind: 'problem', start: 0, end: 11 });
  });
});

describe('rules that read the sentence before', () => {
  const relapse = analyse('i started again on saturday.', 0, 'i used to cut.');
  const seen: string[] = [];
  const linked: Rule = {
    id: 'self-harm',
    kind: 'safety',
    readsPrevious: true,
    gate: /\bcut\b/,
    gatePrevious: /\bcut\b/,
    find: (s) => (seen.push(s.previous), s.previous ? [hit(0, 9)] : []),
  };

  it('run where the sentence before opens gatePrevious, and see that sentence', () => {
    seen.length = 0;
    expect(checkSentence(relapse, NO_CONTEXT, [linked])).toHaveLength(1);
    expect(seen).toEqual(['i used to cut.']);
  });

  it("see '' where gatePrevious does not match the sentence before", () => {
    seen.length = 0;
    const after = analyse('i cut the grass again.', 0, 'it was sunny.');
    expect(checkSentence(after, NO_CONTEXT, [linked])).toEqual([]);
    expect(seen).toEqual(['']);
    expect(readsThis([linked], 'it was sunny.')).toBe(false);
    expect(readsThis([linked], 'i used to cut.')).toBe(true);
  });

  it('without gatePrevious always see the sentence before; other rules never depend on it', () => {
    const { gate: _gate, gatePrevious: _previous, ...always } = linked;
    seen.length = 0;
    checkSentence(analyse('fine.', 0, 'it was sunny.'), NO_CONTEXT, [always]);
    expect(seen).toEqual(['it was sunny.']);
    expect(readsThis([always], 'it was sunny.')).toBe(true);
    expect(readsThis([{ ...always, readsPrevious: false }], 'it was sunny.')).toBe(false);
  });
});

describe('toRuleContext', () => {
  it('trims topics and drops empty or non-string ones', () => {
    expect(
      toRuleContext({
        resolvedTopics: ['  the Vegas trip ', '', '   ', 42 as unknown as string],
        avoidTopics: ['my family'],
      }),
    ).toEqual({ resolvedTopics: ['the Vegas trip'], avoidTopics: ['my family'] });
    expect(toRuleContext(undefined)).toEqual(NO_CONTEXT);
    expect(toRuleContext({})).toEqual(NO_CONTEXT);
  });
});

describe('tidy', () => {
  it('keeps one finding per rule and span, ordered by position, then end, then rule', () => {
    const a = finding('excuse', 'problem', 5, 9);
    const b = finding('blame-shift', 'problem', 0, 4);
    const c = finding('regret', 'strength', 5, 9);
    const d = finding('blame-shift', 'problem', 0, 2);
    expect(tidy([a, b, a, c, d, b])).toEqual([d, b, a, c]);
  });
});

describe('summarize: verdict and components', () => {
  it('is ready with no findings, and lists every component as missing, in Lewicki order', () => {
    const summary = summarize([]);
    expect(summary.verdict).toBe('ready');
    expect(summary.counts).toEqual({ problem: 0, safety: 0, strength: 0 });
    expect(summary.components.present).toEqual([]);
    expect(summary.components.missing).toEqual([
      'responsibility',
      'repair',
      'regret',
      'impact',
      'commitment',
      'respects-pace',
    ]);
    expect(COMPONENTS).toEqual(summary.components.missing);
  });

  it('is ready with strengths only', () => {
    const summary = summarize([finding('regret', 'strength'), finding('impact', 'strength')]);
    expect(summary.verdict).toBe('ready');
    expect(summary.counts).toEqual({ problem: 0, safety: 0, strength: 2 });
  });

  it('asks to revise when there is a problem', () => {
    expect(summarize([finding('regret', 'strength'), finding('excuse', 'problem')]).verdict).toBe('revise');
  });

  it('offers support when there is a safety finding, whatever else there is', () => {
    expect(summarize([finding('self-harm', 'safety')]).verdict).toBe('support');
    expect(summarize([finding('excuse', 'problem'), finding('threat', 'safety')]).verdict).toBe('support');
  });

  it('lists present and missing components in Lewicki order, once each, strengths only', () => {
    const summary = summarize([
      finding('respects-pace', 'strength'),
      finding('regret', 'strength'),
      finding('responsibility', 'strength'),
      finding('regret', 'strength', 3, 4),
      finding('excuse', 'problem'),
    ]);
    expect(summary.components.present).toEqual(['responsibility', 'regret', 'respects-pace']);
    expect(summary.components.missing).toEqual(['repair', 'impact', 'commitment']);
    expect(summary.counts).toEqual({ problem: 1, safety: 0, strength: 4 });
  });

  it('is what check() returns for its own findings', () => {
    const text = "I'm sorry I lied to you. You made me do it. Take all the time you need.";
    const result = check(text);
    expect(result.summary).toEqual(summarize(result.findings));
  });
});

describe('forEachMatch', () => {
  it('visits every match of a global expression, from the start, even empty ones', () => {
    const re = /a+|(?=b)/g;
    re.lastIndex = 5; // left over from an earlier use
    const seen: string[] = [];
    forEachMatch(re, 'aab ab', (m) => seen.push(`${m.index}:${m[0]}`));
    expect(seen).toEqual(['0:aa', '2:', '4:a', '5:']);
  });
});
