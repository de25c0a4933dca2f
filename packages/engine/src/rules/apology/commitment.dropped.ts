/**
 * Texting drops the subject: "deleted the app", "been sober 3 months", "lied to you about it". For
 * the first-person rules, a sentence that opens with such a verb is read again with the "I" it
 * leaves out, and the hits are mapped back to the sentence as written.
 */
import { analyse, type Sentence } from '../../analysis.js';
import type { Hit } from '../../rule.js';

/**
 * Hits of `find` on the sentence read with "i " before its first word, when `opener` matches the
 * sentence from that word on; `[]` otherwise. Spans are in the original sentence's offsets.
 */
export function withDroppedSubject(s: Sentence, opener: RegExp, find: (t: Sentence) => Hit[]): Hit[] {
  const first = s.words[0];
  if (!first || !opener.test(s.text.slice(first.start))) return [];
  const at = first.start;
  const shadow = analyse(`${s.text.slice(0, at)}i ${s.text.slice(at)}`, s.offset, s.previous);
  const back = (o: number): number => (o < at ? o : o < at + 2 ? at : o - 2);
  const hits: Hit[] = [];
  for (const h of find({ ...shadow, isQuestion: s.isQuestion })) {
    const start = back(h.start);
    const end = back(h.end);
    if (end > start) hits.push({ ...h, start, end });
  }
  return hits;
}
