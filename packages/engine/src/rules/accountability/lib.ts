/**
 * Small helpers shared by the accountability rules: running a list of patterns with guards, and the
 * guards themselves (negation, the writer owning words they said in the past, quotation).
 */
import { holdsAnyWord, type Sentence } from '../../analysis.js';
import { isQuoted, isReported, negatedBefore } from '../../guards.js';
import { forEachMatch, type Hit } from '../../rule.js';
import { possible } from '../../scan.js';
import { words } from '../safety/lib.js';

/** `String.raw`, under a short name: the patterns are raw strings, so a regex reads as it is written. */
export const raw = String.raw;

/** One pattern of a rule: a global regular expression and the guards it needs. */
export interface Pattern {
  re: RegExp;
  /** Words of which at least one must be in the sentence for the pattern to run (a cheap pre-test). */
  keys?: ReadonlySet<string>;
  /** A second pre-test: one of these words must also be in the sentence. */
  also?: ReadonlySet<string>;
  /** Skip a match preceded by a negator in its clause (default true). */
  negation?: boolean;
  /** Skip a match in a question (default false: some patterns are questions by nature). */
  skipQuestion?: boolean;
  /** Skip a match in reported speech such as "you said…" (default true). */
  skipReported?: boolean;
  /** An extra test on the match; return false to drop it. */
  accept?: (m: RegExpExecArray, s: Sentence) => boolean;
  /** The span to report, relative to the match (default the whole match, or the group `span`). */
  reason?: string;
  suggestion?: string;
}

/**
 * Words the writer repeats from their own past to own them now (LABELS decision 11):
 * "I said it was just a kiss", "I told you it was no big deal", "I acted like you were overreacting".
 */
const OWNED_PAST =
  /\b(?:i|i've|i'd)\s+(?:\w+ly\s+)?(?:said|say|told (?:(?:you|myself|people|everyone|them|him|her)(?=\s+(?:that|it|it's|it was|you|you're|you were|u|i|")\b)|(?:\w+\s+){1,3}that)|tell myself|kept (?:saying|telling (?:you|myself))|used to (?:say|tell you|call)|acted (?:like|as if|as though)|pretended|made (?:out|it sound)|called (?:it|you|that)|brushed (?:it|this|you) off (?:as|by saying)|treated (?:this|it) (?:like|as)|let (?:\w+\s+){1,3}(?:say|believe|think)|claimed|insisted|blamed|accused you of|made you feel|dismissed (?:it|this|you)|wrote (?:it|that) off as|minimi[sz]ed|played (?:this|it) down)\b/g;

/** The noun a relative "I said" hangs on: "everything I said", "what I said". */
const RELATIVE_HEAD = /\b(?:everything|anything|something|nothing|what|all|things|stuff|words)\s+$/;

/** A break after the reported words, where the writer speaks in the present again. */
const NOW_AGAIN = /\b(?:but|though|you know)\b|[;:]/;

/** True when `pos` follows a frame where the writer reports their own past words or acts. */
export function ownedPast(s: Sentence, pos: number): boolean {
  OWNED_PAST.lastIndex = 0;
  for (let m = OWNED_PAST.exec(s.text); m; m = OWNED_PAST.exec(s.text)) {
    if (m.index >= pos) break;
    // "you twisted everything I said and now…": a relative clause naming the words, not a report of them.
    if (
      RELATIVE_HEAD.test(s.text.slice(Math.max(0, m.index - 16), m.index)) &&
      /^i\s+(?:said|say)$/.test(m[0])
    )
      continue;
    // "I called you names, but it was a heated moment": after a break the writer speaks now.
    const between = s.text.slice(m.index + m[0].length, pos + 9);
    if (pos - (m.index + m[0].length) <= 60 && !NOW_AGAIN.test(between)) return true;
  }
  return false;
}

/** "…so they stop saying it was your fault": someone other than the writer says or thinks it. */
const OTHERS_SAY =
  /\b(?!i\b)(?:[a-z]+)\s+(?:(?:stop|keep|kept|still|always|even|all|both)\s+)?(?:saying|say|said|says|think|thinks|thought|believe|believes|claim|claims|claimed|reckons|reckon|reckoned|feels|told me|tell me|tells me)\s+(?:that\s+)?$/;

export function othersSay(s: Sentence, pos: number): boolean {
  const before = s.text.slice(Math.max(0, pos - 40), pos);
  const m = OTHERS_SAY.exec(before);
  if (!m) return false;
  const who =
    /([a-z']+)\s+(?:(?:stop|keep|kept|still|always|even|all|both)\s+)?(?:saying|say|said|says|think|thinks|thought|believe|believes|claim|claims|claimed|reckons|reckon|reckoned|feels|told me|tell me|tells me)/.exec(
      m[0],
    );
  return (
    !!who &&
    // "part of me still thinks…" is the writer.
    ![
      'i',
      "i'd",
      "i've",
      'me',
      'myself',
      'we',
      'honestly',
      'really',
      'just',
      'still',
      'also',
      'do',
      "don't",
    ].includes(who[1] ?? '')
  );
}

/** Runs `patterns` over a sentence and turns the accepted matches into hits. */
export function runPatterns(
  s: Sentence,
  patterns: readonly Pattern[],
  reason: string,
  suggestion: string,
  options: { owned?: boolean } = {},
): Hit[] {
  const hits: Hit[] = [];
  const may = possible(patterns, s.text);
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i] as Pattern;
    if (!may[i] || (p.skipQuestion && s.isQuestion)) continue;
    if (p.keys && !holdsAnyWord(s, p.keys)) continue;
    if (p.also && !holdsAnyWord(s, p.also)) continue;
    forEachMatch(p.re, s.text, (m) => {
      const start = m.index;
      if (p.negation !== false && negatedBefore(s, start, 2)) return;
      if (isQuoted(s, start + 1)) return;
      if (p.skipReported !== false && (isReported(s, start) || othersSay(s, start))) return;
      if (options.owned !== false && ownedPast(s, start)) return;
      if (p.accept && !p.accept(m, s)) return;
      const group = spanGroup(m);
      const spanStart = group !== undefined ? start + m[0].indexOf(group) : start;
      const spanEnd = group !== undefined ? spanStart + group.length : start + m[0].length;
      hits.push({
        start: spanStart,
        end: trimEnd(s.text, spanStart, spanEnd),
        reason: p.reason ?? reason,
        suggestion: p.suggestion ?? suggestion,
      });
    });
  }
  return dedupe(hits);
}

/** The first defined named group whose name starts with `span`, if any. */
function spanGroup(m: RegExpExecArray): string | undefined {
  if (!m.groups) return undefined;
  for (const [name, value] of Object.entries(m.groups)) {
    if (value !== undefined && name.startsWith('span')) return value;
  }
  return undefined;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && /[\s,;:]/.test(text[e - 1] as string)) e--;
  return e;
}

/**
 * A word list from a '|'-separated string (see keys): the safety rules' own, shared, which also puts
 * their lib next to this one in the browser bundle, where its word lists compress with ours.
 */
export { words };

/**
 * A key set from a '|'-separated list of words: in the bundle the list reads like the alternations
 * of the patterns beside it, so it compresses better than space-separated words.
 */
export function keys(words: string): ReadonlySet<string> {
  return new Set(words.split('|'));
}

/** Keeps the first of overlapping hits. */
export function dedupe(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/** Joins words into a regex alternation (longest first, spaces allowed to vary). */
export function alt(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
