/**
 * Analyse once, share across rules: the normalised text is split into sentences, and each sentence
 * carries its words, whether it asks a question, and where quotations sit, for every rule to use.
 */

export interface Word {
  text: string;
  /** Offset in the sentence's normalised text. */
  start: number;
  end: number;
}

export interface Sentence {
  /** The sentence's normalised text (lower case, unified quotes, texting forms expanded). */
  text: string;
  /** Offset of the sentence in the normalised document. */
  offset: number;
  words: readonly Word[];
  wordSet: ReadonlySet<string>;
  /** Ends with a question mark, or opens like a question ("why are you…", "can we…"). */
  isQuestion: boolean;
  /** Spans `[start, end)` inside quotation marks, in sentence offsets. */
  quoted: ReadonlyArray<readonly [number, number]>;
  /**
   * The normalised text of the sentence before it in the same draft ('' for the first). Only rules
   * that declare `readsPrevious` may use it ("I used to cut. I started again on Saturday.").
   */
  previous: string;
}

/** Longest sentence the rules see; longer runs without punctuation are cut at a space. */
const MAX_SENTENCE = 600;

// A match starts only at the first mark of a run (`(?<![.!?])`): retrying inside a long run such as
// "!!!!…a" made the search quadratic (40,000 marks took 16 s).
const BOUNDARY = /(?<![.!?])[.!?]+["')\]]*(?=\s)|(?<![.!?])[.!?]+["')\]]*$|\n+|(?<=\S)\s+-\s+(?=\S)/g;
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
/**
 * Opens like a question: "why…", "who…", a wh-word not followed by a clause ("how are you", but not
 * "when you're ready, I'm here" or "what I did was wrong"; texting "how you doing" stays a question),
 * or an auxiliary followed by its subject ("can we talk", "did you get it", but not the dropped-subject
 * statements "can't sleep", "will do better", "don't want to live anymore").
 */
const QUESTION_OPENER =
  /^\W*(?:(?:why|who|which)\b|(?:what|how|when|where)\b(?!\s+(?:i|you|we|he|she|they|it)(?:'\w+)?\s+(?!\w+ing\b))|(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|have|has|may|might|am|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|can't|couldn't|wouldn't|shouldn't|haven't|hasn't)\s+(?:i|you|we|he|she|they|it|there|that|this|these|those|my|your|our|his|her|their|the|anyone|anybody|someone|somebody|everyone|everybody|anything|something|people)\b)/;

/** True when the sentence holds one of `keys` (exact, normalised words), by the smaller of the two. */
export function holdsAnyWord(s: Pick<Sentence, 'words' | 'wordSet'>, keys: ReadonlySet<string>): boolean {
  const { words, wordSet } = s;
  if (keys.size < words.length) {
    for (const k of keys) if (wordSet.has(k)) return true;
    return false;
  }
  for (let i = 0; i < words.length; i++) if (keys.has((words[i] as Word).text)) return true;
  return false;
}

/** An order with its subject for emphasis, not a question: "don't you dare", "don't you forget that". */
const EMPHATIC_ORDER = /^\W*don't you (?:dare|forget|worry|ever forget)\b/;

/** Splits a normalised document into sentences (at . ! ? and line breaks). */
export function segment(doc: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(doc[s] as string)) s++;
    while (e > s && /\s/.test(doc[e - 1] as string)) e--;
    if (e <= s) return;
    while (e - s > MAX_SENTENCE) {
      let cut = doc.lastIndexOf(' ', s + MAX_SENTENCE);
      if (cut <= s) cut = s + MAX_SENTENCE;
      spans.push({ start: s, end: cut });
      s = cut;
      while (s < e && /\s/.test(doc[s] as string)) s++;
    }
    if (e > s) spans.push({ start: s, end: e });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(doc); m; m = BOUNDARY.exec(doc)) {
    const end = m.index + (m[0].trim().startsWith('-') || m[0].startsWith('\n') ? 0 : m[0].length);
    push(start, end);
    start = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  push(start, doc.length);
  return spans;
}

function quotedSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  // Double quotes pair up in order.
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  // Single quotes count only at word edges, so that "don't" and "i'm" are never quotes.
  const single = /(?<![\p{L}\p{N}])'(?=[\p{L}\p{N}])[^'\n]*?[\p{L}\p{N}.!?,]'(?![\p{L}\p{N}])/gu;
  for (let m = single.exec(text); m; m = single.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Builds the shared annotations of one sentence; `previous` is the sentence before it, if any. */
export function analyse(text: string, offset: number, previous = ''): Sentence {
  const words: Word[] = [];
  const wordSet = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    wordSet.add(m[0]);
  }
  return {
    text,
    offset,
    words,
    wordSet,
    isQuestion: /\?\W*$/u.test(text) || (QUESTION_OPENER.test(text) && !EMPHATIC_ORDER.test(text)),
    quoted: text.includes('"') || text.includes("'") ? quotedSpans(text) : [],
    previous,
  };
}
