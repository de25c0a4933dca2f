import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'impact')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('impact', () => {
  it.each([
    'I know I hurt you.',
    'I broke your trust and I know it.',
    'You must have felt so humiliated in front of everyone.',
    'I made you feel stupid for asking.',
    'I can only imagine how alone you felt that winter.',
    'You deserved better than that.',
    'i know how much it hurt hearing it from ur friends',
    'You had to explain it to the kids while I stayed out.',
    'I know what my lying cost you.',
    'It made you doubt yourself for years.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'I was hurt too.',
    'You hurt me first.',
    'You made me feel small.',
    'Did I hurt you?',
    "I'd never hurt you.",
    'I made you laugh so much that summer.',
    "I'm sorry if I hurt you.",
    'You must have been busy this week.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('spans the acknowledgement', () => {
    expect(spans('Looking back, I made you feel invisible.')).toEqual(['I made you feel invisible']);
  });
});
