import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal, type Normalized } from './normalize.js';

/** The original text behind a span of the normalised text. */
function back(original: string, n: Normalized, start: number, end: number): string {
  const span = toOriginal(n, start, end);
  return original.slice(span.start, span.end);
}

/** The original text behind the first occurrence of `needle` in the normalised text. */
function originalOf(original: string, needle: string): string {
  const n = normalize(original);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  return back(original, n, at, at + needle.length);
}

describe('normalize: texting forms', () => {
  it.each([
    ['u r so sweet', 'you are so sweet'],
    ['ur right', "you're right"],
    ['ur car', 'your car'],
    ['ur gonna regret it', "you're going to regret it"],
    ['your the one', "you're the one"],
    ['your mum', 'your mum'],
    ['im sorry', "i'm sorry"],
    ['i dont know', "i don't know"],
    ['sry', 'sorry'],
    ['soz mate', 'sorry mate'],
    ['idk what to say', "i don't know what to say"],
    ['tbh i was wrong', 'to be honest i was wrong'],
    ['pls answer', 'please answer'],
    ['cuz i was scared', 'because i was scared'],
    ['wanna talk', 'want to talk'],
    ['gonna change', 'going to change'],
    ['ive been thinking', "i've been thinking"],
    ['u wont regret it', "you won't regret it"],
    ["u're so selfish", "you're so selfish"],
    ['U’ll regret it', "you'll regret it"],
    ["u've hurt me", "you've hurt me"],
    ["u'd know", "you'd know"],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('expands whole words only', () => {
    expect(normalize('upset').text).toBe('upset');
    expect(normalize('your').text).toBe('your');
    expect(normalize('ideas').text).toBe('ideas');
    expect(normalize('cant-stop').text).toBe("can't-stop");
  });

  it('lower-cases and expands a capitalised texting form', () => {
    expect(normalize('IDK').text).toBe("i don't know");
    expect(normalize('U ok?').text).toBe('you ok?');
    expect(normalize('Im here').text).toBe("i'm here");
  });

  it('leaves the upper-case "ID" and "US" alone (not "i\'d", not "us" as a texting form)', () => {
    expect(normalize('my ID card').text).toBe('my id card');
    expect(normalize('back in the US').text).toBe('back in the us');
    expect(normalize('id rather talk').text).toBe("i'd rather talk");
  });

  it('leaves the letters of an abbreviation alone', () => {
    expect(normalize('back in the U.S. now').text).toBe('back in the u.s. now');
    expect(normalize('love u. x').text).toBe('love you. x');
    expect(normalize('wit u.So b happy').text).toBe('wit you.so b happy');
    expect(normalize('HELLO U.CALL WEN U FINISH').text).toBe('hello you.call wen you finish');
  });
});

describe('normalize: the "ill" guard', () => {
  it.each([
    'i feel ill',
    'i was ill all week',
    "i'm really ill",
    'im so ill',
    'she got ill',
    'you were seriously ill',
    'i fell ill in march',
    "he's ill",
    "my mum's ill again",
    "you're ill",
    'they are ill',
    'she looks ill',
    'a bit ill',
    'he has fallen ill',
  ])('keeps "ill" as unwell in %j', (input) => {
    expect(normalize(input).text).toMatch(/\bill\b/);
    expect(normalize(input).text).not.toContain("i'll");
  });

  it.each([
    ['ill call you later', "i'll call you later"],
    ['ok ill stop', "ok i'll stop"],
    ['Ill never do it again', "i'll never do it again"],
    ['sorry. ill give you space', "sorry. i'll give you space"],
  ])('reads "ill" as "I\'ll" in %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});

describe('normalize: quotes, dashes and spaces', () => {
  it('unifies curly and odd apostrophes to a straight one', () => {
    expect(normalize('I’m sorry').text).toBe("i'm sorry");
    expect(normalize('I‘m sorry').text).toBe("i'm sorry");
    expect(normalize('I`m sorry').text).toBe("i'm sorry");
    expect(normalize('Iʼm sorry').text).toBe("i'm sorry");
  });

  it('unifies curly double quotes and guillemets', () => {
    expect(normalize('you said “never again”').text).toBe('you said "never again"');
    expect(normalize('«enough»').text).toBe('"enough"');
    expect(normalize('„so“').text).toBe('"so"');
  });

  it('unifies dashes, the ellipsis and odd spaces', () => {
    expect(normalize('sorry — really').text).toBe('sorry - really');
    expect(normalize('sorry – really').text).toBe('sorry - really');
    expect(normalize('well…').text).toBe('well...');
    expect(normalize('a\u00A0b\tc').text).toBe('a b c');
  });

  it('turns CR into a space and keeps the line break', () => {
    expect(normalize('hi\r\nthere').text).toBe('hi \nthere');
    expect(normalize('a\u2028b').text).toBe('a\nb');
  });

  it('expands an apostrophe-less contraction written with a curly apostrophe', () => {
    expect(normalize('don’t').text).toBe("don't");
    expect(normalize('DON’T').text).toBe("don't");
  });
});

describe('normalize: stretched letters', () => {
  it.each([
    ['sooo sorry', 'so sorry'],
    ['SOOOOO sorry', 'so sorry'],
    ['pleaseeee', 'please'],
    ['heyyyy', 'hey'],
    ['sorryyyy', 'sorry'],
    ['pleeease', 'please'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps doubled letters', () => {
    expect(normalize('sorry').text).toBe('sorry');
    expect(normalize('book keeper').text).toBe('book keeper');
    expect(normalize('aaa').text).toBe('a');
  });

  it('keeps runs of digits', () => {
    expect(normalize('1000').text).toBe('1000');
  });
});

describe('normalize: the offset map', () => {
  it('is empty for the empty string', () => {
    const n = normalize('');
    expect(n.text).toBe('');
    expect(n.from.length).toBe(0);
    expect(toOriginal(n, 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('maps an expanded word to the whole original word', () => {
    expect(originalOf('ok u r right', 'you')).toBe('u');
    expect(originalOf('ok u r right', 'are')).toBe('r');
    expect(originalOf('IDK what to say', "don't know")).toBe('IDK');
    expect(originalOf('Im sorry', "i'm")).toBe('Im');
    expect(originalOf('Im sorry', "'")).toBe('Im');
  });

  it('maps a shortened run to the whole run', () => {
    expect(originalOf('im sooooo sorry', 'so sorry')).toBe('sooooo sorry');
    expect(originalOf('im sooooo sorry', 'so')).toBe('sooooo');
  });

  it('maps a span across curly quotes, emoji and CRLF to the same words', () => {
    const text = 'Hey 👋🏽\r\nI’m “really” sorry 😔 ur right';
    expect(originalOf(text, "i'm")).toBe('I’m');
    expect(originalOf(text, '"really"')).toBe('“really”');
    expect(originalOf(text, "you're right")).toBe('ur right');
    expect(originalOf(text, 'i\'m "really" sorry')).toBe('I’m “really” sorry');
  });

  it('maps an astral character to both of its code units', () => {
    const text = 'a😔b';
    const n = normalize(text);
    expect(n.text).toBe('a😔b');
    expect(back(text, n, 1, 2)).toBe('😔');
    expect(back(text, n, 2, 3)).toBe('😔');
  });

  it('maps a word whose lower case changes length as a whole', () => {
    const text = 'İstanbul was lovely';
    const n = normalize(text);
    expect(n.text.startsWith('i̇stanbul')).toBe(true);
    expect(back(text, n, 0, 2)).toBe('İstanbul');
    expect(originalOf(text, 'was')).toBe('was');
  });

  it('clamps spans outside the text', () => {
    const text = 'sorry';
    const n = normalize(text);
    expect(toOriginal(n, -5, 2)).toEqual({ start: 0, end: 2 });
    expect(toOriginal(n, 3, 99)).toEqual({ start: 3, end: 5 });
    expect(toOriginal(n, 9, 99)).toEqual({ start: 4, end: 5 });
    expect(toOriginal(n, 2, 2)).toEqual({ start: 2, end: 3 });
  });

  it('maps every normalised character inside the original, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc
            .array(
              fc.constantFrom(
                'u ',
                'ur ',
                'Im ',
                'idk ',
                'ill ',
                'feel ',
                'sooo ',
                '’',
                '“',
                '…',
                '\r\n',
                '😔',
                'İ',
              ),
              { maxLength: 20 },
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const n = normalize(text);
          expect(n.from.length).toBe(n.text.length);
          expect(n.to.length).toBe(n.text.length);
          let last = 0;
          for (let k = 0; k < n.text.length; k++) {
            const a = n.from[k] as number;
            const b = n.to[k] as number;
            const inside = a >= 0 && a < b && b <= text.length && a >= last;
            if (!inside) expect({ k, a, b, last, length: text.length }).toBe('inside the original, in order');
            last = a;
          }
          // Any span maps to a non-empty, in-bounds span of the original.
          if (n.text.length > 0) {
            const s = toOriginal(n, 0, n.text.length);
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.start).toBeLessThan(s.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('maps every normalised word back to an original span that normalises to it (property)', () => {
    const word = fc.constantFrom(
      'sorry',
      'SORRY',
      'Sooooo',
      'u',
      'ur',
      'dont',
      'don’t',
      'I’m',
      'idk',
      'lied',
      'you',
      'Hurt',
      'trust',
    );
    const gap = fc.constantFrom(' ', '  ', ', ', '. ', '\n', '\r\n', ' 😔 ', ' “', '” ', ' - ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 15 }), (pairs) => {
        const text = pairs.map(([w, g]) => w + g).join('');
        const n = normalize(text);
        for (const m of n.text.matchAll(/[a-z']+(?: [a-z']+)*/g)) {
          const original = back(text, n, m.index, m.index + m[0].length);
          expect(normalize(original).text).toBe(m[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
