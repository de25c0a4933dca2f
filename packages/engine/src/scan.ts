/**
 * One pass over a text tells, for every pattern of every rule, whether it can match there at all;
 * only the patterns (and, of a large alternation, the alternatives) that can are then run.
 *
 * From a pattern's source we work out a set of strings of which every match contains at least one
 * (`requiredLiterals`): for `\bi (?:was|got) so (?:tired|stressed)\b` that is "tired", "stressed"
 * or a longer string around them. The set is sound: where none of its strings occurs, the pattern
 * cannot match. All patterns' strings go into one Aho–Corasick automaton, so one walk over the
 * text finds every string present, for all patterns at once. A pattern whose matches need no
 * string of two characters or more (`\w+ing`, `a?`) is always run.
 *
 * This is the literal prefilter of Hyperscan and RE2 (`FilteredRE2`; Russ Cox, "Regular Expression
 * Matching with a Trigram Index", which keeps the exact set, prefixes and suffixes of each
 * sub-expression as below), with whole strings in place of trigrams.
 */

/** Above this many strings a set of exact matches becomes prefixes and suffixes. */
const MAX_EXACT = 32;
/** Above this many strings a set of prefixes, suffixes or required strings carries no information. */
const MAX_SET = 256;
/** Prefixes and suffixes are kept to this many characters. */
const AFFIX = 12;
/** A character class with more members than this is treated as any character. */
const MAX_CLASS = 24;
/** Required strings shorter than this filter too little to be worth looking for. */
const MIN_LITERAL = 2;

/**
 * Strings are compared on a canonical form of the text: ASCII letters in lower case, every
 * white-space character (those of `\s`) as a space and every digit as 0, so that `\s` and `\d`
 * are one character each. A pattern's own characters are canonicalised the same way (`canon`).
 */
function canonCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return 48;
  if (c === 32) return 32;
  if ((c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) return 32;
  if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return 32;
  return c;
}
/** A pattern's character (one UTF-16 unit) in the canonical form. */
const canon = (ch: string): string => String.fromCharCode(canonCode(ch.charCodeAt(0)));

type Node =
  | { t: 'alt'; alts: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'chars'; set: string[] | null }
  | { t: 'zero'; b: boolean; start?: boolean }
  | { t: 'rep'; body: Node; min: number; max: number };

const WIDE: Node = { t: 'chars', set: null };

class Unsupported extends Error {}

/** A small parser of JavaScript regular expression source, enough to bound how a match starts. */
class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly multiline = false,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Unsupported('unbalanced )');
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // A literal "{" (only outside unicode mode).
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // Lazy or greedy: the same places to start.
    if (atom.t === 'zero') return atom;
    return { t: 'rep', body: atom, min, max };
  }

  private atom(): Node {
    const c = this.src[this.i] as string;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false) as Node;
    this.i++;
    if (c === '.') return WIDE;
    if (c === '^') return { t: 'zero', b: false, start: !this.multiline };
    if (c === '$') return { t: 'zero', b: false };
    return { t: 'chars', set: [canon(c)] };
  }

  private group(): Node {
    const rest = this.src.slice(this.i, this.i + 4);
    let lookaround = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) [this.i, lookaround] = [this.i + 3, true];
    else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) [this.i, lookaround] = [this.i + 4, true];
    else if (rest.startsWith('(?<')) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Unsupported('group name');
      this.i = close + 1;
    } else if (rest.startsWith('(?')) throw new Unsupported('group modifier');
    else this.i += 1;
    const body = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return lookaround ? { t: 'zero', b: false } : body;
  }

  /** An escape; inside a class it returns the characters it stands for (null: too many). */
  private escape(inClass: boolean): Node | string[] | null {
    const c = this.src[this.i + 1];
    if (c === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    const one = (ch: string): Node | string[] => (inClass ? [ch] : { t: 'chars', set: [canon(ch)] });
    switch (c) {
      case 'b':
        return inClass ? ['\b'] : { t: 'zero', b: true };
      case 'B':
        if (inClass) throw new Unsupported('\\B in class');
        return { t: 'zero', b: false };
      case 'd':
        return inClass ? ['0'] : { t: 'chars', set: ['0'] };
      case 's':
        return inClass ? [' '] : { t: 'chars', set: [' '] };
      case 'D':
      case 'w':
      case 'W':
      case 'S':
        return inClass ? null : WIDE;
      case 'p':
      case 'P': {
        if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
        return inClass ? null : WIDE;
      }
      case 'k':
        if (this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
        return inClass ? null : WIDE;
      case 'n':
        return one('\n');
      case 'r':
        return one('\r');
      case 't':
        return one('\t');
      case 'f':
        return one('\f');
      case 'v':
        return one('\v');
      case '0':
        return one('\0');
      case 'x': {
        const hex = this.src.slice(this.i, this.i + 2);
        this.i += 2;
        return one(String.fromCharCode(parseInt(hex, 16)));
      }
      case 'u': {
        if (this.src[this.i] === '{') {
          const close = this.src.indexOf('}', this.i);
          const code = parseInt(this.src.slice(this.i + 1, close), 16);
          this.i = close + 1;
          if (code > 0xffff) return inClass ? null : WIDE;
          return one(String.fromCharCode(code));
        }
        const hex = this.src.slice(this.i, this.i + 4);
        this.i += 4;
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) return inClass ? null : WIDE;
        return one(String.fromCharCode(code));
      }
      case 'c':
        throw new Unsupported('control escape');
      default:
        if (c >= '1' && c <= '9') {
          while (/\d/.test(this.src[this.i] ?? '')) this.i++;
          return inClass ? null : WIDE; // A back-reference.
        }
        return one(c);
    }
  }

  private charClass(): Node {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let members: string[] | null = [];
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let from: string[] | null;
      if (this.src[this.i] === '\\') from = this.escape(true) as string[] | null;
      else from = [this.src[this.i++] as string];
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && from?.length === 1) {
        this.i++;
        let to: string[] | null;
        if (this.src[this.i] === '\\') to = this.escape(true) as string[] | null;
        else to = [this.src[this.i++] as string];
        if (to?.length !== 1) throw new Unsupported('class range');
        const a = (from[0] as string).charCodeAt(0);
        const z = (to[0] as string).charCodeAt(0);
        if (z - a > MAX_CLASS || members === null) members = null;
        else for (let code = a; code <= z; code++) members.push(canon(String.fromCharCode(code)));
        continue;
      }
      if (from === null || members === null) members = null;
      else members.push(...from.map(canon));
    }
    if (this.src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    if (negated || members === null || members.length > MAX_CLASS) return WIDE;
    // In unicode mode a class member may be a whole astral code point: do not split it.
    if (members.some((m) => m.charCodeAt(0) >= 0xd800 && m.charCodeAt(0) <= 0xdfff)) return WIDE;
    return { t: 'chars', set: [...new Set(members)] };
  }
}

/**
 * A pattern character (already canonical) as the automaton compares it: in a case-insensitive
 * pattern a non-ASCII letter, which may match its other case, stands for any character (null).
 */
function fold(ch: string, ci: boolean): string | null {
  return ci && ch.charCodeAt(0) > 127 && ch.toLowerCase() !== ch.toUpperCase() ? null : ch;
}

/** What is known of the strings a sub-expression matches (after Cox's trigram index). */
interface Info {
  /** Every string it can match, when they are few; null otherwise. */
  exact: string[] | null;
  /** Every match starts with one of these ('' among them: nothing known). */
  prefix: string[];
  /** Every match ends with one of these. */
  suffix: string[];
  /** Every match contains one of these; null when nothing is known. */
  required: string[] | null;
}

const ANY: Info = { exact: null, prefix: [''], suffix: [''], required: null };
const EMPTY: Info = { exact: [''], prefix: [''], suffix: [''], required: null };

const unique = (strings: string[]): string[] => [...new Set(strings)];
const head = (s: string): string => s.slice(0, AFFIX);
const tail = (s: string): string => (s.length > AFFIX ? s.slice(s.length - AFFIX) : s);
const affixes = (strings: string[] | null): string[] =>
  strings && strings.length <= MAX_SET ? strings : [''];

/** Every concatenation of a string of `a` with one of `b`, or null when there would be too many. */
function cross(a: readonly string[], b: readonly string[], limit = MAX_SET): string[] | null {
  if (a.length * b.length > limit) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return unique(out);
}

/** How well a set of required strings filters: its shortest string's length, less a little for size. */
function worth(set: readonly string[] | null): number {
  if (!set || set.length === 0 || set.length > MAX_SET) return 0;
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return Math.min(shortest, 16) - Math.log2(set.length) / 8;
}

const best = (...sets: Array<string[] | null>): string[] | null =>
  sets.reduce<string[] | null>((a, b) => (worth(b) > worth(a) ? b : a), null);

/** The prefixes, suffixes and required strings of an info with an exact set. */
function opened(info: Info): Info {
  if (!info.exact) return info;
  return {
    exact: info.exact,
    prefix: unique(info.exact.map(head)),
    suffix: unique(info.exact.map(tail)),
    required: info.exact.includes('') ? null : info.exact,
  };
}

function concat(x: Info, y: Info): Info {
  if (x.exact && y.exact) {
    const exact = cross(x.exact, y.exact, MAX_EXACT);
    if (exact) return { exact, prefix: [], suffix: [], required: null };
  }
  const ox = opened(x);
  const oy = opened(y);
  // Where the strings of x followed by the starts of y are too many, x's own strings still start
  // every match (and y's end it).
  const crossed = x.exact ? affixes(cross(x.exact, oy.prefix)?.map(head) ?? null) : ox.prefix;
  const prefix = x.exact && crossed.includes('') && !ox.prefix.includes('') ? ox.prefix : crossed;
  const ending = y.exact ? affixes(cross(ox.suffix, y.exact)?.map(tail) ?? null) : oy.suffix;
  const suffix = y.exact && ending.includes('') && !oy.suffix.includes('') ? oy.suffix : ending;
  const bridge = cross(x.exact ?? ox.suffix, y.exact ?? oy.prefix);
  return {
    exact: null,
    prefix: prefix.length ? unique(prefix) : [''],
    suffix: suffix.length ? unique(suffix) : [''],
    required: best(ox.required, oy.required, bridge),
  };
}

function alternation(infos: Info[]): Info {
  if (infos.every((i) => i.exact)) {
    const exact = unique(infos.flatMap((i) => i.exact as string[]));
    if (exact.length <= MAX_EXACT) return { exact, prefix: [], suffix: [], required: null };
  }
  const open = infos.map(opened);
  const all = (pick: (i: Info) => string[] | null): string[] | null => {
    const sets = open.map(pick);
    if (sets.some((s) => s === null)) return null;
    const joined = unique(sets.flat() as string[]);
    return joined.length <= MAX_SET ? joined : null;
  };
  return {
    exact: null,
    prefix: affixes(all((i) => i.prefix)),
    suffix: affixes(all((i) => i.suffix)),
    required: all((i) => i.required),
  };
}

function repeat(body: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && body.exact && body.exact.length < MAX_EXACT) {
      return { exact: unique([...body.exact, '']), prefix: [], suffix: [], required: null };
    }
    return ANY;
  }
  if (min === max && body.exact) {
    let exact: string[] | null = [''];
    for (let k = 0; k < min && exact; k++) exact = cross(exact, body.exact, MAX_EXACT);
    if (exact) return { exact, prefix: [], suffix: [], required: null };
  }
  const open = opened(body);
  return { exact: null, prefix: open.prefix, suffix: open.suffix, required: open.required };
}

function infoOf(node: Node, ci: boolean): Info {
  switch (node.t) {
    case 'chars': {
      if (node.set === null || node.set.length === 0) return ANY;
      const set: string[] = [];
      for (const ch of node.set) {
        const f = fold(ch, ci);
        if (f === null) return ANY;
        set.push(f);
      }
      return { exact: unique(set), prefix: [], suffix: [], required: null };
    }
    case 'zero':
      return EMPTY;
    case 'alt':
      return alternation(node.alts.map((a) => infoOf(a, ci)));
    case 'rep':
      return repeat(infoOf(node.body, ci), node.min, node.max);
    case 'seq':
      return node.items.reduce((acc, item) => concat(acc, infoOf(item, ci)), EMPTY);
  }
}

/** True when every match of `node` starts at the start of the text (it opens with `^`). */
function atStart(node: Node): boolean {
  if (node.t === 'zero') return node.start === true;
  if (node.t === 'alt') return node.alts.every(atStart);
  if (node.t === 'seq') return node.items.length > 0 && atStart(node.items[0] as Node);
  return false;
}

/** True when every match of `node` starts where a word starts or ends (it opens with `\b`). */
function atEdge(node: Node): boolean {
  if (node.t === 'zero') return node.b;
  if (node.t === 'alt') return node.alts.every(atEdge);
  if (node.t === 'seq') return node.items.length > 0 && atEdge(node.items[0] as Node);
  return false;
}

/** What a pattern's matches are known to contain and to start with. */
export interface Literals {
  /** Every match contains one of these (at least two characters each), or undefined. */
  required: string[] | undefined;
  /** Every match starts with one of these (at most KEY characters each), or undefined. */
  keys: string[] | undefined;
  /** Every match starts where a word starts or ends. */
  edge: boolean;
  /** Every match starts at the start of the text (then `keys` is empty). */
  start: boolean;
}

const NO_LITERALS: Literals = { required: undefined, keys: undefined, edge: false, start: false };
/** True when something is known of a pattern's matches: its required strings or its start. */
const known = (l: Literals): boolean => l.keys !== undefined || l.required !== undefined;

/** Longest start key: long enough to tell "you" from "your", short enough to stay few. */
const KEY = 4;
/** Longest required string looked for, and most of them per pattern. */
const CORE = 10;
const MAX_REQUIRED = 256;

/**
 * The strings every match of `re` contains (`required`) and begins with (`keys`), in the canonical
 * form the text is compared in (see `canonCode`).
 */
export function literalsOf(re: RegExp): Literals {
  const ci = re.flags.includes('i');
  if (ci && (re.flags.includes('u') || re.flags.includes('v'))) return NO_LITERALS; // Unicode case folding.
  try {
    const node = new Parser(re.source, re.flags.includes('m')).parse();
    const info = opened(infoOf(node, ci));
    const prefix = info.prefix.includes('') || info.prefix.length > MAX_SET ? null : info.prefix;
    const set = best(info.required, prefix);
    const required =
      !set || set.length > MAX_REQUIRED || set.some((x) => x.length < MIN_LITERAL)
        ? undefined
        : unique(set.map(core));
    const start = atStart(node);
    const keys = start ? [] : prefix ? unique(prefix.map((x) => x.slice(0, KEY))) : undefined;
    return { required, keys, edge: atEdge(node), start };
  } catch (error) {
    if (error instanceof Unsupported) return NO_LITERALS;
    throw error;
  }
}

const LETTERS = /[a-z']+/g;

/**
 * The part of a required string worth looking for: its longest word when that is long enough to
 * be telling ("stressed" of "i was so stressed"), else its first characters. Any part of a
 * required string is required too; short ones keep the automaton small.
 */
function core(s: string): string {
  let word = '';
  for (const m of s.matchAll(LETTERS)) if (m[0].length > word.length) word = m[0];
  if (word.length >= 5) return word.slice(0, CORE);
  return s.slice(0, CORE);
}

/**
 * Strings of which every match of `re` contains at least one; undefined when no such set filters
 * (a match may be almost anything).
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  return literalsOf(re).required;
}

// Splitting a large alternation, so that at each place only the alternatives that can start there
// are tried.

/**
 * The offsets of `(`, `)` and `|` in `source[from, to)` that are syntax: not escaped, not inside a
 * character class. Every walk over a pattern's structure below goes through it.
 */
function syntax(source: string, from = 0, to = source.length): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  let inClass = false;
  for (let i = from; i < to; i++) {
    const c = source[i] as string;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') found.push([i, c]);
  }
  return found;
}

/** True when the source has a capturing group (numbered or named): then it is never split. */
function captures(source: string): boolean {
  return syntax(source).some(
    ([i, c]) =>
      c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && !'=!'.includes(source[i + 3] ?? ''))),
  );
}

/** The `|` offsets of `source[from, to)` outside any group. */
function bars(source: string, from: number, to: number): number[] {
  const found: number[] = [];
  let depth = 0;
  for (const [i, c] of syntax(source, from, to)) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) found.push(i);
  }
  return found;
}

/** The offset of the `)` closing the group that opens at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  for (const [i, c] of syntax(source, open)) {
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A prefix that matches in one way only (assertions and single characters): safe to repeat per alternative. */
function fixed(source: string): boolean {
  try {
    const node = new Parser(source).parse();
    const items = node.t === 'seq' ? node.items : [node];
    return items.every((n) => n.t === 'zero' || n.t === 'chars');
  } catch {
    return false;
  }
}

/**
 * The alternatives of `source` as whole patterns, when it is `A|B|…` or `P(?:A|B|…)S` with a fixed
 * `P`: at one place, trying `PAS`, then `PBS`, … finds what the whole pattern finds there.
 */
function alternatives(source: string): string[] | undefined {
  if (captures(source)) return undefined;
  const top = bars(source, 0, source.length);
  const cut = (from: number, to: number, at: number[]): string[] => {
    const out: string[] = [];
    let start = from;
    for (const b of at) {
      out.push(source.slice(start, b));
      start = b + 1;
    }
    out.push(source.slice(start, to));
    return out;
  };
  if (top.length > 0) return cut(0, source.length, top);
  let depth = 0;
  for (const [i, c] of syntax(source)) {
    if (c === ')') depth--;
    if (c !== '(') continue;
    if (depth === 0 && source.startsWith('(?:', i)) {
      const end = closing(source, i);
      if (end < 0) return undefined;
      // A group that only wraps another, "(?:(?:a|b))", is split at the inner group's bars.
      let from = i + 3;
      let to = end;
      while (source.startsWith('(?:', from) && closing(source, from) === to - 1) {
        from += 3;
        to -= 1;
      }
      const inner = bars(source, from, to);
      if (inner.length > 0 && !/^[?*+{]/.test(source.slice(end + 1))) {
        const before = source.slice(0, i);
        if (!fixed(before)) return undefined;
        const after = source.slice(end + 1);
        return cut(from, to, inner).map((a) => `${before}(?:${a})${after}`);
      }
    }
    depth++;
  }
  return undefined;
}

/** The alternatives of `source`, split again where an alternative is itself an alternation. */
function flatten(source: string, depth = 0): string[] {
  const alts = depth < 4 ? alternatives(source) : undefined;
  if (!alts || alts.length < 2) return [source];
  return alts.flatMap((a) => flatten(a, depth + 1));
}

// ---------------------------------------------------------------------------------------------
// The table of every pattern seen, the automaton of their strings, and what one text holds.

interface Part {
  /** Its pattern's id, and its number among the pattern's parts. */
  entry: number;
  index: number;
  /** Tried at one place. */
  sticky: RegExp;
  /** Scanned over the text (for a pattern whose start is not known). */
  global: RegExp;
  /** Its number among all parts of all patterns. */
  code: number;
  required: string[] | undefined;
  keys: string[] | undefined;
  edge: boolean;
}

interface Entry {
  id: number;
  /** The whole pattern, global. */
  whole: RegExp;
  /** The pattern, or each of its alternatives in order. */
  parts: Part[];
  /** Every part's start is known: the pattern runs anchored at its places, never scanned. */
  anchored: boolean;
  /** A part has no required strings: it may match in any text. */
  always: boolean;
  /** Whether its strings are in the automaton (until they are, it is scanned whole). */
  built: boolean;
  /** Patterns of some of its alternatives joined, by the alternatives' numbers. */
  some: Map<string, RegExp>;
}

/** Patterns in the table at most: patterns built per call beyond it are scanned whole. */
const MAX_ENTRIES = 50_000;
/** Alternatives joined into one pattern, per pattern at most (beyond: the whole pattern runs). */
const MAX_JOINED = 64;

const entries = new WeakMap<RegExp, Entry | null>();
const bySource = new Map<string, Entry | null>();
const table: Entry[] = [];
/** Every part of every pattern, by its code. */
const byCode: Part[] = [];
/** Codes of the parts that can only start at the start of the text. */
const atTextStart: number[] = [];
let pending = 0;
/** Off only to compare against a whole scan of every pattern (tests and the benchmark). */
let indexing = true;

/** Turns the prefilter off or on; results are the same either way, only the speed differs. */
export function setIndexing(on: boolean): void {
  indexing = on;
}

const withFlags = (source: string, flags: string, extra: 'g' | 'y'): RegExp =>
  new RegExp(source, `${flags.replace(/[gy]/g, '')}${extra}`);

function register(re: RegExp): Entry | null {
  const whole = literalsOf(re);
  let sources = [re.source];
  let literals = [whole];
  const alts = flatten(re.source);
  if (alts.length > 1) {
    const split = alts.map((a) => {
      try {
        return literalsOf(new RegExp(a, re.flags));
      } catch {
        return NO_LITERALS;
      }
    });
    // Split where each alternative's start or strings are known, or where the whole's are not.
    if (split.every(known) || (!known(whole) && split.some(known))) {
      sources = alts;
      literals = split;
    }
  }
  if (!literals.some(known)) return null;
  const id = table.length;
  const global = withFlags(re.source, re.flags, 'g');
  const parts = sources.map((source, i): Part => {
    const l = literals[i] as Literals;
    const part: Part = {
      entry: id,
      index: i,
      sticky: withFlags(source, re.flags, 'y'),
      global: sources.length === 1 ? global : withFlags(source, re.flags, 'g'),
      code: byCode.length,
      ...l,
    };
    byCode.push(part);
    if (l.start) atTextStart.push(part.code);
    return part;
  });
  const entry: Entry = {
    id,
    whole: global,
    parts,
    anchored: parts.every((p) => p.keys !== undefined),
    always: parts.some((p) => p.required === undefined),
    built: false,
    some: new Map(),
  };
  table.push(entry);
  pending++;
  return entry;
}

function entryOf(re: RegExp): Entry | null {
  if (!indexing || re.sticky) return null;
  let entry = entries.get(re);
  if (entry !== undefined) return entry;
  const source = `${re.flags}/${re.source}`;
  entry = bySource.get(source);
  if (entry === undefined) {
    entry = table.length < MAX_ENTRIES ? register(re) : null;
    bySource.set(source, entry);
  }
  entries.set(re, entry);
  return entry;
}

/**
 * An Aho–Corasick automaton of every pattern's required strings and start keys. A state stands
 * for one string (its depth is the string's length). Characters are numbered by a table (0: in no
 * string), and transitions kept in an open-addressing hash of state × symbols + symbol.
 */
class Automaton {
  readonly symbol = new Uint16Array(65536);
  /** The symbol of each character of a text, read in the canonical form (`symbol[canonCode(c)]`). */
  readonly textSymbol = new Uint16Array(65536);
  symbols = 1;
  private readonly edgesTo = new Map<number, number>();
  keys: Int32Array = new Int32Array(0);
  values: Int32Array = new Int32Array(0);
  mask = 0;
  readonly depth: number[] = [0];
  /** Per state: codes of the parts that require its string, that may start with it, at a word edge. */
  readonly needs: number[][] = [[]];
  readonly starts: number[][] = [[]];
  readonly edges: number[][] = [[]];
  fail: Int32Array = new Int32Array(1);
  /**
   * The transitions with the failure links folded in (state × symbols + symbol: the next state),
   * so that the walk reads one number per character; undefined for an automaton too large for it.
   */
  delta: Uint16Array | undefined;
  /** The lists of `needs`, `starts` and `edges` end to end: state s's run from at[s] to at[s + 1]. */
  needAt: Int32Array = new Int32Array(2);
  needCodes: Int32Array = new Int32Array(0);
  startAt: Int32Array = new Int32Array(2);
  startCodes: Int32Array = new Int32Array(0);
  edgeAt: Int32Array = new Int32Array(2);
  edgeCodes: Int32Array = new Int32Array(0);
  /** Per part code: its entry's id, its number in the entry, and 1 when it requires no string. */
  readonly codeEntry: Int32Array;
  readonly codeIndex: Int32Array;
  readonly codeFree: Uint8Array;
  /** The nearest state on the failure chain (itself included) with needs, or with starts; or 0. */
  needOut: Int32Array = new Int32Array(1);
  startOut: Int32Array = new Int32Array(1);
  readonly parts = byCode.length;
  readonly entries = table.length;

  constructor(included: readonly Entry[]) {
    const all: Array<[string, number, number[][]]> = [];
    for (const entry of included) {
      for (const part of entry.parts) {
        for (const s of part.required ?? []) all.push([s, part.code, this.needs]);
        for (const s of part.keys ?? []) all.push([s, part.code, part.edge ? this.edges : this.starts]);
      }
    }
    for (const [s] of all) {
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (this.symbol[c] === 0) this.symbol[c] = this.symbols++;
      }
    }
    for (const [s, code, into] of all) this.add(s, code, into);
    for (let c = 0; c < 65536; c++) this.textSymbol[c] = this.symbol[canonCode(c)] as number;
    const n = this.depth.length;
    // The transitions, hashed: keys are state × symbols + symbol (-1: empty).
    let size = 1;
    while (size < this.edgesTo.size * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    const children: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
    for (const [key, to] of this.edgesTo) {
      let h = hash(key) & this.mask;
      while (this.keys[h] !== -1) h = (h + 1) & this.mask;
      this.keys[h] = key;
      this.values[h] = to;
      const from = Math.floor(key / this.symbols);
      (children[from] as Array<[number, number]>).push([key - from * this.symbols, to]);
    }
    this.fail = new Int32Array(n);
    this.needOut = new Int32Array(n);
    this.startOut = new Int32Array(n);
    // Breadth first: a state's failure is the longest proper suffix of its string that is a state.
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      for (const [y, to] of children[state] as Array<[number, number]>) {
        let target = 0;
        if (state !== 0) {
          for (let f = this.fail[state] as number; ; f = this.fail[f] as number) {
            const t = this.go(f, y);
            if (t >= 0) {
              target = t;
              break;
            }
            if (f === 0) break;
          }
        }
        this.fail[to] = target;
        this.needOut[to] = (this.needs[to] as number[]).length > 0 ? to : (this.needOut[target] as number);
        const starts = (this.starts[to] as number[]).length + (this.edges[to] as number[]).length;
        this.startOut[to] = starts > 0 ? to : (this.startOut[target] as number);
        queue.push(to);
      }
    }
    [this.needAt, this.needCodes] = flat(this.needs);
    [this.startAt, this.startCodes] = flat(this.starts);
    [this.edgeAt, this.edgeCodes] = flat(this.edges);
    this.codeEntry = new Int32Array(this.parts);
    this.codeIndex = new Int32Array(this.parts);
    this.codeFree = new Uint8Array(this.parts);
    for (let code = 0; code < this.parts; code++) {
      const part = byCode[code] as Part;
      this.codeEntry[code] = part.entry;
      this.codeIndex[code] = part.index;
      this.codeFree[code] = part.required === undefined ? 1 : 0;
    }
    if (n <= 0xffff && n * this.symbols <= MAX_DELTA) {
      const S = this.symbols;
      const delta = new Uint16Array(n * S);
      // Breadth first, so that a state's failure (shallower) has its row before the state: a row is
      // its failure's row (the root's: all 0), with the state's own transitions written over it.
      for (const state of queue) {
        const row = state * S;
        if (state !== 0) {
          const failRow = (this.fail[state] as number) * S;
          delta.copyWithin(row, failRow, failRow + S);
        }
        for (const [y, to] of children[state] as Array<[number, number]>) delta[row + y] = to;
      }
      this.delta = delta;
    }
  }

  /** The state after `state` reads symbol `y`, or -1. */
  go(state: number, y: number): number {
    const key = state * this.symbols + y;
    for (let h = hash(key) & this.mask; ; h = (h + 1) & this.mask) {
      const k = this.keys[h] as number;
      if (k === key) return this.values[h] as number;
      if (k === -1) return -1;
    }
  }

  private add(s: string, code: number, into: number[][]): void {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const key = state * this.symbols + (this.symbol[s.charCodeAt(i)] as number);
      let to = this.edgesTo.get(key);
      if (to === undefined) {
        to = this.depth.length;
        this.depth.push(i + 1);
        this.needs.push([]);
        this.starts.push([]);
        this.edges.push([]);
        this.edgesTo.set(key, to);
      }
      state = to;
    }
    const list = into[state] as number[];
    if (list[list.length - 1] !== code) list.push(code);
  }
}

/** Most entries of the folded transition table (2 bytes each). */
const MAX_DELTA = 1 << 22;

/** Lists end to end, with where each starts (and, last, where the final one ends). */
function flat(lists: readonly number[][]): [Int32Array, Int32Array] {
  const at = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    at[i] = total;
    total += list.length;
  });
  at[lists.length] = total;
  const codes = new Int32Array(total);
  lists.forEach((list, i) => codes.set(list, at[i]));
  return [at, codes];
}

/** Fibonacci hashing of a transition key. */
const hash = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 7;

let automaton: Automaton | undefined;
/** Runs of patterns not yet in the automaton since it was built. */
let unbuiltRuns = 0;

/**
 * Builds the automaton again when many patterns were added since it was built, or when the ones
 * added are in use: a rule's table soon is, a pattern made for one call seldom.
 */
function current(force = false): Automaton {
  if (!automaton || pending > 16 + table.length / 2 || (pending > 0 && (force || unbuiltRuns > 50_000))) {
    for (const entry of table) entry.built = true;
    automaton = new Automaton(table);
    pending = 0;
    unbuiltRuns = 0;
    for (const index of pool) index.text = undefined;
  }
  return automaton;
}

/**
 * True when the entry is in the automaton (building it again if it is due); a run of an entry not
 * yet in it is counted towards the next build.
 */
function built(entry: Entry): boolean {
  if (entry.built) return true;
  current();
  if (!entry.built) unbuiltRuns++;
  return entry.built;
}

/** Puts patterns into the automaton now, rather than when they have been used a while. */
export function prepare(patterns: Iterable<RegExp>): void {
  for (const re of patterns) entryOf(re);
  if (indexing) current(true);
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** What one text holds: the parts whose strings occur in it, and where each pattern may start. */
class Index {
  text: string | undefined = undefined;
  /** Counts the texts read; the lists below hold this text's where they carry this number. */
  generation = 0;
  /** Per part code: the generation in which its required strings were found. */
  private needed = new Uint32Array(256);
  /** Per entry: the generation in which the strings of one of its parts were found. */
  private entryNeeded = new Uint32Array(256);
  /** Per automaton state: the generation in which its needs were read. */
  private seen = new Uint32Array(256);
  /**
   * Per entry: the generation of its places, how many numbers its list has (place, part, place,
   * part, …), whether they need sorting, the last pair placed, and where its list starts in `places`.
   */
  private stamp = new Uint32Array(256);
  private size = new Uint32Array(256);
  private unsorted = new Uint8Array(256);
  private lastAt = new Int32Array(256);
  private lastPart = new Int32Array(256);
  private offset = new Int32Array(256);
  /** The entries placed in this text, in the order first placed, and how many. */
  private touched = new Int32Array(256);
  private touchedCount = 0;
  /** Pairs placed in the walk's order (entry, place, part, …), and how many numbers. */
  private placed = new Int32Array(768);
  private placedCount = 0;
  /** Every entry's list, one after another (see `offset`). */
  private places = new Int32Array(512);
  /** Where start keys ended in the text, and in which state (place, state, …). */
  private hits = new Int32Array(256);

  build(text: string, a: Automaton): void {
    this.text = text;
    if (this.needed.length < a.parts) this.needed = new Uint32Array(a.parts * 2);
    if (this.seen.length < a.depth.length) this.seen = new Uint32Array(a.depth.length);
    if (this.stamp.length < a.entries) {
      this.stamp = new Uint32Array(a.entries * 2);
      this.entryNeeded = new Uint32Array(a.entries * 2);
      this.size = new Uint32Array(a.entries * 2);
      this.unsorted = new Uint8Array(a.entries * 2);
      this.lastAt = new Int32Array(a.entries * 2);
      this.lastPart = new Int32Array(a.entries * 2);
      this.offset = new Int32Array(a.entries * 2);
      this.touched = new Int32Array(a.entries * 2);
    }
    this.touchedCount = 0;
    this.placedCount = 0;
    if (++this.generation === 0xffffffff) {
      this.needed.fill(0);
      this.seen.fill(0);
      this.stamp.fill(0);
      this.entryNeeded.fill(0);
      this.generation = 1;
    }
    const g = this.generation;
    const { textSymbol, fail, needOut, startOut, depth, needAt, needCodes, codeEntry, codeFree } = a;
    const { startAt, startCodes, edgeAt, edgeCodes } = a;
    const { needed, entryNeeded, seen } = this;
    let hits = 0;
    let state = 0;
    const delta = a.delta;
    const S = a.symbols;
    for (let p = 0; p < text.length; p++) {
      const y = textSymbol[text.charCodeAt(p)] as number;
      if (y === 0) {
        state = 0; // A character in no string: no string spans it.
        continue;
      }
      if (delta !== undefined) state = delta[state * S + y] as number;
      else
        for (;;) {
          const to = a.go(state, y);
          if (to >= 0) {
            state = to;
            break;
          }
          if (state === 0) break;
          state = fail[state] as number;
        }
      // A state's needs are read once per text: the rest of its failure chain was read with it.
      for (
        let s = needOut[state] as number;
        s !== 0 && seen[s] !== g;
        s = needOut[fail[s] as number] as number
      ) {
        seen[s] = g;
        for (let k = needAt[s] as number, end = needAt[s + 1] as number; k < end; k++) {
          const code = needCodes[k] as number;
          needed[code] = g;
          entryNeeded[codeEntry[code] as number] = g;
        }
      }
      if (startOut[state] !== 0) {
        if (hits + 2 > this.hits.length) {
          const grown = new Int32Array(this.hits.length * 2);
          grown.set(this.hits);
          this.hits = grown;
        }
        this.hits[hits++] = p;
        this.hits[hits++] = state;
      }
    }
    // Places only for the parts whose strings were found: the others cannot match.
    if (text.length > 0)
      for (const code of atTextStart)
        if (code < a.parts && (codeFree[code] === 1 || needed[code] === g)) this.place(code, 0, a);
    for (let h = 0; h < hits; h += 2) {
      const p = this.hits[h] as number;
      for (
        let s = startOut[this.hits[h + 1] as number] as number;
        s !== 0;
        s = startOut[fail[s] as number] as number
      ) {
        const at = p - (depth[s] as number) + 1;
        for (let k = startAt[s] as number, end = startAt[s + 1] as number; k < end; k++) {
          const code = startCodes[k] as number;
          if (codeFree[code] === 1 || needed[code] === g) this.place(code, at, a);
        }
        const from = edgeAt[s] as number;
        const to = edgeAt[s + 1] as number;
        if (from < to) {
          const inside = at > 0 && isWordCode(text.charCodeAt(at - 1));
          if (inside !== isWordCode(text.charCodeAt(at)))
            for (let k = from; k < to; k++) {
              const code = edgeCodes[k] as number;
              if (codeFree[code] === 1 || needed[code] === g) this.place(code, at, a);
            }
        }
      }
    }
    this.gather();
  }

  /** Puts each entry's places together, in the order placed. */
  private gather(): void {
    const { touched, size, offset, placed } = this;
    let total = 0;
    for (let t = 0; t < this.touchedCount; t++) {
      const id = touched[t] as number;
      offset[id] = total;
      total += size[id] as number;
    }
    if (this.places.length < total) this.places = new Int32Array(total * 2);
    const places = this.places;
    // `lastAt` is free again once every pair is placed: it serves as each list's cursor.
    const cursor = this.lastAt;
    for (let t = 0; t < this.touchedCount; t++) {
      const id = touched[t] as number;
      cursor[id] = offset[id] as number;
    }
    for (let k = 0; k < this.placedCount; k += 3) {
      const id = placed[k] as number;
      const c = cursor[id] as number;
      places[c] = placed[k + 1] as number;
      places[c + 1] = placed[k + 2] as number;
      cursor[id] = c + 2;
    }
  }

  private place(code: number, at: number, a: Automaton): void {
    const g = this.generation;
    const id = a.codeEntry[code] as number;
    const part = a.codeIndex[code] as number;
    if (this.stamp[id] !== g) {
      this.stamp[id] = g;
      this.size[id] = 2;
      this.unsorted[id] = 0;
      this.touched[this.touchedCount++] = id;
    } else {
      const last = this.lastAt[id] as number;
      if (last === at && this.lastPart[id] === part) return;
      if (at < last) this.unsorted[id] = 1;
      this.size[id] = (this.size[id] as number) + 2;
    }
    this.lastAt[id] = at;
    this.lastPart[id] = part;
    if (this.placedCount + 3 > this.placed.length) {
      const grown = new Int32Array(this.placed.length * 2);
      grown.set(this.placed);
      this.placed = grown;
    }
    const k = this.placedCount;
    this.placed[k] = id;
    this.placed[k + 1] = at;
    this.placed[k + 2] = part;
    this.placedCount = k + 3;
  }

  /** True when the part's required strings occur in the text (or it has none). */
  can(part: Part): boolean {
    return part.required === undefined || this.needed[part.code] === this.generation;
  }

  /**
   * The places of an anchored entry (place, part, place, part, …, ordered by place, then part):
   * the list and where its numbers start and end in it; the list is the index's own, not to be changed.
   */
  placesOf(entry: Entry): [Int32Array, number, number] {
    const id = entry.id;
    if (this.stamp[id] !== this.generation) return [NONE, 0, 0];
    const list = this.places;
    const start = this.offset[id] as number;
    const end = start + (this.size[id] as number);
    if (this.unsorted[id] === 1) {
      const pairs: Array<[number, number]> = [];
      for (let i = start; i < end; i += 2) pairs.push([list[i] as number, list[i + 1] as number]);
      pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      pairs.forEach(([at, part], i) => {
        list[start + 2 * i] = at;
        list[start + 2 * i + 1] = part;
      });
      this.unsorted[id] = 0;
    }
    return [list, start, end];
  }

  /** True when the entry of this id has a place in the text. */
  hasPlaces(id: number): boolean {
    return this.stamp[id] === this.generation;
  }

  /** True when the strings of one of the parts of the entry of this id occur in the text. */
  needs(id: number): boolean {
    return this.entryNeeded[id] === this.generation;
  }

  /** False when the entry certainly does not match in the text. */
  may(entry: Entry): boolean {
    const id = entry.id;
    if (entry.anchored) return this.stamp[id] === this.generation;
    return entry.always || this.entryNeeded[id] === this.generation;
  }
}

const NONE = new Int32Array(0);

/** The last few texts read: a rule looking at a sentence and the one before it keeps both. */
const pool: Index[] = [new Index(), new Index(), new Index(), new Index()];

function indexFor(text: string): Index {
  const a = current();
  for (let i = 0; i < pool.length; i++) {
    const index = pool[i] as Index;
    if (index.text === text) {
      if (i > 0) {
        pool.splice(i, 1);
        pool.unshift(index);
      }
      return index;
    }
  }
  const index = pool.pop() as Index;
  index.build(text, a);
  pool.unshift(index);
  return index;
}

/** Builds the index of a text now, as the first rule to read it would (for the benchmark's breakdown). */
export function prime(text: string): void {
  if (indexing) indexFor(text);
}

/** For a pattern whose start is not known: the whole, one alternative, or those that can match. */
function scanner(entry: Entry, index: Index): RegExp | null {
  const { parts } = entry;
  if (parts.length === 1) return index.can(parts[0] as Part) ? entry.whole : null;
  const alive: number[] = [];
  for (let i = 0; i < parts.length; i++) if (index.can(parts[i] as Part)) alive.push(i);
  if (alive.length === 0) return null;
  if (alive.length === 1) return (parts[alive[0] as number] as Part).global;
  if (alive.length === parts.length) return entry.whole;
  const key = alive.join(',');
  let joined = entry.some.get(key);
  if (!joined) {
    if (entry.some.size >= MAX_JOINED) return entry.whole;
    joined = new RegExp(alive.map((i) => (parts[i] as Part).global.source).join('|'), entry.whole.flags);
    entry.some.set(key, joined);
  }
  return joined;
}

/**
 * Calls `each` with every match a global scan from the start would find (a zero-length match moves
 * the scan on by one), or only the first when `all` is false. An anchored pattern is tried at its
 * places in order; at one place its alternatives in their order in the pattern, as the whole
 * pattern would try them.
 */
function run(entry: Entry, text: string, all: boolean, each: (m: RegExpExecArray) => void): void {
  if (!built(entry)) {
    scan(entry.whole, text, all, each);
    return;
  }
  const index = indexFor(text);
  if (!entry.anchored) {
    const re = scanner(entry, index);
    if (re !== null) scan(re, text, all, each);
    return;
  }
  const [found, start, end] = index.placesOf(entry);
  // A part is placed only where its strings were found, so it can match there while the index
  // still holds this text (`each` may read others and the index be rebuilt for one of them).
  const generation = index.generation;
  const parts = entry.parts;
  let from = 0;
  for (let i = start; i < end;) {
    const p = found[i] as number;
    let j = i + 2;
    while (j < end && found[j] === p) j += 2;
    if (p >= from) {
      let last = -1;
      for (let k = i + 1; k < j; k += 2) {
        const n = found[k] as number;
        if (n === last) continue;
        last = n;
        const part = parts[n] as Part;
        if (index.generation !== generation && !index.can(part)) continue;
        const re = part.sticky;
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m) continue;
        from = p + Math.max(1, m[0].length);
        each(m);
        if (!all) return;
        break;
      }
    }
    i = j;
  }
}

/** A plain global scan (a zero-length match moves it on by one). */
function scan(global: RegExp, text: string, all: boolean, each: (m: RegExpExecArray) => void): void {
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    const end = global.lastIndex;
    each(m);
    if (!all) return;
    global.lastIndex = m[0].length === 0 ? end + 1 : end;
  }
}

const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = withFlags(re.source, re.flags, 'g');
    globals.set(re, g);
  }
  return g;
}

/**
 * Calls `each` for every match of `re` in `text`, as a global scan from the start would find them
 * (a zero-length match moves the scan on by one); without the `g` flag, for the first match only.
 */
export function forEachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  const entry = entryOf(re);
  if (entry === null) scan(re.global || re.sticky ? re : globalOf(re), text, re.global, each);
  else run(entry, text, re.global, each);
}

/** True when `re` matches anywhere in `text`: what `re.test(text)` finds from the start. */
export function matches(re: RegExp, text: string): boolean {
  const entry = entryOf(re);
  if (entry === null) {
    const saved = re.lastIndex;
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = saved;
    return found;
  }
  matched = false;
  run(entry, text, false, onMatch);
  return matched;
}

/** Whether the last `run` of `matches` found a match (its callback runs no other code). */
let matched = false;
const onMatch = (): void => {
  matched = true;
};

/** A table's entries, and once every one of them is in the automaton, their ids and how to test them. */
interface Table {
  known: Array<Entry | null>;
  /** Per pattern: its entry's id (-1: none, it may always match), and the test (MAY_*). */
  ids: Int32Array | undefined;
  tests: Uint8Array | undefined;
}

/** How a table's pattern is tested on an index: it always may, by its places, or by its strings. */
const MAY_ALWAYS = 0;
const MAY_PLACED = 1;
const MAY_NEEDED = 2;

const sets = new WeakMap<readonly { re: RegExp }[], Table>();

/** The ids and tests of a table whose entries are all in the automaton (built entries stay built). */
function compiled(table: Table): boolean {
  if (table.ids) return true;
  const { known } = table;
  for (const entry of known) if (entry && !entry.built) return false;
  const ids = new Int32Array(known.length);
  const tests = new Uint8Array(known.length);
  for (let i = 0; i < known.length; i++) {
    const entry = known[i];
    ids[i] = entry ? entry.id : -1;
    tests[i] =
      !entry || (!entry.anchored && entry.always) ? MAY_ALWAYS : entry.anchored ? MAY_PLACED : MAY_NEEDED;
  }
  table.ids = ids;
  table.tests = tests;
  return true;
}

/**
 * For a table of patterns, whether each may match in `text` (false: it certainly does not). One
 * look-up per pattern in the text's index, for a rule's whole table at once.
 */
export function possible(patterns: readonly { re: RegExp }[], text: string): boolean[] {
  const cached = sets.get(patterns);
  // A table read a second time is compiled (many are made for one call and read once).
  const again = cached !== undefined && cached.known.length === patterns.length;
  const table: Table = again
    ? cached
    : { known: patterns.map((p) => entryOf(p.re)), ids: undefined, tests: undefined };
  if (!again && indexing) sets.set(patterns, table);
  const { known } = table;
  const out = new Array<boolean>(patterns.length);
  if (again && compiled(table)) {
    const ids = table.ids as Int32Array;
    const tests = table.tests as Uint8Array;
    let index: Index | undefined;
    for (let i = 0; i < ids.length; i++) {
      const test = tests[i] as number;
      if (test === MAY_ALWAYS) out[i] = true;
      else {
        index ??= indexFor(text);
        out[i] = test === MAY_PLACED ? index.hasPlaces(ids[i] as number) : index.needs(ids[i] as number);
      }
    }
    return out;
  }
  let index: Index | undefined;
  for (let i = 0; i < known.length; i++) {
    const entry = known[i];
    if (!entry || !built(entry)) {
      out[i] = true;
      continue;
    }
    index ??= indexFor(text);
    out[i] = index.may(entry);
  }
  return out;
}
