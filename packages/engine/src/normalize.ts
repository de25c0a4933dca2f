/**
 * Normalises a draft for matching while keeping a map back to the original text, so that every
 * finding can name its exact span. Lower-cases, unifies quotes and dashes, expands texting forms
 * ("u" → "you", "dont" → "don't", "sry" → "sorry") and shortens stretched letters ("sooo" → "so").
 */
export interface Normalized {
  /** The normalised text that rules match against. */
  text: string;
  /** For each code unit of `text`, the original offset where it starts. */
  from: Int32Array;
  /** For each code unit of `text`, the original offset just after it. */
  to: Int32Array;
}

/** Texting forms and apostrophe-less contractions, keyed by their lower-case, apostrophe-unified spelling. */
const EXPANSIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    u: 'you',
    yu: 'you',
    ya: 'you',
    ur: 'your',
    youre: "you're",
    "u're": "you're",
    "u've": "you've",
    "u'll": "you'll",
    "u'd": "you'd",
    yr: 'your',
    r: 'are',
    n: 'and',
    im: "i'm",
    ive: "i've",
    ill: "i'll",
    id: "i'd",
    dont: "don't",
    dnt: "don't",
    doesnt: "doesn't",
    didnt: "didn't",
    cant: "can't",
    wont: "won't",
    isnt: "isn't",
    wasnt: "wasn't",
    werent: "weren't",
    arent: "aren't",
    havent: "haven't",
    hasnt: "hasn't",
    hadnt: "hadn't",
    wouldnt: "wouldn't",
    couldnt: "couldn't",
    shouldnt: "shouldn't",
    aint: "ain't",
    thats: "that's",
    whats: "what's",
    theres: "there's",
    theyre: "they're",
    hes: "he's",
    youve: "you've",
    youll: "you'll",
    youd: "you'd",
    wouldve: "would've",
    couldve: "could've",
    shouldve: "should've",
    sry: 'sorry',
    srry: 'sorry',
    sorryy: 'sorry',
    soz: 'sorry',
    pls: 'please',
    plz: 'please',
    plez: 'please',
    bc: 'because',
    bcs: 'because',
    bcuz: 'because',
    bcoz: 'because',
    becuz: 'because',
    cuz: 'because',
    coz: 'because',
    cos: 'because',
    cause: 'because',
    rn: 'right now',
    tho: 'though',
    thru: 'through',
    abt: 'about',
    wat: 'what',
    wut: 'what',
    y: 'why',
    ppl: 'people',
    idk: "i don't know",
    idc: "i don't care",
    tbh: 'to be honest',
    ngl: 'not going to lie',
    gonna: 'going to',
    wanna: 'want to',
    gotta: 'have to',
    lemme: 'let me',
    gimme: 'give me',
    kinda: 'kind of',
    luv: 'love',
    msg: 'message',
    msgs: 'messages',
    txt: 'text',
    txts: 'texts',
    bday: 'birthday',
    nvr: 'never',
    evr: 'ever',
    smth: 'something',
    sth: 'something',
    cud: 'could',
    wud: 'would',
    shud: 'should',
    b4: 'before',
    fr: 'for real',
    bf: 'boyfriend',
    gf: 'girlfriend',
  }),
);

/** Words after which "ill" means unwell, not "I'll". */
const ILL_AS_ADJECTIVE =
  /(?:^|\s)(?:am|i'm|im|was|were|is|are|be|been|being|feel|feels|feeling|felt|get|gets|got|getting|so|very|really|too|quite|pretty|bit|terribly|critically|gravely|chronically|seriously|mentally|fell|falling|fallen|became|become|look|looks|looked|seem|seems|seemed|[a-z]+'(?:s|re))\s+$/;

const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u02BC': "'",
  '`': "'",
  '\u00B4': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\t': ' ',
  '\r': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
};

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2018\u2019\u02BC`][\p{L}\p{M}\p{N}]+)*/uy;

const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC`]/g;

/**
 * Texting writes "ur" and "your" for both "your" and "you're". The next word decides: an article,
 * an adverb, "going"/"gonna" or a predicate word means "you're" ("ur gonna regret it",
 * "your so selfish", "your the one who…"); otherwise it stays possessive ("ur car", "your mum").
 */
const YOU_ARE_BEFORE = new Set([
  'a',
  'an',
  'the',
  'so',
  'such',
  'not',
  'always',
  'never',
  'just',
  'really',
  'too',
  'very',
  'still',
  'only',
  'literally',
  'actually',
  'honestly',
  'clearly',
  'obviously',
  'seriously',
  'probably',
  'definitely',
  'even',
  'gonna',
  'going',
  'being',
  'lucky',
  'welcome',
  'right',
  'wrong',
  'mine',
  'dead',
  'done',
  'crazy',
  'insane',
  'selfish',
  'pathetic',
  'delusional',
  'ridiculous',
  'impossible',
  'unbelievable',
  'overreacting',
  'ignoring',
  'lying',
  'acting',
  'making',
  'doing',
  'trying',
  'joking',
  'kidding',
  'talking',
  'overthinking',
  'exaggerating',
  'blowing',
  'pushing',
  'taking',
  'leaving',
  'cheating',
  'sleeping',
  'texting',
  'messing',
  'playing',
  'getting',
  'seeing',
  'dating',
  'telling',
  'saying',
  'blocking',
  'ghosting',
  'avoiding',
  'hiding',
  'treating',
  'wasting',
  'ruining',
  'killing',
]);
const NEXT_WORD = /^[ \t]+([\p{L}'\u2019]+)/u;

function youAreAhead(text: string, end: number, key: string): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  if (next === undefined) return false;
  if (YOU_ARE_BEFORE.has(next)) return true;
  // "ur" is short for either; a verb in -ing after it reads as "you're" ("ur acting weird").
  return key !== 'your' && next.length > 5 && next.endsWith('ing') && !next.endsWith('thing');
}
const STRETCHED = /(\p{L})\1{2,}/gu;

/** True when `word` may hold a run that {@link STRETCHED} shortens: three equal code units, or any astral letter. */
function mayBeStretched(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (k >= 2 && c === word.charCodeAt(k - 1) && c === word.charCodeAt(k - 2)) return true;
  }
  return false;
}

const isAsciiWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** An ASCII space or punctuation mark other than tab, CR and backtick: never in a word, kept as is. */
const plainMark = (c: number): boolean =>
  c < 0x80 && c !== 0x09 && c !== 0x0d && c !== 0x60 && !isAsciiWordCode(c);

/**
 * The word (as {@link WORD} matches it) starting at `i`, or undefined. Words of ASCII letters,
 * digits and apostrophes are read directly; anything else goes to the regular expression.
 */
function wordAt(text: string, i: number): string | undefined {
  let p = i;
  for (;;) {
    while (p < text.length && isAsciiWordCode(text.charCodeAt(p))) p++;
    if (p === i) {
      if (i < text.length && text.charCodeAt(i) < 0x80) return undefined; // No word starts so.
      break; // Not an ASCII character: the expression decides.
    }
    const c = p < text.length ? text.charCodeAt(p) : -1;
    if (c >= 0x80) break; // A letter, mark or apostrophe beyond ASCII may continue the word.
    if ((c === 0x27 || c === 0x60) && p + 1 < text.length) {
      const d = text.charCodeAt(p + 1);
      if (isAsciiWordCode(d)) {
        p += 1;
        continue;
      }
      if (d >= 0x80) break;
    }
    return text.slice(i, p);
  }
  WORD.lastIndex = i;
  return WORD.exec(text)?.[0];
}

/** The case-, apostrophe- and stretch-free forms of a word, and its expansion before context. */
interface Forms {
  lower: string;
  unified: string;
  key: string;
  expansion: string | undefined;
}

const FORMS = new Map<string, Forms>();
const MAX_FORMS = 20_000;

function formsOf(raw: string): Forms {
  let forms = FORMS.get(raw);
  if (forms) return forms;
  const lower = raw.toLowerCase();
  const unified = lower.replace(CURLY_APOSTROPHES, "'");
  const key = mayBeStretched(unified) ? unified.replace(STRETCHED, '$1') : unified;
  forms = { lower, unified, key, expansion: EXPANSIONS.get(key) };
  if (FORMS.size >= MAX_FORMS) FORMS.clear();
  FORMS.set(raw, forms);
  return forms;
}

/** Normalises `text` for matching; see {@link Normalized}. Never throws. */
export function normalize(text: string): Normalized {
  // The output is built in chunks with typed-array maps (one allocation per word, not per character).
  const parts: string[] = [];
  let capacity = text.length + 16;
  let from = new Int32Array(capacity);
  let to = new Int32Array(capacity);
  let n = 0;
  const reserve = (count: number): void => {
    if (n + count <= capacity) return;
    capacity = Math.max(capacity * 2, n + count);
    const f = new Int32Array(capacity);
    const t = new Int32Array(capacity);
    f.set(from.subarray(0, n));
    t.set(to.subarray(0, n));
    from = f;
    to = t;
  };
  /** Emits `s`, every code unit of it mapped to the original span `[a, b)`. */
  const emit = (s: string, a: number, b: number): void => {
    reserve(s.length);
    for (let k = 0; k < s.length; k++) {
      from[n] = a;
      to[n] = b;
      n++;
    }
    parts.push(s);
  };
  /** Emits `s`, its code units mapped one to one onto the original from offset `a`. */
  const emitSame = (s: string, a: number): void => {
    reserve(s.length);
    for (let k = 0; k < s.length; k++) {
      from[n] = a + k;
      to[n] = a + k + 1;
      n++;
    }
    parts.push(s);
  };
  /** The last `count` code units of the output so far. */
  const tail = (count: number): string => {
    let s = '';
    for (let p = parts.length - 1; p >= 0 && s.length < count; p--) s = (parts[p] as string) + s;
    return s.slice(-count);
  };

  let i = 0;
  while (i < text.length) {
    const raw = wordAt(text, i);
    if (raw !== undefined) {
      const end = i + raw.length;
      const forms = formsOf(raw);
      const { lower, unified, key } = forms;
      let expansion = forms.expansion;
      if ((key === 'ur' || key === 'yr' || key === 'your') && youAreAhead(text, end, key))
        expansion = "you're";
      if (expansion === "i'll" && ILL_AS_ADJECTIVE.test(tail(24))) expansion = undefined;
      if (raw === 'ID' || raw === 'US') expansion = undefined;
      // A letter of an abbreviation ("U.S.", "U.K.") is not a texting form; "thank u.So" still is.
      if (
        raw.length === 1 &&
        text[end] === '.' &&
        text[end + 2] === '.' &&
        /\p{L}/u.test(text[end + 1] ?? '')
      )
        expansion = undefined;
      if (expansion !== undefined) {
        emit(expansion, i, end);
      } else if (lower.length === raw.length && key.length === raw.length) {
        emitSame(unified, i);
      } else if (lower.length === raw.length) {
        // Stretched letters were shortened: map each kept letter to its run in the original.
        let k = 0;
        while (k < raw.length) {
          const c = unified[k] as string;
          let r = k + 1;
          while (r < raw.length && unified[r] === c && /\p{L}/u.test(c)) r++;
          const run = r - k;
          if (run >= 3) emit(c, i + k, i + r);
          else emitSame(unified.slice(k, r), i + k);
          k = r;
        }
      } else {
        // Lower-casing changed the length (rare letters): map the word as a whole.
        emit(key, i, end);
      }
      i = end;
      continue;
    }
    const code = text.charCodeAt(i);
    if (plainMark(code)) {
      // Plain ASCII space or punctuation (ASCII letters and digits are always words): kept as is,
      // a run of them at once.
      let j = i + 1;
      while (j < text.length && plainMark(text.charCodeAt(j))) j++;
      emitSame(text.slice(i, j), i);
      i = j;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    const mapped = CHAR_MAP[ch];
    if (mapped !== undefined) emit(mapped, i, i + width);
    else if (width === 2) emit(ch, i, i + 2);
    else emit(ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch, i, i + 1);
    i += width;
  }
  return { text: parts.join(''), from: from.subarray(0, n), to: to.subarray(0, n) };
}

/** Maps a span of normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), n.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), n.text.length);
  return { start: n.from[s] as number, end: n.to[e - 1] as number };
}
