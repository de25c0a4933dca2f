import { describe, expect, it } from 'vitest';
import { analyse, type Sentence } from './analysis.js';
import { clauseAt, isQuoted, isRepeatedSpeech, isReported, negatedBefore } from './guards.js';
import { normalize } from './normalize.js';

/** One normalised sentence and the offset of `word` in it (its last occurrence when `last`). */
function at(text: string, word: string, last = false): [Sentence, number] {
  const s = analyse(normalize(text).text, 0);
  const pos = last ? s.text.lastIndexOf(word) : s.text.indexOf(word);
  expect(pos, `"${word}" in "${s.text}"`).toBeGreaterThanOrEqual(0);
  return [s, pos];
}

describe('clauseAt', () => {
  const clause = (text: string, word: string): string => {
    const [s, pos] = at(text, word);
    const [a, b] = clauseAt(s, pos);
    return s.text.slice(a, b).trim();
  };

  it('bounds the clause by punctuation', () => {
    expect(clause("I'm sorry, I was stressed", 'stressed')).toBe('i was stressed');
    expect(clause('first; second: third', 'second')).toBe('second');
  });

  it('bounds the clause by linking words', () => {
    expect(clause("it's not your fault but you made me do it", 'made')).toBe('you made me do it');
    expect(clause("it's not your fault but you made me do it", 'fault')).toBe("it's not your fault");
    expect(clause('I lied because I was scared', 'scared')).toBe('i was scared');
    expect(clause('if you had listened I would not have', 'listened')).toBe(
      'you had listened i would not have',
    );
  });

  it('is the whole sentence when nothing breaks it', () => {
    expect(clause('I lied to you about Friday', 'friday')).toBe('i lied to you about friday');
  });
});

describe('negatedBefore', () => {
  it.each([
    ["I won't make excuses", 'excuses'],
    ['I will not ever make excuses', 'excuses'],
    ['I never meant to hurt you', 'meant'],
    ['nobody made me do it', 'made'],
    ['I cannot go on like this', 'go'],
    ['i cant go on', 'go'],
    ['I dont blame you', 'blame'],
    ['there is no excuse', 'excuse'],
    ['without any excuse', 'excuse'],
  ])('%j negates "%s"', (text, word) => {
    const [s, pos] = at(text, word);
    expect(negatedBefore(s, pos)).toBe(true);
  });

  it.each([
    ['I make excuses', 'excuses'],
    ['no, I can go on', 'go'],
    ["it's not your fault but you made me do it", 'made'],
    ['not because of you, I lied', 'lied'],
    ['I was stressed', 'stressed'],
  ])('%j does not negate "%s" (no negator in its clause)', (text, word) => {
    const [s, pos] = at(text, word);
    expect(negatedBefore(s, pos)).toBe(false);
  });

  it('looks back three words by default, and further when asked', () => {
    const [s, pos] = at("I'm not going to make excuses", 'excuses');
    expect(negatedBefore(s, pos)).toBe(false);
    expect(negatedBefore(s, pos, 4)).toBe(true);
  });

  it('does not look after the position', () => {
    const [s, pos] = at('excuses are not what you need', 'excuses');
    expect(negatedBefore(s, pos)).toBe(false);
  });
});

describe('isQuoted', () => {
  it('is true inside double or single quotes, false outside', () => {
    const [s, pos] = at('I said "it was just a kiss" and it wasn\'t', 'just');
    expect(isQuoted(s, pos)).toBe(true);
    const [s2, pos2] = at('I said "it was just a kiss" and it wasn\'t', 'wasn', true);
    expect(isQuoted(s2, pos2)).toBe(false);
    const [s3, pos3] = at("you called it 'just a joke' and it wasn't", 'just');
    expect(isQuoted(s3, pos3)).toBe(true);
  });

  it('ignores apostrophes in contractions', () => {
    const [s, pos] = at("I don't think it was just a joke, I'm sorry", 'just');
    expect(isQuoted(s, pos)).toBe(false);
  });
});

describe('isReported', () => {
  it.each([
    ['you said I never listen', 'never'],
    ['You told me I was selfish, and you were right', 'selfish'],
    ['they think I am a liar', 'liar'],
    ['your sister said I was cruel', 'cruel'],
    ['you kept saying I was cold', 'cold'],
    ['you accused me of lying', 'lying'],
    ['you say I always run away', 'always'],
  ])('%j reports "%s"', (text, word) => {
    const [s, pos] = at(text, word);
    expect(isReported(s, pos)).toBe(true);
  });

  it('needs the reporting frame before the position', () => {
    const [s, pos] = at('I never listen, you said', 'never');
    expect(isReported(s, pos)).toBe(false);
  });

  it('is false for the writer speaking now', () => {
    const [s, pos] = at('I was selfish and I know it', 'selfish');
    expect(isReported(s, pos)).toBe(false);
    const [s2, pos2] = at('you always overreact', 'always');
    expect(isReported(s2, pos2)).toBe(false);
  });

  it("counts the writer's own past words only before a quotation", () => {
    const [s, pos] = at("I told you 'it meant nothing' and that was a lie", 'nothing');
    expect(isReported(s, pos)).toBe(true);
    const [s2, pos2] = at('I told you it meant nothing', 'nothing');
    expect(isReported(s2, pos2)).toBe(false);
  });
});

describe('isRepeatedSpeech', () => {
  it('is quoted or reported speech', () => {
    expect(isRepeatedSpeech(...at('I said "it was just a kiss"', 'just'))).toBe(true);
    expect(isRepeatedSpeech(...at('you said I never listen', 'never'))).toBe(true);
    expect(isRepeatedSpeech(...at('it was just a kiss', 'just'))).toBe(false);
  });
});
