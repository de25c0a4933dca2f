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
  /(?:^|\s)(?:am|i'm|im|was|were|is|be|been|being|feel|feeling|felt|get|got|getting|so|very|really|too|seriously|mentally|fell|falling)\s+$/;

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

/** Normalises `text` for matching; see {@link Normalized}. Never throws. */
export function normalize(text: string): Normalized {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const emit = (s: string, a: number, b: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k] as string);
      from.push(a);
      to.push(b);
    }
  };

  let i = 0;
  while (i < text.length) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      const raw = m[0];
      const end = i + raw.length;
      const lower = raw.toLowerCase();
      const unified = lower.replace(/[\u2018\u2019\u02BC`]/g, "'");
      const key = unified.replace(/(\p{L})\1{2,}/gu, '$1');
      let expansion = EXPANSIONS.get(key);
      if (expansion === "i'll" && ILL_AS_ADJECTIVE.test(out.slice(-24).join(''))) expansion = undefined;
      if (raw === 'ID' || raw === 'US') expansion = undefined;
      if (expansion !== undefined) {
        emit(expansion, i, end);
      } else if (lower.length === raw.length && key.length === raw.length) {
        for (let k = 0; k < raw.length; k++) emit(unified[k] as string, i + k, i + k + 1);
      } else if (lower.length === raw.length) {
        // Stretched letters were shortened: map each kept letter to its run in the original.
        let k = 0;
        while (k < raw.length) {
          const c = unified[k] as string;
          let r = k + 1;
          while (r < raw.length && unified[r] === c && /\p{L}/u.test(c)) r++;
          const run = r - k;
          if (run >= 3) emit(c, i + k, i + r);
          else for (let q = k; q < r; q++) emit(unified[q] as string, i + q, i + q + 1);
          k = r;
        }
      } else {
        // Lower-casing changed the length (rare letters): map the word as a whole.
        emit(key, i, end);
      }
      i = end;
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
  return { text: out.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Maps a span of normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), n.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), n.text.length);
  return { start: n.from[s] as number, end: n.to[e - 1] as number };
}
