/**
 * Guards shared by rules against the usual causes of false alarms (RESEARCH.md): negation,
 * quotation and reported speech, and the clause a match belongs to.
 */
import type { Sentence } from './analysis.js';

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
  'cannot',
]);

const CLAUSE_BREAK = /[,;:()]|\b(?:but|and|so|because|though|although|while|whereas|if|when|then|or)\b/g;

/** The `[start, end)` of the clause around `pos`: bounded by punctuation and linking words. */
export function clauseAt(s: Sentence, pos: number): readonly [number, number] {
  let start = 0;
  let end = s.text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s.text); m; m = CLAUSE_BREAK.exec(s.text)) {
    if (m.index + m[0].length <= pos) start = m.index + m[0].length;
    else if (m.index >= pos) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** True when one of the `window` words before `pos`, inside its clause, negates it. */
export function negatedBefore(s: Sentence, pos: number, window = 3): boolean {
  const [clauseStart] = clauseAt(s, pos);
  let seen = 0;
  for (let i = s.words.length - 1; i >= 0 && seen < window; i--) {
    const w = s.words[i];
    if (!w || w.end > pos) continue;
    if (w.start < clauseStart) break;
    seen++;
    if (NEGATORS.has(w.text) || w.text.endsWith("n't")) return true;
  }
  return false;
}

/** True when `pos` lies inside quotation marks. */
export function isQuoted(s: Sentence, pos: number): boolean {
  return s.quoted.some(([a, b]) => pos > a && pos < b);
}

const REPORTING =
  /\b(?:you|they|he|she|people|everyone|someone|your \w+)\s+(?:said|says|say|told me|tell me|keep saying|kept saying|wrote|texted|called me|accused me of|think|thought|believe|believed|claimed|claim)\b|\b(?:i|i've)\s+(?:used to say|used to tell you|said things like|kept telling you|told you|said)\s+(?=["'])/g;

/** True when `pos` follows a reporting frame such as "you said" or "you told me" in the sentence. */
export function isReported(s: Sentence, pos: number): boolean {
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(s.text); m; m = REPORTING.exec(s.text)) {
    if (m.index + m[0].length <= pos) return true;
  }
  return false;
}

/** True when `pos` is quoted or reported speech: words the writer repeats rather than says now. */
export function isRepeatedSpeech(s: Sentence, pos: number): boolean {
  return isQuoted(s, pos) || isReported(s, pos);
}
