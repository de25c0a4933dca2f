/**
 * A small learned model for the safety rules, for the veiled wordings hand-written patterns do not
 * reach ("you'd all be better off", "I've sorted who gets the dog", "be careful walking home").
 *
 * It is a logistic regression over a sentence's words, word pairs and word classes, trained by
 * `npm run train` (scripts/train.ts) from the labelled corpora in the repository; the weights are
 * generated into model.weights.ts. It is deterministic (no randomness in training or use), small
 * (a thousand hashed features per label, a few KB) and explainable: a finding's span runs over
 * the words whose features pushed the score over the line, so the page can highlight them.
 *
 * Negation is read as in the rules: a word after "not", "never", "won't"… in the same clause is a
 * different feature ("!hurt"), so "I'd never hurt you" does not weigh like "I'll hurt you".
 */
import type { Sentence, Word } from '../../analysis.js';
import { fnv1a, FNV_OFFSET, fnvStep, fnvSteps } from '../../hash.js';
import type { Hit } from '../../rule.js';

/** One feature of a sentence and the words it came from (sentence offsets). */
export interface Feature {
  name: string;
  start: number;
  end: number;
}

/**
 * A trained model: weights by hashed feature name (featureSlot), a bias, and the probability at
 * which it reports. Hashing keeps the shipped weights small; with a thousand features in 2^18 slots
 * an unseen feature lands on a weighted slot about once in 260 times.
 */
export interface SafetyModel {
  bias: number;
  threshold: number;
  weights: ReadonlyMap<number, number>;
}

const SLOT_BITS = 18;

/** The slot of a feature name: its FNV-1a hash cut to SLOT_BITS bits. */
export const featureSlot = (name: string): number => fnv1a(name) >>> (32 - SLOT_BITS);

/** The weight of a feature name in a model (0 where it has none). */
export const weightOf = (model: SafetyModel, name: string): number =>
  model.weights.get(featureSlot(name)) ?? 0;

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'nothing',
  'nobody',
  'none',
  'cannot',
  'nor',
  'neither',
  'without',
]);
const isNegator = (w: string): boolean => NEGATORS.has(w) || w.endsWith("n't");
/** Words that end a negation's reach: a new clause starts. */
const CLAUSE_WORDS = new Set(['but', 'because', 'so', 'though', 'although', 'unless', 'until', 'then']);
/** How many words a negation reaches. */
const NEGATION_REACH = 4;

/**
 * Word classes, so that a wording never seen in training still weighs like its neighbours: "I'll
 * ruin your car" like "I'll smash your car", "you'll all be better off" like "you'd be happier".
 */
const CLASSES: Record<string, readonly string[]> = {
  SELF: ['i', "i'm", "i'll", "i'd", "i've", 'me', 'myself', 'my', 'mine'],
  YOU: ['you', "you're", "you'll", "you'd", "you've", 'your', 'yours', 'yourself', 'ye', 'ya'],
  OTHERS: ['everyone', 'everybody', 'all', 'world', 'people', 'anyone', 'family', 'kids', 'friends'],
  NEAR: [
    'mom',
    'mum',
    'mam',
    'dad',
    'mother',
    'father',
    'sister',
    'brother',
    'family',
    'kid',
    'child',
    'children',
    'son',
    'daughter',
    'parent',
    'boss',
    'work',
    'job',
    'office',
    'friend',
    'boyfriend',
    'girlfriend',
    'partner',
    'husband',
    'wife',
    'dog',
    'cat',
    'car',
    'house',
    'flat',
    'apartment',
    'home',
    'church',
    'school',
    'manager',
    'colleague',
    'landlord',
    'new',
    'guy',
    'girl',
    'bf',
    'gf',
  ],
  DEATH: [
    'die',
    'dy',
    'died',
    'dead',
    'death',
    'kill',
    'suicide',
    'suicidal',
    'overdose',
    'grave',
    'funeral',
    'end',
    'finish',
    'gone',
    'disappear',
    'vanish',
    'exist',
    'alive',
    'live',
    'breathe',
    'wake',
  ],
  NOT_HERE: [
    'here',
    'around',
    'anymore',
    'longer',
    'forever',
    'morning',
    'tomorrow',
    'after',
    'through',
    'stay',
  ],
  GOODBYE: [
    'goodbye',
    'goodbyes',
    'bye',
    'farewell',
    'last',
    'final',
    'letter',
    'note',
    'will',
    'peace',
    'sorted',
    'order',
    'gave',
    'giv',
    'give',
    'away',
    'stuff',
    'things',
    'everything',
    'look',
    'after',
    'care',
  ],
  HOPELESS: [
    'tired',
    'done',
    'point',
    'use',
    'meaning',
    'nothing',
    'left',
    'reason',
    'purpose',
    'worth',
    'enough',
    'over',
  ],
  BURDEN: [
    'burden',
    'better',
    'off',
    'easier',
    'problem',
    'trouble',
    'worry',
    'bother',
    'save',
    'relief',
    'free',
    'happier',
  ],
  MEANS: [
    'pill',
    'tablet',
    'med',
    'meds',
    'medication',
    'sleeping',
    'bridge',
    'balcony',
    'roof',
    'edge',
    'cliff',
    'rope',
    'knife',
    'blade',
    'razor',
    'gun',
    'cut',
    'jump',
    'train',
    'track',
    'motorway',
    'drive',
    'fast',
    'bottle',
    'saved',
    'sav',
    'stockpil',
    'bath',
    'water',
    'easy',
  ],
  HARM: [
    'hurt',
    'harm',
    'ruin',
    'destroy',
    'wreck',
    'smash',
    'burn',
    'break',
    'slash',
    'key',
    'pay',
    'regret',
    'suffer',
    'punish',
    'sorry',
    'hell',
    'hunt',
    'sue',
    'report',
    'deport',
    'lose',
    'fire',
    'fired',
    'beat',
    'bleed',
    'end',
    'finish',
    'teach',
    'lesson',
    'accident',
    'happen',
    'happens',
  ],
  EXPOSE: [
    'show',
    'post',
    'send',
    'share',
    'tell',
    'expose',
    'leak',
    'upload',
    'pic',
    'pics',
    'photo',
    'picture',
    'video',
    'screenshot',
    'nude',
    'nudes',
    'secret',
    'text',
    'message',
    'online',
    'internet',
    'know',
    'find',
    'out',
    'truth',
    'what',
    'did',
  ],
  WATCH: [
    'where',
    'watch',
    'careful',
    'find',
    'wait',
    'waiting',
    'outside',
    'door',
    'follow',
    'see',
    'coming',
    'back',
    'alone',
    'night',
    'walk',
    'street',
    'window',
    'turn',
    'show',
    'up',
    'shame',
    'ugly',
    'warn',
    'warned',
    'dare',
    'make',
    'safe',
    'live',
    'lives',
    'address',
  ],
  FUTURE: [
    'will',
    "'ll",
    'gonna',
    'going',
    'soon',
    'tonight',
    'tomorrow',
    'when',
    'if',
    'or',
    'else',
    'unless',
  ],
};

const CLASS_OF = new Map<string, string[]>();
for (const [name, words] of Object.entries(CLASSES)) {
  for (const w of words) {
    const list = CLASS_OF.get(w) ?? [];
    list.push(name);
    CLASS_OF.set(w, list);
  }
}

const classesOf = (word: string): readonly string[] | undefined =>
  CLASS_OF.get(word) ?? CLASS_OF.get(stem(word));

/** A light stem, so "threatened", "threatening" and "threatens" share a feature. */
export function stem(word: string): string {
  if (word.length <= 4 || word.includes("'")) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** True when the text between two offsets holds a clause break (comma, colon, dash, quote). */
function breakIn(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    // , ; : " ( ) — -
    if (c === 44 || c === 59 || c === 58 || c === 34 || c === 40 || c === 41 || c === 0x2014 || c === 45)
      return true;
  }
  return false;
}

/**
 * The features of a sentence: its (stemmed, negation-marked) words, neighbouring pairs, the word
 * classes and pairs of classes within three words. Each carries the span of the words it came from.
 */
export function sentenceFeatures(sentence: Pick<Sentence, 'text' | 'words'>): Feature[] {
  const words = sentence.words;
  const out: Feature[] = [];
  const tokens: string[] = [];
  let negated = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (i > 0 && (breakIn(sentence.text, (words[i - 1] as Word).end, w.start) || CLAUSE_WORDS.has(w.text)))
      negated = 0;
    const token = negated > 0 ? `!${stem(w.text)}` : stem(w.text);
    tokens.push(token);
    negated = isNegator(w.text) ? NEGATION_REACH : Math.max(0, negated - 1);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const token = tokens[i] as string;
    out.push({ name: token, start: w.start, end: w.end });
    if (i === 0) out.push({ name: `^${token}`, start: w.start, end: w.end });
    if (i + 1 < words.length) {
      const next = words[i + 1] as Word;
      out.push({ name: `${token}_${tokens[i + 1] as string}`, start: w.start, end: next.end });
    }
    const classes = classesOf(w.text);
    if (!classes) continue;
    const mark = token.startsWith('!') ? '!' : '';
    for (const c of classes) {
      for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
        const other = words[j] as Word;
        const later = classesOf(other.text);
        if (!later) continue;
        const mark2 = (tokens[j] as string).startsWith('!') ? '!' : '';
        for (const d of later) out.push({ name: `${mark}${c}~${mark2}${d}`, start: w.start, end: other.end });
      }
    }
  }
  return out;
}

/** The labels the model reads for. */
export type ModelLabel = 'self-harm' | 'threat';

/** Shortest sentence, in words, the model reads. */
const MIN_WORDS = 3;

/**
 * Whether the model may read the sentence at all: a statement of a few words. Questions are left
 * to the patterns ("are you safe?", "what's the point of living?" is a pattern's).
 */
export function eligible(sentence: Pick<Sentence, 'words' | 'isQuestion'>): boolean {
  return !sentence.isQuestion && sentence.words.length >= MIN_WORDS;
}

/** The model's probability for a set of feature names (each counted once). */
export function probability(model: SafetyModel, names: Iterable<string>): number {
  let z = model.bias;
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) continue;
    seen.add(n);
    z += weightOf(model, n);
  }
  return 1 / (1 + Math.exp(-z));
}

/** How many of the strongest features make the highlighted span. */
const SPAN_FEATURES = 3;

// Reading a sentence for the models fast: the slots of its features are hashed without building
// their names (FNV-1a runs on, so "a_b" continues the hash of "a"), once per sentence for every
// model, and only a feature whose slot has a weight in some model is named and kept. The result
// is the same as `sentenceFeatures` filtered to those slots, and so are the scores and spans.

const slotOfHash = (h: number): number => h >>> (32 - SLOT_BITS);
const BANG = 33;
const CARET = 94;
const UNDERSCORE = 95;

const CLASS_NAMES = Object.keys(CLASSES);
const CLASS_COUNT = CLASS_NAMES.length;
const classIndex = new Map(CLASS_NAMES.map((c, i) => [c, i]));
/** Slots of the class pairs `${mark}${c}~${mark2}${d}`, by ((mark × C + c) × 2 + mark2) × C + d. */
const PAIR_SLOTS = new Uint32Array(4 * CLASS_COUNT * CLASS_COUNT);
const pairName = (m: number, c: number, m2: number, d: number): string =>
  `${m ? '!' : ''}${CLASS_NAMES[c] as string}~${m2 ? '!' : ''}${CLASS_NAMES[d] as string}`;
for (let m = 0; m < 2; m++)
  for (let c = 0; c < CLASS_COUNT; c++)
    for (let m2 = 0; m2 < 2; m2++)
      for (let d = 0; d < CLASS_COUNT; d++)
        PAIR_SLOTS[((m * CLASS_COUNT + c) * 2 + m2) * CLASS_COUNT + d] = featureSlot(pairName(m, c, m2, d));

/** What the features need of one word, computed once per distinct word. */
interface WordInfo {
  stem: string;
  /** FNV-1a states after the token, plain and negated ("!" first). */
  plain: number;
  negated: number;
  /** Its classes, as indexes into CLASS_NAMES, in classesOf's order. */
  classes: readonly number[] | undefined;
  negator: boolean;
  clause: boolean;
}

const WORD_INFO = new Map<string, WordInfo>();
const MAX_WORD_INFO = 50_000;

function wordInfo(text: string): WordInfo {
  let info = WORD_INFO.get(text);
  if (info) return info;
  const stemmed = stem(text);
  const classes = classesOf(text);
  info = {
    stem: stemmed,
    plain: fnvSteps(FNV_OFFSET, stemmed),
    negated: fnvSteps(fnvStep(FNV_OFFSET, BANG), stemmed),
    classes: classes?.map((c) => classIndex.get(c) as number),
    negator: isNegator(text),
    clause: CLAUSE_WORDS.has(text),
  };
  if (WORD_INFO.size >= MAX_WORD_INFO) WORD_INFO.clear();
  WORD_INFO.set(text, info);
  return info;
}

/** Slots that have a weight in some model read so far: a feature elsewhere weighs nothing. */
const WEIGHTED = new Uint32Array((1 << SLOT_BITS) >>> 5);
/** Whether a slot has a weight in some model read so far (one bit per slot: 32 KB, not 256 KB). */
const weighted = (slot: number): boolean => ((WEIGHTED[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
const registered = new WeakSet<ReadonlyMap<number, number>>();
let weightedVersion = 0;

function register(model: SafetyModel): void {
  if (registered.has(model.weights)) return;
  registered.add(model.weights);
  for (const slot of model.weights.keys())
    if (slot >= 0 && slot < 1 << SLOT_BITS)
      WEIGHTED[slot >>> 5] = (WEIGHTED[slot >>> 5] as number) | (1 << (slot & 31));
  weightedVersion++;
}

/** The features of a sentence (outside quotation marks) whose slots have a weight, in order. */
interface Weighted {
  names: string[];
  slots: number[];
  starts: number[];
  ends: number[];
}

let cached:
  { text: string; words: Sentence['words']; quoted: Sentence['quoted']; version: number } | undefined;
let cachedWeighted: Weighted = { names: [], slots: [], starts: [], ends: [] };

function weightedFeatures(sentence: Sentence): Weighted {
  if (
    cached &&
    cached.text === sentence.text &&
    cached.words === sentence.words &&
    cached.quoted === sentence.quoted &&
    cached.version === weightedVersion
  )
    return cachedWeighted;
  const { text, words, quoted } = sentence;
  const out: Weighted = { names: [], slots: [], starts: [], ends: [] };
  const n = words.length;
  const infos: WordInfo[] = new Array<WordInfo>(n);
  const negatedAt: boolean[] = new Array<boolean>(n);
  let negated = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i] as Word;
    const info = wordInfo(w.text);
    infos[i] = info;
    if (i > 0 && (breakIn(text, (words[i - 1] as Word).end, w.start) || info.clause)) negated = 0;
    negatedAt[i] = negated > 0;
    negated = info.negator ? NEGATION_REACH : Math.max(0, negated - 1);
  }
  const tokenOf = (i: number): string => `${negatedAt[i] ? '!' : ''}${(infos[i] as WordInfo).stem}`;
  const keep = (slot: number, start: number, end: number, name: () => string): void => {
    if (!weighted(slot)) return;
    if (quoted.length > 0) for (const [a, b] of quoted) if (start >= a && end <= b) return;
    out.names.push(name());
    out.slots.push(slot);
    out.starts.push(start);
    out.ends.push(end);
  };
  for (let i = 0; i < n; i++) {
    const w = words[i] as Word;
    const info = infos[i] as WordInfo;
    const neg = negatedAt[i] as boolean;
    const state = neg ? info.negated : info.plain;
    keep(slotOfHash(state), w.start, w.end, () => tokenOf(i));
    if (i === 0) {
      let h = fnvStep(FNV_OFFSET, CARET);
      if (neg) h = fnvStep(h, BANG);
      keep(slotOfHash(fnvSteps(h, info.stem)), w.start, w.end, () => `^${tokenOf(i)}`);
    }
    if (i + 1 < n) {
      const next = words[i + 1] as Word;
      let h = fnvStep(state, UNDERSCORE);
      if (negatedAt[i + 1]) h = fnvStep(h, BANG);
      h = fnvSteps(h, (infos[i + 1] as WordInfo).stem);
      keep(slotOfHash(h), w.start, next.end, () => `${tokenOf(i)}_${tokenOf(i + 1)}`);
    }
    const classes = info.classes;
    if (!classes) continue;
    const m = neg ? 1 : 0;
    for (const c of classes) {
      for (let j = i + 1; j < Math.min(n, i + 4); j++) {
        const later = (infos[j] as WordInfo).classes;
        if (!later) continue;
        const other = words[j] as Word;
        const m2 = negatedAt[j] ? 1 : 0;
        const base = ((m * CLASS_COUNT + c) * 2 + m2) * CLASS_COUNT;
        for (const d of later)
          keep(PAIR_SLOTS[base + d] as number, w.start, other.end, () => pairName(m, c, m2, d));
      }
    }
  }
  cached = { text, words, quoted, version: weightedVersion };
  cachedWeighted = out;
  return out;
}

/**
 * The model's hit in a sentence, if its probability reaches the threshold: the span covers the
 * words of the strongest features (outside quotation marks, which are someone else's words).
 * `accept`, a further guard, is asked only where the probability reaches the threshold.
 */
export function modelHit(
  model: SafetyModel,
  sentence: Sentence,
  voice: { reason: string; suggestion: string },
  accept?: (sentence: Sentence) => boolean,
): Hit | undefined {
  if (!eligible(sentence)) return undefined;
  register(model);
  const { names, slots, starts, ends } = weightedFeatures(sentence);
  // As `probability`: each name counted once; a feature without a weight adds nothing.
  let z = model.bias;
  const seen = new Set<string>();
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    if (seen.has(name)) continue;
    seen.add(name);
    z += model.weights.get(slots[k] as number) ?? 0;
  }
  if (1 / (1 + Math.exp(-z)) < model.threshold) return undefined;
  if (accept && !accept(sentence)) return undefined;
  const strongest = new Map<string, Feature & { weight: number }>();
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    const weight = model.weights.get(slots[k] as number) ?? 0;
    if (weight > 0 && !strongest.has(name))
      strongest.set(name, { name, start: starts[k] as number, end: ends[k] as number, weight });
  }
  const top = [...strongest.values()]
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, SPAN_FEATURES);
  if (top.length === 0) return undefined;
  return {
    start: Math.min(...top.map((f) => f.start)),
    end: Math.max(...top.map((f) => f.end)),
    reason: voice.reason,
    suggestion: voice.suggestion,
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without padding (the same in the browser and in Node, with no platform API). */
function toBase64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += BASE64[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** The bytes of unpadded base64, or undefined where a character is not base64. */
function fromBase64(text: string): number[] | undefined {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const d = BASE64.indexOf(ch);
    if (d < 0) return undefined;
    value = ((value << 6) | d) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return bytes;
}

/**
 * The packed form `npm run train` writes: "bias threshold scale k|" then base64 of a bit stream
 * holding, for each weighted slot in order, the gap from the previous slot in Rice code (the gap
 * divided by 2^k in unary, as that many 1s and a 0, then its k low bits) and the weight as a signed
 * byte (weight × scale). Rice coding suits gaps spread evenly over the slots: with k chosen for the
 * gaps at hand, about k + 2 bits a gap where a base-128 varint takes 16 (R. F. Rice, "Some
 * practical universal noiseless coding techniques", JPL 1979).
 */
export function pack(model: {
  bias: number;
  threshold: number;
  weights: ReadonlyMap<string, number>;
}): string {
  const slots = new Map<number, number>();
  for (const [name, w] of model.weights) {
    const slot = featureSlot(name);
    slots.set(slot, (slots.get(slot) ?? 0) + w);
  }
  const largest = Math.max(1e-9, ...[...slots.values()].map(Math.abs));
  const scale = Math.floor((127 / largest) * 100) / 100;
  const kept: Array<[number, number]> = [];
  let last = 0;
  for (const slot of [...slots.keys()].sort((a, b) => a - b)) {
    const q = Math.round((slots.get(slot) as number) * scale);
    if (q === 0) continue;
    kept.push([slot - last, q]);
    last = slot;
  }
  const cost = (k: number): number => kept.reduce((bits, [gap]) => bits + (gap >>> k) + 1 + k, 0);
  let k = 0;
  let least = cost(0);
  for (let c = 1; c < SLOT_BITS; c++) {
    const bits = cost(c);
    if (bits < least) [k, least] = [c, bits];
  }
  const bits: number[] = [];
  const put = (value: number, width: number): void => {
    for (let b = width - 1; b >= 0; b--) bits.push((value >>> b) & 1);
  };
  for (const [gap, q] of kept) {
    for (let n = gap >>> k; n > 0; n--) bits.push(1);
    bits.push(0);
    put(gap, k);
    put(q & 0xff, 8);
  }
  const bytes = new Array<number>(Math.ceil(bits.length / 8)).fill(0);
  bits.forEach((bit, i) => {
    if (bit) bytes[i >>> 3] = (bytes[i >>> 3] as number) | (0x80 >>> (i & 7));
  });
  return `${model.bias} ${model.threshold} ${scale} ${k}|${toBase64(bytes)}`;
}

/** A model that never reports: what a packed form that cannot be read gives. */
const SILENT: SafetyModel = { bias: 0, threshold: 2, weights: new Map() };

/** Reads the packed form (see pack); a form it cannot read gives a model that never reports. */
export function unpack(packed: string): SafetyModel {
  const [head = '', body = ''] = packed.split('|');
  const [bias = 0, threshold = 1, scale = 1, k = -1] = head.split(' ').map(Number);
  const bytes = fromBase64(body);
  if (!bytes || !Number.isInteger(k) || k < 0 || k >= SLOT_BITS) return SILENT;
  const total = bytes.length * 8;
  let at = 0;
  const bit = (): number => ((bytes[at >>> 3] as number) >>> (7 - (at++ & 7))) & 1;
  const take = (width: number): number => {
    let value = 0;
    for (let b = 0; b < width; b++) value = (value << 1) | bit();
    return value;
  };
  const weights = new Map<number, number>();
  let slot = 0;
  // An entry is at least k + 9 bits; the stream's padding is fewer than 8 zero bits.
  while (total - at >= k + 9) {
    let high = 0;
    while (at < total && bit() === 1) high++;
    slot += (high << k) | take(k);
    if (slot >= 1 << SLOT_BITS || total - at < 8) return SILENT;
    const q = take(8);
    weights.set(slot, (q > 127 ? q - 256 : q) / scale);
  }
  return { bias, threshold, weights };
}
