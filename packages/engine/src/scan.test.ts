import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from './check.js';
import { forEachMatch, matches, possible, prepare, requiredLiterals, setIndexing } from './scan.js';

afterEach(() => setIndexing(true));

/** Every match a plain global scan finds, as [index, text]. */
function plain(re: RegExp, text: string): Array<[number, string]> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: Array<[number, string]> = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

function indexed(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  forEachMatch(re, text, (m) => out.push([m.index, m[0]]));
  return out;
}

const PATTERNS = [
  /\b(?:i|i'm|i've)\s+(?:really\s+)?sorry\b/g,
  /\b(?<!')(?:kill(?:ing)? myself|end(?:ing)? it all|you'll regret)(?![\w'])/g,
  /^\W*(?:or else|otherwise)\b|\b(?:answer|reply) (?:me|now)\b/g,
  /\b(?:have to|need|or|if)\b|by |tonight/g,
  /(?:you|ya)\s+\d+\s+(?:days|times)/g,
  /\b[sz]orry\b|apolog[iy]/g,
  /\b(?:\w+\s+)?set me up\b/g,
  /x*y|\ba{2,3}b/g,
];

describe('the prefilter of where patterns can match', () => {
  it('finds exactly the matches of a whole scan, on any text', () => {
    const words = fc.constantFrom(
      'i',
      "i'm",
      'sorry',
      'zorry',
      'you',
      'ya',
      'or else',
      'answer',
      'me',
      'now',
      'need',
      'if',
      'by',
      'tonight',
      '3',
      '12',
      'days',
      "'",
      ' ',
      '\t',
      ',',
      '.',
      'kill',
      'myself',
      "you'll",
      'regret',
      'set',
      'up',
      'aab',
      'xy',
      'é',
      '😂',
    );
    const text = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        for (const re of PATTERNS) expect(indexed(re, t)).toEqual(plain(re, t));
        for (const re of PATTERNS) expect(matches(re, t)).toBe(plain(re, t).length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('knows strings every match contains, or says there are none', () => {
    expect(requiredLiterals(/\bsorry\b/)).toEqual(['sorry']);
    // The telling word of each string is enough: "stressed" of "i was so stressed".
    expect(requiredLiterals(/\bI (?:was|got) so (?:tired|stressed)\b/)?.sort()).toEqual([
      'stressed',
      'tired',
    ]);
    expect(requiredLiterals(/\bi (?:was|got) so\b/)?.sort()).toEqual(['i got so', 'i was so']);
    expect(requiredLiterals(/\w+ing/)).toEqual(['ing']);
    expect(requiredLiterals(/[a-z]+ \w+/)).toBeUndefined();
    expect(requiredLiterals(/a?/)).toBeUndefined();
    expect(requiredLiterals(/SORRY/i)).toEqual(['sorry']);
    expect(requiredLiterals(/\d+ days/)).toEqual(['0 days']);
    expect(requiredLiterals(/(?:\w+\s+){0,3}regret(?:ted)? it/)).toEqual(['regretted', 'regret']);
    // A case-insensitive non-ASCII letter may match its other case: it says nothing.
    expect(requiredLiterals(/é/i)).toBeUndefined();
  });

  it('says a pattern cannot match only where it cannot', () => {
    const table = [{ re: /\bsorry\b/gi }, { re: /\bregret\b/g }, { re: /[a-z]+ \w+/g }];
    // Until a pattern is in the automaton it is always tried.
    prepare(table.map((p) => p.re));
    expect(possible(table, "I'm SORRY, truly.")).toEqual([true, false, true]);
    expect(possible(table, 'no')).toEqual([false, false, true]);
    // A table read again is answered from its compiled form: the same answers.
    expect(possible(table, "I'm SORRY, truly.")).toEqual([true, false, true]);
    expect(possible(table, 'i regret it')).toEqual([false, true, true]);
    // A table made for one call is answered as a kept one.
    expect(possible([...table], 'i regret it')).toEqual([false, true, true]);
  });

  it('leaves every finding of the check as a whole scan gives it', () => {
    const drafts = [
      "I'm so sorry I lied to you. You need to answer me by tonight or else.",
      "If you don't reply I'll post the photos. I can't go on without you.",
      'It was just one kiss, you are overreacting. I was drunk and stressed from work.',
      "Take all the time you need. I'll pay back the £200 on Friday and I've booked counselling.",
      'sry if u felt hurt lol, its not that deep. whatever u want',
    ];
    const withIndex = drafts.map((d) => check(d));
    setIndexing(false);
    expect(drafts.map((d) => check(d))).toEqual(withIndex);
    expect(withIndex.some((r) => r.findings.length > 0)).toBe(true);
  });
});
