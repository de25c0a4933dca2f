/**
 * Shared helpers for the safety rules: a pattern table compiled once, and the guards that decide
 * whether a match is the writer speaking now, about themself (self-harm) or at the recipient
 * (threat): negation, hedges ("I'm not saying I wouldn't"), the subject of the clause, reported
 * speech, and jokes.
 */
import type { Sentence } from '../../analysis.js';
import { forEachMatch, type Hit } from '../../rule.js';
import { possible } from '../../scan.js';

/**
 * One compositional pattern: a regular expression built from small word classes, plus its guards.
 * Each pattern's name is a comment at the top of its entry: a name field would ship in the bundle.
 */
export interface SafetyPattern {
  re: RegExp;
  /**
   * Words of which every match contains at least one (checked on the sentence's word set before
   * the regular expression runs): the cheap, exact pre-filter that keeps the rule fast.
   */
  need: readonly string[];
  /** "I won't …", "I'd never …" cancel it (off for patterns whose negation is the signal). */
  negatable?: boolean;
  /** The clause's nearest subject must be the writer (or dropped, as in texting). */
  firstPerson?: boolean;
  /** Extra check on the whole sentence; return false to drop the match. */
  accept?: (s: Sentence, m: RegExpExecArray) => boolean;
  reason?: string;
  suggestion?: string;
}

/**
 * A pre-filter word list written as one '|'-joined string: in the bundle it reads like the
 * alternations of the patterns beside it, so it compresses far better than an array of strings.
 */
export const words = (list: string): readonly string[] => list.split('|');

/** Joins word-class alternatives into a non-capturing group. */
export const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** Compiles a pattern source into a global regular expression with word boundaries. */
export const rx = (source: string): RegExp => new RegExp(`\\b(?<!')(?:${source})(?![\\w'])`, 'g');

const STRONG_BREAK = /\b(?:but|because|though|although|yet|whereas|unless|except)\b|[;:]/g;
const COMMA_NEW_SUBJECT =
  /,\s*(?:(?:and|so|then|or|now)\s+)?(?:i|i'm|i've|i'll|i'd|you|you're|you'll|he|she|they|we|it|it's|that|this|there)\b/g;

/** The text of the clause before `pos` (at most `max` characters), cut at strong breaks. */
export function windowBefore(s: Pick<Sentence, 'text'>, pos: number, max = 70): string {
  const from = Math.max(0, pos - max);
  let text = s.text.slice(from, pos);
  let cut = 0;
  STRONG_BREAK.lastIndex = 0;
  for (let m = STRONG_BREAK.exec(text); m; m = STRONG_BREAK.exec(text)) cut = m.index + m[0].length;
  // A comma followed by a new subject (also the match's own "I will …") starts a new clause.
  const ahead = s.text.slice(from, Math.min(s.text.length, pos + 12));
  COMMA_NEW_SUBJECT.lastIndex = 0;
  for (let m = COMMA_NEW_SUBJECT.exec(ahead); m; m = COMMA_NEW_SUBJECT.exec(ahead)) {
    if (m.index < text.length && m.index + 1 > cut) cut = m.index + 1;
  }
  text = text.slice(cut);
  return text;
}

const NEGATOR =
  /\b(?:not|never|no|nobody|cannot|no one|noone|none|avent|havent|aint|dont|didnt|wont|cant)\b|n't\b/g;
/** Negations that make the rest uncertain rather than denied: "I'm not saying I wouldn't". */
const HEDGE =
  /\b(?:not|never|n't|cannot|can't)\s+(?:\w+\s+)?(?:saying|say|promise|promising|guarantee|sure|know if|know whether|know how long|trust myself)\b|n't\s+(?:know|think)\s+(?:if|whether|how)\b/;
/** Negated verbs that intensify: "I can't stop thinking about …". */
const INTENSIFIER =
  /\b(?:can't|cannot|couldn't|can not|don't|won't)\s+(?:stop|help|shake|get rid of|stand|bear)\b|\bno\s+(?:longer|one|matter)\b|\b(?:not|never)\s+(?:joking|kidding|lying|messing(?: around| about)?|bluffing|playing(?: games)?)\b|n't\s+(?:joking|kidding|lying|messing(?: around| about)?|bluffing|playing(?: games)?)\b|\bno\s+(?:joke|lie|kidding)\b|\b(?:don't|do not|dont|didn't)\s+(?:care|give a \w+)\b|\b(?:not|n't)\s+(?:scared|afraid)\s+(?:to|of)\b|\b(?:not going to|not gonna|won't|will not)\s+(?:stop|rest|give up|let (?:this|it) go|back down)\b/g;

const LAST_THING =
  /\bthe last thing (?:i|i'd|i would) (?:want|need|wanna|would do|'d do)\b(?: is| was| would be)?(?: to)?(?: [\w']+){0,3}\s*$/;

const CLAUSE_SUBJECT =
  /\b(?:i|i'm|i'll|i've|i'd|you|you're|you'll|you'd|he|he's|he'll|she|she's|she'll|they|they're|they'll|we|we're|we'll)\b/g;

/** True when the window denies what follows ("I'm not going to", "I'd never"), counting double negation. */
export function deniedIn(win: string): boolean {
  if (HEDGE.test(win)) return false;
  // Only negation after the clause's own subject counts: "if you don't come back, I'll …" is not denied.
  let from = 0;
  CLAUSE_SUBJECT.lastIndex = 0;
  for (let m = CLAUSE_SUBJECT.exec(win); m; m = CLAUSE_SUBJECT.exec(win)) from = m.index;
  const cleaned = win.slice(from).replace(INTENSIFIER, ' ');
  NEGATOR.lastIndex = 0;
  // "The last thing I want is to …" denies what follows as "I don't want to …" does.
  let count = LAST_THING.test(win) ? 1 : 0;
  while (NEGATOR.exec(cleaned)) count++;
  return count % 2 === 1;
}

/** People named by who they are, who can be a clause's subject: "the doctors say dad won't…". */
const KIN = words(
  'dad|mum|mom|mother|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|brother|sister|son|daughter|uncle|aunt|auntie|cousin|doctor|doctors|vet|nurse|boss',
);
const IS_KIN = new Set(KIN);
const SUBJECT = new RegExp(
  `\\b(?:i|i'm|i'll|i've|i'd|me|myself|imma|ima|you|you're|you'll|you've|you'd|yourself|he|he's|he'll|he'd|him|she|she's|she'll|she'd|they|they're|they'll|they'd|them|we|we're|we'll|we've|we'd|us|someone|somebody|everyone|everybody|people|nobody|${KIN.join('|')})\\b`,
  'g',
);
const OBJECT_SLOT =
  /\b(?:without|for|to|at|with|about|like|than|from|of|on|love|miss|need|lose|losing|see|tell|told|ask|asked|give|gave|thank|hurt)\s+$/;
const FIRST = new Set(['i', "i'm", "i'll", "i've", "i'd", 'me', 'myself', 'imma', 'ima']);

/** The person of the nearest subject-like pronoun before the match: the writer, someone else, or none. */
export function nearestPerson(win: string): 'first' | 'other' | 'none' {
  let last: string | undefined;
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(win); m; m = SUBJECT.exec(win)) {
    // "life without you", "for you": an object, not the clause's subject.
    // The same for someone named by who they are: "the doctors say dad won't…" is about dad, "for dad" is not.
    if (
      (m[0] === 'you' || IS_KIN.has(m[0])) &&
      OBJECT_SLOT.test(win.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    last = m[0];
  }
  if (last === undefined) return 'none';
  return FIRST.has(last) ? 'first' : 'other';
}

const REPORTING =
  /\b(?:you|he|she|they|people|everyone|someone|somebody|my \w+|your \w+|his \w+|her \w+)(?:\s+\w+)?\s+(?:said|says|say|told me|tells me|tell me|asked (?:me )?(?:if|whether)|asks (?:me )?(?:if|whether)|claim|claims|claimed|wrote|accused me of|(?:think|thinks|thought|reckon|reckons) (?:that )?(?:i|i'm|i'd|i'll)\b)|\b(?:threatened|threatening|threats?)\b|\bused to (?:say|tell|threaten|text|write)\b|\bi (?:once )?(?:said|told you|wrote|texted|warned you) (?:that )?(?:i'd|i would|i'll|i will)\b/;

/** True when the window frames the match as someone else's words, or the writer's past threat. */
export function reportedIn(win: string): boolean {
  return REPORTING.test(win);
}

export const JOKE =
  /\b(?:lol|lool|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|jks|(?<!(?:\bnot|\bno|\bnever|n't)(?: even)? )(?:kidding|joking)|xd)\b|[\u{1F602}\u{1F923}\u{1F61C}\u{1F61D}\u{1F61B}\u{1F606}\u{1F605}\u{1F639}\u{1F92A}]|:p\b|;\)/iu;

/** Not a joke: no laugh, no joking marker (the shared test of the safety tables). */
export const notJoke = (s: Pick<Sentence, 'text'>): boolean => !JOKE.test(s.text);

/**
 * The writer's death with theirs, as one act: a threat to them and a self-harm signal at once, so
 * both rules read these (each with its own voice).
 */
export const WITH_THEM: Readonly<Record<'bothOfUs' | 'onThemThenMe', SafetyPattern>> = {
  // "driving us both off the pier", "kill us both"
  bothOfUs: {
    need: words('both'),
    re: rx(
      `(?:drive|driving|drove|crash|crashing|steer|steering|take|taking|put|putting|end|ending|kill|killing)(?: the car)? (?:us both|both of us|the two of us)(?: (?:off|into|over|under|in front of) (?:the|a) (?:\\w+ )?(?:pier|cliff|bridge|edge|river|sea|lake|canal|quarry|wall|tree|train|lorry|truck|motorway|reservoir)|(?= *(?:$|[.,;!]|tonight|together|at once|if|when)))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:dinner|lunch|trip|holiday|out for|to the|home|the kids|school|a break|some time)\b/.test(s.text),
    negatable: true,
  },
  // "use it on him and then on me": a weapon or an act turned on them, then on the writer.
  onThemThenMe: {
    need: words('me|myself'),
    re: rx(
      `(?:use|do|turn) (?:it|this|that|them|the \\w+) on (?:you|u|him|her|them)(?: first)?,? (?:and )?(?:then )?(?:on )?(?:me|myself)(?= *(?:$|[.,;!]|after|too|as well))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:cream|lotion|spray|shampoo|brush|sun ?cream|sunscreen|plaster|clippers|hose|towel|comb|wipes|thermometer)\b/.test(
        s.text,
      ),
    negatable: true,
  },
};

/** A match that opens with the writer as subject needs no look back for it. */
const FIRST_START = /^\s*(?:i|i'm|i'll|i've|i'd|imma|ima|or i|and i|or i'll|and i'll|then i'll)\b/;

/** A rule gate built from the patterns' pre-filter words: it passes every sentence a pattern could match. */
export function gateOf(patterns: readonly SafetyPattern[]): RegExp {
  const words = new Set<string>();
  for (const p of patterns) for (const w of p.need) words.add(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w'])(?:${[...words].sort((a, b) => b.length - a.length).join('|')})(?![\\w'])`);
}

let vetoed = false;

/**
 * Whether, since the last call, a pattern matched and a guard dropped it: negation ("I'd never hurt
 * you"), someone else as the subject ("Dad won't be around much longer"), reported speech ("my
 * therapist asked if I think about killing myself"), and, where the rule asks (`testsVeto`), a
 * pattern's own test ("I'd rather die than hurt you again"). Self-harm's tests are narrow idioms;
 * threat's are broad word lists (logistics, worry) that would silence the model too often. Reading
 * it clears it.
 */
export function takeVeto(): boolean {
  const was = vetoed;
  vetoed = false;
  return was;
}

/** Runs a pattern table over a sentence with the shared guards and returns hits. */
export function runPatterns(
  s: Sentence,
  patterns: readonly SafetyPattern[],
  defaults: { reason: string; suggestion: string },
  sentenceGuard?: (s: Sentence, start: number) => boolean,
  /** Whether the patterns' own tests (idioms, jokes) veto the model too, not only the grammar guards. */
  testsVeto = false,
): Hit[] {
  const hits: Hit[] = [];
  const may = possible(patterns, s.text);
  patterns.forEach((p, i) => {
    if (!may[i] || !p.need.some((w) => s.wordSet.has(w))) return;
    forEachMatch(p.re, s.text, (m) => {
      const start = m.index;
      const end = m.index + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) return;
      const win = windowBefore(s, start);
      // A match with its own first-person subject ("I'll post them") is not denied by a negation that
      // belongs to someone else's clause before it: "if you don't answer I'll post them".
      const ownClause = FIRST_START.test(m[0]) && nearestPerson(win) === 'other';
      // A match these guards drop is a veto for the learned model too (takeVeto): their no is final.
      if (
        (p.negatable && !ownClause && deniedIn(win)) ||
        (p.firstPerson && !FIRST_START.test(m[0]) && nearestPerson(win) === 'other') ||
        reportedIn(win + s.text.slice(start, start + 6))
      ) {
        vetoed = true;
        return;
      }
      if ((sentenceGuard && !sentenceGuard(s, start)) || (p.accept && !p.accept(s, m))) {
        if (testsVeto) vetoed = true;
        return;
      }
      let a = start;
      let b = end;
      while (a < b && /\s/.test(s.text[a] as string)) a++;
      while (b > a && /[\s,]/.test(s.text[b - 1] as string)) b--;
      hits.push({
        start: a,
        end: b,
        reason: p.reason ?? defaults.reason,
        suggestion: p.suggestion ?? defaults.suggestion,
      });
    });
  });
  return hits.sort((x, y) => x.start - y.start);
}
