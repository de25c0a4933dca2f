/**
 * Shared helpers for the apology rules: building word-class alternations, the guards every
 * strength needs (negation, quotation and reported speech, hedges, "if"-clauses), and the scan
 * that turns guarded matches into hits.
 */
import { holdsAnyWord, type Sentence } from '../../analysis.js';
import { isRepeatedSpeech, negatedBefore } from '../../guards.js';
import { forEachMatch, type Hit } from '../../rule.js';
import { possible } from '../../scan.js';

/** `String.raw`, under a short name: the patterns are raw strings, so a regex reads as it is written. */
export const raw = String.raw;

/** A word list from a '|'-separated string (see keys): the one of safety/lib.ts, shared. */
export { words } from '../safety/lib.js';

/**
 * A pre-test word set from a '|'-separated list: in the bundle the list reads like the alternations
 * of the patterns beside it, so it compresses better than space-separated words.
 */
export const keys = (words: string): ReadonlySet<string> => new Set(words.split('|'));

/** `(?:a|b|c)` from a word list; entries may contain regex syntax. */
export const alt = (list: readonly string[]): string => `(?:${list.join('|')})`;

/** Optional adverbs between a subject and its verb ("I really", "I honestly just"). */
export const ADV = raw`(?:(?:always|often|sometimes|repeatedly|really|truly|honestly|actually|totally|completely|deliberately|knowingly|repeatedly|constantly|basically|literally|also|then|even|still|just|simply|genuinely|fr|openly|seriously|selfishly|stupidly|willingly|purposely|intentionally|secretly|quietly)\s+){0,3}`;

/** "you" in texting form too: the normaliser has already turned "u" into "you" and "ur" into "your". */
export const YOU = raw`(?:you|ya)`;

const HEDGE_BEFORE =
  /\b(?:maybe|might|perhaps|probably|possibly|hopefully|i'll try|i will try|try to|trying to|hope to|thinking (?:about|of)|considering|someday|one day|at some point|if i can|when i can)\b(?:(?!\b(?:and|but|so|because|then)\b)[^.!?,;]){0,40}$|\b(?:should|could|would|might|may)\s+(?:\w+\s+){0,2}$/;

/** True when a hedge ("maybe", "I'll try", "should") opens the clause before `pos`. */
export function hedgedBefore(s: Sentence, pos: number): boolean {
  return HEDGE_BEFORE.test(s.text.slice(Math.max(0, pos - 60), pos));
}

const IF_BEFORE =
  /\b(?:if|unless|whether|what if|even if|as if|as though|in case|to the extent that|to whatever extent|insofar as|in so far as)\s+(?:\w+\s+){0,1}$/;

/** True when the match sits right after "if" / "unless" / "what if": a condition, not a statement. */
export function conditionalBefore(s: Sentence, pos: number): boolean {
  return IF_BEFORE.test(s.text.slice(Math.max(0, pos - 30), pos));
}

const APOLOGY_BEFORE =
  /\b(?:sorry|apologi[sz]e|apologi[sz]ing|apologies|regret|regretted|ashamed|forgive me for|i wish)\b[^,;:.!?]{0,40}$/;

/** True when the match is the object of an apology ("I'm sorry I lied", "I regret how I treated you"). */
export function insideApology(s: Sentence, pos: number): boolean {
  return APOLOGY_BEFORE.test(s.text.slice(Math.max(0, pos - 60), pos));
}

const CONCESSIVE_OPENING =
  /^\W*(?:yes|yeah|yep|ok|okay|sure|fine|alright|look|right|fair enough)\b[,\s]+(?:\w+\s+){0,1}$/;

/** True when the match follows a concessive opener ("Yes, I hid it. But…"), the prelude to a defence. */
export function concessiveBefore(s: Sentence, pos: number): boolean {
  return CONCESSIVE_OPENING.test(s.text.slice(0, pos));
}

const DENIAL_FRAME =
  /\b(?:not saying|not going to say|won't say|wouldn't say|don't think|didn't think|don't believe|not because|doesn't mean|does not mean|not that|never said|deny|denied)\b[^.!?]{0,40}$/;

/** True when the match is framed as denied ("I'm not saying it was my fault"). */
export function deniedBefore(s: Sentence, pos: number): boolean {
  return DENIAL_FRAME.test(s.text.slice(Math.max(0, pos - 60), pos));
}

const ASK_OPENER =
  /^\W*(?:why|who|which|is|are|was|were|do|does|did|can|could|will|would|should|have|has|am|isn't|aren't|don't|didn't|won't|can't)\b/;

/**
 * A question for the apology rules: the sentence ends with "?" or opens with an inversion. Free
 * relatives without a question mark ("What happened that night was my fault") are statements.
 */
export function isAsking(s: Sentence): boolean {
  return s.isQuestion && (/\?\W*$/.test(s.text) || ASK_OPENER.test(s.text));
}

export interface Guards {
  /** Allow the match in a question ("what can I do to make this right?"). */
  question?: boolean;
  /** Skip the negation check (the pattern already excludes negation). */
  negation?: boolean;
  /** Skip matches whose clause opens with a hedge. */
  hedge?: boolean;
  /** Skip matches that are the object of an apology ("I'm sorry I lied"). */
  apology?: boolean;
  /** Skip matches right after "if"/"unless". */
  condition?: boolean;
  /** Skip matches after a concessive "yes," / "ok,". */
  concession?: boolean;
  /** Extra check on the match; return false to drop it. */
  check?: (m: RegExpExecArray, s: Sentence) => boolean;
}

export interface Pattern extends Guards {
  re: RegExp;
  /** The pattern runs only on sentences holding one of these words (exact, normalised; see keys). */
  keys?: ReadonlySet<string>;
  /**
   * For a large pattern: a small global regex for where it can start. `re` must then be sticky
   * (flag `y`) and is tried only at those places; large regexes run slowly when scanned whole.
   */
  anchor?: RegExp;
}

/** Runs `p.re` over the text, or only at the places `p.anchor` finds. */
function eachMatch(p: Pattern, text: string, each: (m: RegExpExecArray) => void): void {
  if (!p.anchor) {
    forEachMatch(p.re, text, each);
    return;
  }
  let last = -1;
  forEachMatch(p.anchor, text, (a) => {
    if (a.index <= last) return;
    p.re.lastIndex = a.index;
    const m = p.re.exec(text);
    if (m) {
      last = m.index + m[0].length;
      each(m);
    }
  });
}

/** The offset of the match's reported span: named group `s` when present, else the whole match. */
function spanOf(m: RegExpExecArray): [number, number] {
  const text = m[0];
  let start = m.index;
  let end = m.index + text.length;
  const core = m.groups?.s;
  if (core !== undefined) {
    const at = text.indexOf(core);
    if (at >= 0) {
      start = m.index + at;
      end = start + core.length;
    }
  }
  return [start, end];
}

/**
 * Runs guarded patterns over a sentence, returning at most one hit per pattern position. A pattern
 * with keys runs only where the sentence holds one of them, and those before `from` not at all: a
 * rule passes one fixed table, whose index look-ups are then compiled once (see `possible`).
 */
export function scan(
  s: Sentence,
  patterns: readonly Pattern[],
  reason: string | ((m: RegExpExecArray) => string),
  suggestion: string | ((m: RegExpExecArray) => string),
  from = 0,
): Hit[] {
  const hits: Hit[] = [];
  const asking = isAsking(s);
  const may = possible(patterns, s.text);
  for (let i = from; i < patterns.length; i++) {
    const p = patterns[i] as Pattern;
    if (!may[i] || (asking && !p.question)) continue;
    if (p.keys && !holdsAnyWord(s, p.keys)) continue;
    eachMatch(p, s.text, (m) => {
      const [start, end] = spanOf(m);
      if (isRepeatedSpeech(s, start)) return;
      if (p.negation !== false && negatedBefore(s, start)) return;
      if (p.hedge !== false && hedgedBefore(s, start)) return;
      if (p.apology && insideApology(s, start)) return;
      if (p.condition !== false && conditionalBefore(s, start)) return;
      if (p.concession && concessiveBefore(s, start)) return;
      if (deniedBefore(s, start)) return;
      if (p.check && !p.check(m, s)) return;
      if (hits.some((h) => start < h.end && end > h.start)) return;
      hits.push({
        start,
        end,
        reason: typeof reason === 'string' ? reason : reason(m),
        suggestion: typeof suggestion === 'string' ? suggestion : suggestion(m),
      });
    });
  }
  return hits;
}

/** Trims a span to at most `max` characters, ending on a word boundary. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 20 ? cut : max)}…`;
}
