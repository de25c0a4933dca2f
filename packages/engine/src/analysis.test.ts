import { describe, expect, it } from 'vitest';
import { analyse, segment, type Sentence } from './analysis.js';
import { normalize } from './normalize.js';

/** The sentences of a draft, as the check sees them. */
function sentences(text: string): Sentence[] {
  const doc = normalize(text).text;
  return segment(doc).map((span) => analyse(doc.slice(span.start, span.end), span.start));
}
const texts = (text: string): string[] => sentences(text).map((s) => s.text);
const first = (text: string): Sentence => sentences(text)[0] as Sentence;

describe('segment', () => {
  it('returns nothing for empty or blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('   \n\n  ')).toEqual([]);
  });

  it('splits at full stops, exclamation and question marks, keeping the mark', () => {
    expect(texts("I'm sorry. Are you ok? I miss you!")).toEqual(["i'm sorry.", 'are you ok?', 'i miss you!']);
  });

  it('keeps runs of marks and closing quotes or brackets with their sentence', () => {
    expect(texts('Sorry!!! Really?! ok')).toEqual(['sorry!!!', 'really?!', 'ok']);
    expect(texts('He said "stop." I didn\'t.')).toEqual(['he said "stop."', "i didn't."]);
    expect(texts('(I was wrong.) That is all.')).toEqual(['(i was wrong.)', 'that is all.']);
  });

  it('splits at line breaks, including CRLF, and drops empty lines', () => {
    expect(texts('line one\nline two\r\nline three\n\n\nfour')).toEqual([
      'line one',
      'line two',
      'line three',
      'four',
    ]);
  });

  it('splits at a spaced dash but not inside a hyphenated word', () => {
    expect(texts("i lied - i'm sorry")).toEqual(['i lied', "i'm sorry"]);
    expect(texts('I lied — I’m sorry')).toEqual(['i lied', "i'm sorry"]);
    expect(texts('a well-known place')).toEqual(['a well-known place']);
  });

  it('does not split inside numbers or at marks without a following space', () => {
    expect(texts('it cost 1.5 million')).toEqual(['it cost 1.5 million']);
    expect(texts('wait...what')).toEqual(['wait...what']);
  });

  it('gives offsets into the normalised document', () => {
    const doc = normalize('Hi.  Are u ok?\nYes').text;
    for (const span of segment(doc)) {
      const body = doc.slice(span.start, span.end);
      expect(body).toBe(body.trim());
      expect(body.length).toBeGreaterThan(0);
    }
    expect(segment(doc).map((s) => doc.slice(s.start, s.end))).toEqual(['hi.', 'are you ok?', 'yes']);
  });

  it('cuts a long run without punctuation into pieces of at most 600 characters, at spaces', () => {
    const doc = 'word '.repeat(1000).trim();
    const spans = segment(doc);
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) {
      expect(span.end - span.start).toBeLessThanOrEqual(600);
      expect(doc.slice(span.start, span.end)).toMatch(/^word( word)*$/);
    }
  });

  it('cuts a long run without spaces too', () => {
    const doc = 'x'.repeat(2000);
    const spans = segment(doc);
    expect(spans.map((s) => s.end - s.start)).toEqual([600, 600, 600, 200]);
  });

  it('stays linear on long runs of marks', () => {
    const started = performance.now();
    segment('!'.repeat(50_000) + 'a');
    segment('.'.repeat(50_000) + ')'.repeat(50_000) + 'a');
    segment(`a${' '.repeat(50_000)}b`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('analyse: words', () => {
  it('lists words with their offsets in the sentence', () => {
    const s = first("I'm sorry, I won't do it again.");
    expect(s.words.map((w) => w.text)).toEqual(["i'm", 'sorry', 'i', "won't", 'do', 'it', 'again']);
    for (const w of s.words) expect(s.text.slice(w.start, w.end)).toBe(w.text);
    expect(s.wordSet.has("won't")).toBe(true);
    expect(s.wordSet.has('sorry,')).toBe(false);
  });

  it('sees expanded texting forms as words', () => {
    const s = first('sry ur right, idk why i did it');
    expect([...s.wordSet]).toEqual(
      expect.arrayContaining(['sorry', "you're", 'right', 'i', "don't", 'know', 'why', 'did', 'it']),
    );
  });

  it('keeps letters with accents and digits in words', () => {
    expect(first('Café at 9pm, naïve me').words.map((w) => w.text)).toEqual([
      'café',
      'at',
      '9pm',
      'naïve',
      'me',
    ]);
  });
});

describe('analyse: questions', () => {
  it.each([
    'Are you ok?',
    'ok?',
    'you still there?!',
    'can we talk',
    'did u get my message',
    'is it too late',
    'how are you',
    'how you doing',
    'why did you go',
    "what's wrong",
    'what happened',
    'r u ok',
    "don't you think so",
    "don't you ever miss us",
    'is there anything i can do',
    'will you ever forgive me',
    'am i a monster to you',
  ])('%j is a question', (text) => {
    expect(first(text).isQuestion).toBe(true);
  });

  it.each([
    "I'm sorry.",
    'i lied to you',
    "can't sleep",
    'will do better',
    'would never hurt you again',
    "didn't mean it",
    'was a mistake',
    "don't want to live anymore",
    "won't happen again",
    "when you're ready, I'm here",
    'whenever you are ready',
    'what I did was wrong',
    'when I lied to you I broke your trust',
    'how I treated you was wrong',
    "don't worry about replying",
    "should've told you",
    'the question is mine to answer',
    "don't you dare tell me to calm down",
    "Don't you forget that.",
    "don't you worry about me",
  ])('%j is not a question', (text) => {
    expect(first(text).isQuestion).toBe(false);
  });
});

describe('analyse: quoted spans', () => {
  const quotedTexts = (text: string): string[] => {
    const s = first(text);
    return s.quoted.map(([a, b]) => s.text.slice(a, b));
  };

  it('finds double-quoted spans, straight or curly', () => {
    expect(quotedTexts('I said "it was just a kiss" and it wasn\'t')).toEqual(['"it was just a kiss"']);
    expect(quotedTexts('you said “never again”, I heard you')).toEqual(['"never again"']);
    expect(quotedTexts('"one" and "two"')).toEqual(['"one"', '"two"']);
  });

  it('leaves an unclosed double quote unpaired', () => {
    expect(quotedTexts('she said "fine and left')).toEqual([]);
  });

  it('finds single-quoted spans at word edges', () => {
    expect(quotedTexts("I said 'it was just a kiss' and it wasn't")).toEqual(["'it was just a kiss'"]);
    expect(quotedTexts('you called it ‘nothing’ and you were right')).toEqual(["'nothing'"]);
  });

  it('never treats apostrophes inside words as quotes', () => {
    expect(quotedTexts("I don't know, I'm sorry, it wasn't ok")).toEqual([]);
    expect(quotedTexts('I don’t know, I’m sorry')).toEqual([]);
    expect(quotedTexts('dont im ive cant wont')).toEqual([]);
    expect(quotedTexts("the kids' toys and 'this' one")).toEqual(["'this'"]);
  });
});
