/**
 * Properties of the whole check on any text a person (or a paste, or an attacker) can produce: it never
 * throws, every finding names an exact, non-empty span of the original text, and the incremental checker
 * always agrees with a full check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelledFiles, readLabelled, readSms } from '../scripts/corpus.js';
import { check, createChecker, RULE_INFO, type CheckContext, type CheckResult } from './index.js';

const KIND = new Map(RULE_INFO.map((r) => [r.id, r.kind]));

/** Every invariant a result must keep, whatever the text. Returns a description of the first break. */
function broken(text: string, result: CheckResult): string | undefined {
  let previous = -1;
  const counts = { problem: 0, safety: 0, strength: 0 };
  for (const f of result.findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end})`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) return `${where}: offsets are not integers`;
    if (!(f.start >= 0 && f.start < f.end && f.end <= text.length))
      return `${where}: out of [0, ${text.length}]`;
    if (text.slice(f.start, f.end) !== f.actual)
      return `${where}: actual ${JSON.stringify(f.actual)} ≠ slice`;
    if (typeof f.reason !== 'string' || f.reason.trim() === '') return `${where}: empty reason`;
    if (typeof f.suggestion !== 'string' || f.suggestion.trim() === '') return `${where}: empty suggestion`;
    if (KIND.get(f.ruleId) !== f.kind) return `${where}: kind ${f.kind} ≠ RULE_INFO ${KIND.get(f.ruleId)}`;
    if (f.start < previous) return `${where}: findings are not ordered by position`;
    // A span never cuts a surrogate pair (an emoji) in half.
    const cuts = (i: number): boolean =>
      i > 0 &&
      i < text.length &&
      /[\uD800-\uDBFF]/.test(text[i - 1] as string) &&
      /[\uDC00-\uDFFF]/.test(text[i] as string);
    if (cuts(f.start) || cuts(f.end)) return `${where}: cuts a surrogate pair`;
    previous = f.start;
    counts[f.kind]++;
  }
  const { summary } = result;
  if (JSON.stringify(summary.counts) !== JSON.stringify(counts))
    return 'summary counts differ from the findings';
  const verdict = counts.safety > 0 ? 'support' : counts.problem > 0 ? 'revise' : 'ready';
  if (summary.verdict !== verdict) return `verdict ${summary.verdict}, expected ${verdict}`;
  return undefined;
}

function expectSound(text: string, result: CheckResult): void {
  const problem = broken(text, result);
  if (problem !== undefined) expect.fail(`${problem} in ${JSON.stringify(text.slice(0, 300))}`);
}

// ---------------------------------------------------------------------------------------------
// Generators: real message material mixed with the hard parts of Unicode and of pasted text.

const corpusTexts = labelledFiles().flatMap((file) => readLabelled(file).map((m) => m.text));
const corpusSentences = [...new Set(corpusTexts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)))].filter(
  (s) => s.length > 0 && s.length < 300,
);
const corpusWords = [...new Set(corpusTexts.flatMap((t) => t.split(/\s+/)))].filter((w) => w.length > 0);
const smsLines = readSms().slice(0, 1500);

const SPECIAL = [
  '👨‍👩‍👧‍👦', // ZWJ family
  '👍🏽', // skin tone
  '🏳️‍🌈',
  '🇬🇧',
  'e\u0301', // combining acute
  'n\u0303\u0323',
  'Z̷̢͓̈́a̶l̸g̴o̵',
  'שלום, אני מצטער',
  'أنا آسف جدا',
  '\u202Eevil\u202C',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\uD83D', // lone high surrogate
  '\uDE14', // lone low surrogate
  '\uDE14\uD83D', // reversed pair
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  '\t',
  '\u00A0',
  '\u0000',
  '<script>alert("sorry")</script>',
  '<b>I lied</b>',
  '&amp; &lt;3',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '…',
  ' - ',
  '—',
  '!!!',
  '?!',
  '...',
  'sooooo',
  'ill',
  'u',
  'ur',
  'idk',
  'IDK',
  'İ',
  'ß',
  'ǅ',
  'ﬃ',
  '𝐈 𝐋𝐈𝐄𝐃',
  'ＳＯＲＲＹ',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...corpusSentences) },
  { weight: 4, arbitrary: fc.constantFrom(...corpusWords) },
  { weight: 1, arbitrary: fc.constantFrom(...smsLines) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: loneSurrogate },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '. ', ', ', '\n', '\r\n', '! ', '? ', ' - ');

/** A text mixing message sentences, words, and awkward Unicode. */
const messy = fc
  .array(fc.tuple(piece, separator), { maxLength: 30 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Any text at all: messy, or arbitrary code points, or arbitrary UTF-16 (lone surrogates too). */
const anyText = fc.oneof(
  { weight: 3, arbitrary: messy },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(loneSurrogate, fc.constantFrom('a', ' ', '.', '\uD83D\uDE14')), { maxLength: 60 })
      .map((a) => a.join('')),
  },
);

const topic = fc.oneof(
  fc.constantFrom(
    'the Vegas trip',
    'my family',
    'our friends',
    'money',
    'Sam',
    'the wedding',
    'her',
    '.*',
    '(',
    'a+)+$',
  ),
  fc.string({ maxLength: 12 }),
);
const context: fc.Arbitrary<CheckContext> = fc.record({
  resolvedTopics: fc.array(topic, { maxLength: 3 }),
  avoidTopics: fc.array(topic, { maxLength: 3 }),
});

// ---------------------------------------------------------------------------------------------

describe('check(): never throws, and every finding is exact (properties)', () => {
  it('holds for arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectSound(text, check(text));
      }),
      { numRuns: 200 },
    );
  });

  it('holds for arbitrary text with arbitrary topics in the context', () => {
    fc.assert(
      fc.property(messy, context, (text, ctx) => {
        expectSound(text, check(text, ctx));
      }),
      { numRuns: 200 },
    );
  });

  it('holds for every message of the corpora and of the SMS collection', { timeout: 120_000 }, () => {
    const shouting: string[] = [];
    for (const text of [...corpusTexts, ...readSms()]) {
      const result = check(text);
      expectSound(text, result);
      // UX.md: no exclamation marks in feedback.
      for (const f of result.findings) {
        if (/!/.test(f.reason + f.suggestion)) shouting.push(`${f.ruleId}: ${f.reason} ${f.suggestion}`);
      }
    }
    expect(shouting).toEqual([]);
  });

  it('reads curly and straight quotes alike: the same findings at the same places', () => {
    const curl = (t: string): string => t.replace(/'/g, '\u2019').replace(/"(\S[^"]*)"/g, '\u201C$1\u201D');
    const strip = (r: CheckResult): unknown => r.findings.map(({ actual: _actual, ...rest }) => rest);
    fc.assert(
      fc.property(messy, (text) => {
        expect(strip(check(curl(text)))).toEqual(strip(check(text)));
      }),
      { numRuns: 100 },
    );
    for (const text of corpusTexts.slice(0, 400))
      expect(strip(check(curl(text)))).toEqual(strip(check(text)));
  });

  it(
    'reads texting forms like the words they stand for: the same rules fire on every corpus message',
    { timeout: 120_000 },
    () => {
      const ids = (t: string): string =>
        [...new Set(check(t).findings.map((f) => f.ruleId))].sort().join(',');
      const texting: ReadonlyArray<readonly [RegExp, string]> = [
        [/\byou\b/g, 'u'],
        [/\bYou\b/g, 'U'],
        [/\bI['’]m\b/g, 'im'],
        [/\bdon['’]t\b/g, 'dont'],
        [/\bsorry\b/g, 'sry'],
        [/\bbecause\b/g, 'cuz'],
        [/\bplease\b/g, 'pls'],
      ];
      const differ: string[] = [];
      for (const text of corpusTexts) {
        let texted = text;
        for (const [re, form] of texting) texted = texted.replace(re, form);
        if (texted !== text && ids(texted) !== ids(text))
          differ.push(`${text} → ${ids(text)} vs ${ids(texted)}`);
      }
      expect(differ).toEqual([]);
    },
  );

  it('gives the same result for the same text (no state leaks between checks)', () => {
    fc.assert(
      fc.property(messy, messy, (a, b) => {
        const first = check(a);
        check(b);
        expect(check(a)).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });
});

describe('createChecker(): equals check() after any sequence of edits (property)', () => {
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      ch: fc.constantFrom('a', 'e', ' ', '.', '!', '?', '\n', "'", '"', 'u', '😔', '\uD83D', '-', ','),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), text: piece }),
    fc.record({ kind: fc.constant('context' as const), context: fc.option(context, { nil: undefined }) }),
  );

  it('holds for inserts, deletes, pastes and context changes anywhere', () => {
    fc.assert(
      fc.property(
        messy,
        fc.option(context, { nil: undefined }),
        fc.array(edit, { maxLength: 25 }),
        (start, ctx0, edits) => {
          const checker = createChecker(ctx0);
          let ctx = ctx0;
          let text = start;
          expect(checker.check(text)).toEqual(check(text, ctx));
          for (const e of edits) {
            if (e.kind === 'context') {
              ctx = e.context;
              checker.setContext(ctx);
            } else if (e.kind === 'delete') {
              if (text.length === 0) continue;
              const at = e.at % text.length;
              text = text.slice(0, at) + text.slice(at + 1);
            } else {
              const at = e.at % (text.length + 1);
              text = text.slice(0, at) + (e.kind === 'insert' ? e.ch : e.text) + text.slice(at);
            }
            const incremental = checker.check(text);
            expectSound(text, incremental);
            expect(incremental).toEqual(check(text, ctx));
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('holds when a sentence repeats, moves, or the draft is cleared and retyped', () => {
    const checker = createChecker();
    const a = "I'm sorry I lied to you. ";
    const b = 'You made me do it. ';
    for (const text of [a, a + b, b + a, a + a + b, '', b, b + b, a + b + a, ' ', a]) {
      expect(checker.check(text)).toEqual(check(text));
    }
  });
});

describe('check(): fixed hard cases', () => {
  /** About 100 KB of letter text built from apology lines. */
  const letter = (() => {
    const lines = [
      "I'm sorry I lied to you. ",
      "I know I hurt you, and that's on me. ",
      'From now on I will tell you where I am. ',
      'Take all the time you need. ',
      ...corpusSentences.slice(0, 40).map((s) => `${s} `),
    ];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += lines[i % lines.length];
    return text;
  })();

  it.each([
    ['the empty string', ''],
    ['a space', ' '],
    ['only whitespace', ' \t\r\n\u00A0\u2028  \n\n '],
    ['only punctuation', '...!!!???---"""\'\'\''],
    [
      'an HTML-looking draft',
      '<script>alert("I\'m sorry")</script><img src=x onerror=alert(1)> u made me do it',
    ],
    ['right-to-left text', 'אני מצטער ‏I lied‏ أنا آسف'],
  ])('%s', (_name, text) => {
    expectSound(text, check(text));
    expect(
      check(text).summary.components.present.length + check(text).summary.components.missing.length,
    ).toBe(6);
  });

  it('treats a non-string input as empty', () => {
    expect(check(undefined as unknown as string)).toEqual(check(''));
    expect(check(null as unknown as string)).toEqual(check(''));
    expect(check(42 as unknown as string)).toEqual(check(''));
  });

  it(
    'a 100 KB letter: exact spans, and the incremental checker agrees after an edit',
    { timeout: 120_000 },
    () => {
      expect(letter.length).toBeGreaterThanOrEqual(100_000);
      const result = check(letter);
      expectSound(letter, result);
      const checker = createChecker();
      checker.check(letter);
      const edited = `${letter.slice(0, 50_000)}x${letter.slice(50_000)}`;
      expect(checker.check(edited)).toEqual(check(edited));
    },
  );

  it.each([
    ['100 KB of one letter', 'x'.repeat(100_000)],
    ['100 KB of words without spaces or punctuation', 'imsorryiliedtoyouurightidk'.repeat(4_000)],
    ['100 KB of words without punctuation', 'i am sorry u made me do it but i was stressed '.repeat(2_200)],
    ['100 KB of exclamation marks', `${'!'.repeat(100_000)}a`],
    ['100 KB of dots then brackets', `${'.'.repeat(50_000)}${')'.repeat(50_000)}a`],
    ['100 KB of quotes', `'a `.repeat(33_000)],
    ['100 KB of spaces around a dash', `a${' '.repeat(50_000)}-${' '.repeat(50_000)}b`],
    ['100 KB of stretched letters', `so${'o'.repeat(100_000)} sorry`],
    ['100 KB of emoji with ZWJ and skin tones', '👨‍👩‍👧‍👦👍🏽'.repeat(6_000)],
    ['100 KB of "ill"', 'ill '.repeat(25_000)],
  ])('%s completes (no catastrophic backtracking)', (_name, text) => {
    expectSound(text, check(text));
  });
});
