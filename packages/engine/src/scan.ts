/**
 * One pass over a text finds, for every pattern of every rule, the places where a match could
 * start; each pattern then runs only there, anchored, instead of scanning the whole text.
 *
 * The places come from the first characters a pattern can match. From its source we work out every
 * string of up to three characters that a match can begin with (`firstKeys`): "i'm", "you", "sor"…
 * A pattern that starts with `\b` is looked up only where a word starts or ends. The set is sound —
 * every match begins with one of its keys — so running the pattern anchored (sticky) at each key
 * in order gives exactly the matches of a global scan. A pattern whose start cannot be bounded (one
 * that opens with `\w+`, `.` or `[^…]`, or can match the empty string) is scanned whole, as before.
 *
 * The idea is the literal prefilter of Hyperscan and RE2's `prefilter` (Russ Cox, "Regular
 * Expression Matching with a Trigram Index"), reduced to prefixes: the text's keys are looked up
 * once in one table of all patterns (as Aho–Corasick would), rather than once per pattern.
 */

/** Longest key: long enough to tell "you" from "your" from "yes", short enough to stay few. */
const K = 3;
/** Above this many keys a pattern's start is treated as unbounded. */
const MAX_KEYS = 6000;
/** A character class with more members than this is treated as any character. */
const MAX_CLASS = 24;
/** Marks a key that must start where a word starts or ends (`\b`). */
const B = '\u0000';
/** A key that stands for the start of the text (`^`): the only place such a match can begin. */
const S = '\u0001';

/**
 * Keys are compared on a canonical form of the text: every white-space character counts as a space
 * and every digit as 0, so that `\s` and `\d` are one key character each, not dozens.
 */
const SPACE = /\s/;
function canon(ch: string): string {
  if (ch >= '0' && ch <= '9') return '0';
  return SPACE.test(ch) ? ' ' : ch;
}
const CANON = /[\s\d]/g;
const canonText = (text: string): string => text.replace(CANON, (ch) => (ch >= '0' && ch <= '9' ? '0' : ' '));

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

/** A string a match can begin with; `exact` when the node's whole match is this string. */
interface Start {
  s: string;
  exact: boolean;
}

class TooMany extends Error {}

function add(out: Map<string, Start>, start: Start): void {
  const key = `${start.exact ? 1 : 0}${start.s}`;
  if (!out.has(key)) {
    out.set(key, start);
    if (out.size > MAX_KEYS) throw new TooMany();
  }
}

/** Length of a key without its leading word-edge mark. */
const len = (s: string): number => (s.startsWith(B) ? s.length - 1 : s.length);

/** The strings of up to K characters that a match of `node` can begin with. */
function starts(node: Node): Start[] {
  switch (node.t) {
    case 'chars':
      return node.set === null ? [{ s: '', exact: false }] : node.set.map((c) => ({ s: c, exact: true }));
    case 'zero':
      if (node.start) return [{ s: S, exact: false }];
      return [{ s: node.b ? B : '', exact: true }];
    case 'alt': {
      const out = new Map<string, Start>();
      for (const a of node.alts) for (const st of starts(a)) add(out, st);
      return [...out.values()];
    }
    case 'rep': {
      const body = starts(node.body);
      const out = new Map<string, Start>();
      if (node.min === 0) add(out, { s: '', exact: true });
      for (const st of body) add(out, node.max === 1 ? st : { s: st.s, exact: false });
      return [...out.values()];
    }
    case 'seq': {
      let current: Start[] = [{ s: '', exact: true }];
      for (const item of node.items) {
        if (!current.some((c) => c.exact && len(c.s) < K)) break;
        const next = new Map<string, Start>();
        const tail = starts(item);
        for (const c of current) {
          if (!c.exact || len(c.s) >= K) {
            add(next, c);
            continue;
          }
          for (const t of tail) {
            // A word-edge mark counts only at the very start of a match.
            const ts = c.s !== '' && c.s !== B && t.s.startsWith(B) ? t.s.slice(1) : t.s;
            const joined = c.s === B && ts.startsWith(B) ? ts : c.s + ts;
            const full = len(joined) >= K;
            const s = full ? joined.slice(0, joined.length - (len(joined) - K)) : joined;
            add(next, { s, exact: t.exact && !full });
          }
        }
        current = [...next.values()];
      }
      return current;
    }
  }
}

/**
 * The keys a match of `re` can start with: strings of one to three characters, those marked with a
 * leading `\0` only where a word starts or ends. Undefined when the start cannot be bounded.
 */
export function firstKeys(re: RegExp): string[] | undefined {
  if (/[iy]/.test(re.flags)) return undefined;
  try {
    const found = starts(new Parser(re.source, re.flags.includes('m')).parse());
    const keys = new Set<string>();
    for (const st of found) {
      if (len(st.s) === 0) return undefined; // Can start with anything, or match the empty string.
      keys.add(st.s);
    }
    return [...keys];
  } catch (error) {
    if (error instanceof Unsupported || error instanceof TooMany) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
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
      const inner = bars(source, i + 3, end);
      if (inner.length > 0 && !/^[?*+{]/.test(source.slice(end + 1))) {
        const before = source.slice(0, i);
        if (!fixed(before)) return undefined;
        const after = source.slice(end + 1);
        return cut(i + 3, end, inner).map((a) => `${before}(?:${a})${after}`);
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
// The table of every pattern seen, and the index of one text.

interface Entry {
  id: number;
  /** The pattern, or each of its alternatives, sticky: tried at one place. */
  parts: RegExp[];
}

/** Patterns in the table at most: patterns built per call beyond it are scanned whole. */
const MAX_ENTRIES = 50_000;
const PART = 65_536;

const entries = new WeakMap<RegExp, Entry | null>();
const bySource = new Map<string, Entry | null>();
let count = 0;
/** Off only to compare against a whole scan of every pattern (tests and the benchmark). */
let indexing = true;

/** Turns the index off or on; results are the same either way, only the speed differs. */
export function setIndexing(on: boolean): void {
  indexing = on;
}

/** For each key length 1..K: key → entry id × 65,536 + alternative, anywhere / at a word edge. */
const tables = (): Array<Map<string, number[]>> => [0, 1, 2, 3].map(() => new Map<string, number[]>());
const anywhere = tables();
const atEdge = tables();
/** Codes of the patterns (and alternatives) that can only start at the start of the text. */
const atStart: number[] = [];

function register(re: RegExp): Entry | null {
  const flags = `${re.flags.replace('g', '')}y`;
  const whole = firstKeys(re);
  if (whole === undefined) return null;
  let sources = [re.source];
  let keys = [whole];
  const alts = flatten(re.source);
  if (alts.length > 1 && alts.length < PART) {
    const split = alts.map((a) => {
      try {
        return firstKeys(new RegExp(a, re.flags));
      } catch {
        return undefined;
      }
    });
    if (split.every((k) => k !== undefined)) {
      sources = alts;
      keys = split;
    }
  }
  const entry: Entry = { id: count++, parts: sources.map((source) => new RegExp(source, flags)) };
  keys.forEach((partKeys, part) => {
    for (const key of partKeys) {
      const code = entry.id * PART + part;
      if (key.includes(S)) {
        if (atStart[atStart.length - 1] !== code) atStart.push(code);
        continue;
      }
      const edge = key.startsWith(B);
      const k = edge ? key.slice(1) : key;
      const table = (edge ? atEdge : anywhere)[k.length] as Map<string, number[]>;
      const codes = table.get(k);
      if (!codes) table.set(k, [code]);
      else if (codes[codes.length - 1] !== code) codes.push(code);
    }
  });
  return entry;
}

function entryOf(re: RegExp): Entry | null {
  if (!indexing) return null;
  let entry = entries.get(re);
  if (entry !== undefined) return entry;
  const source = `${re.flags}/${re.source}`;
  entry = bySource.get(source);
  if (entry === undefined) {
    entry = count < MAX_ENTRIES ? register(re) : null;
    bySource.set(source, entry);
  }
  entries.set(re, entry);
  return entry;
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Where each known pattern (and which of its alternatives) may start in one text. */
class Index {
  text = '';
  /** Entries known when it was built: a newer one needs a rebuild. */
  known = 0;
  private stamp = new Uint32Array(256);
  private size = new Uint32Array(256);
  /** Per entry: place, alternative, place, alternative, … in the order of the places. */
  private found: number[][] = [];
  private generation = 0;

  build(text: string): void {
    this.text = text;
    this.known = count;
    if (this.stamp.length < count) {
      this.stamp = new Uint32Array(count * 2);
      this.size = new Uint32Array(count * 2);
      this.generation = 0;
    }
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const n = text.length;
    const keyText = canonText(text);
    let before = false;
    if (n > 0 && atStart.length > 0) this.mark(atStart, 0);
    for (let p = 0; p < n; p++) {
      const here = isWordCode(text.charCodeAt(p));
      const edge = here !== before;
      before = here;
      for (let l = 1; l <= K && p + l <= n; l++) {
        const key = keyText.slice(p, p + l);
        const a = (anywhere[l] as Map<string, number[]>).get(key);
        if (a) this.mark(a, p);
        if (edge) {
          const e = (atEdge[l] as Map<string, number[]>).get(key);
          if (e) this.mark(e, p);
        }
      }
    }
  }

  private mark(codes: readonly number[], p: number): void {
    const g = this.generation;
    for (const code of codes) {
      const id = Math.floor(code / PART);
      const part = code - id * PART;
      let list = this.found[id];
      if (!list) list = this.found[id] = [];
      if (this.stamp[id] !== g) {
        this.stamp[id] = g;
        list[0] = p;
        list[1] = part;
        this.size[id] = 2;
        continue;
      }
      const size = this.size[id] as number;
      if (list[size - 2] === p && list[size - 1] === part) continue;
      list[size] = p;
      list[size + 1] = part;
      this.size[id] = size + 2;
    }
  }

  /** A copy of the places and alternatives of entry `id` (empty when none). */
  placesOf(id: number): number[] {
    if (this.stamp[id] !== this.generation) return [];
    return (this.found[id] as number[]).slice(0, this.size[id]);
  }

  has(id: number): boolean {
    return this.stamp[id] === this.generation;
  }
}

/** The last few texts indexed: a rule looking at a sentence and the one before it keeps both. */
const pool: Index[] = [new Index(), new Index(), new Index(), new Index()];

function indexFor(text: string, entry: Entry): Index {
  for (let i = 0; i < pool.length; i++) {
    const index = pool[i] as Index;
    if (index.text === text && entry.id < index.known) {
      if (i > 0) {
        pool.splice(i, 1);
        pool.unshift(index);
      }
      return index;
    }
  }
  const index = pool.pop() as Index;
  index.build(text);
  pool.unshift(index);
  return index;
}

/** Texts shorter than this are scanned directly: the index would cost more than it saves. */
const SHORT = 4;

/**
 * Tries the entry at its places in order, calling `each` with every match a global scan from the
 * start would find (or only the first, for a pattern without the `g` flag). At one place the
 * alternatives are tried in their order in the pattern, as the whole pattern would try them.
 */
function run(entry: Entry, text: string, all: boolean, each: (m: RegExpExecArray) => boolean | void): void {
  const found = indexFor(text, entry).placesOf(entry.id);
  const parts = entry.parts;
  let from = 0;
  for (let i = 0; i < found.length;) {
    const p = found[i] as number;
    let j = i + 2;
    while (j < found.length && found[j] === p) j += 2;
    if (p >= from) {
      let order: number[];
      if (j - i === 2) order = [found[i + 1] as number];
      else {
        order = [];
        for (let k = i + 1; k < j; k += 2) order.push(found[k] as number);
        order.sort((a, b) => a - b);
      }
      let last = -1;
      for (const part of order) {
        if (part === last) continue;
        last = part;
        const re = parts[part] as RegExp;
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m) continue;
        from = p + Math.max(1, m[0].length);
        if (each(m) === false || !all) return;
        break;
      }
    }
    i = j;
  }
}

const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
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
  if (entry !== null && text.length >= SHORT) {
    run(entry, text, re.global, (m) => {
      each(m);
    });
    return;
  }
  const global = re.global || re.sticky ? re : globalOf(re);
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    const end = global.lastIndex;
    each(m);
    if (!re.global) return;
    global.lastIndex = m[0].length === 0 ? end + 1 : end;
  }
}

/** The first match of `re` in `text`, or null: what `re.exec(text)` finds from the start. */
function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  const entry = entryOf(re);
  if (entry === null || text.length < SHORT) {
    const saved = re.lastIndex;
    re.lastIndex = 0;
    const m = re.exec(text);
    re.lastIndex = saved;
    return m;
  }
  let found: RegExpExecArray | null = null;
  run(entry, text, false, (m) => {
    found = m;
    return false;
  });
  return found;
}

/** True when `re` matches anywhere in `text`: what `re.test(text)` finds from the start. */
export function matches(re: RegExp, text: string): boolean {
  return firstMatch(re, text) !== null;
}

const sets = new WeakMap<readonly { re: RegExp }[], Array<Entry | null>>();

/**
 * For a table of patterns, whether each may match in `text` (false: it certainly does not). One
 * look-up per pattern in the text's index, for a rule's whole table at once.
 */
export function possible(patterns: readonly { re: RegExp }[], text: string): boolean[] {
  let known = sets.get(patterns);
  if (!known || known.length !== patterns.length) {
    known = patterns.map((p) => entryOf(p.re));
    if (indexing) sets.set(patterns, known);
  }
  const out = new Array<boolean>(patterns.length);
  if (text.length < SHORT) return out.fill(true);
  let index: Index | undefined;
  for (let i = 0; i < known.length; i++) {
    const entry = known[i];
    if (!entry) {
      out[i] = true;
      continue;
    }
    if (!index || entry.id >= index.known) index = indexFor(text, entry);
    out[i] = index.has(entry.id);
  }
  return out;
}
