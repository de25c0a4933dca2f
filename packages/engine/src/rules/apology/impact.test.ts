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

describe('impact: the consequences for them named: paid for it, because of my lie, it cost you, I know you had to', () => {
  it.each([
    'I was careless with the money for years, and you paid for it.',
    'you paid the price for my drinking',
    "You missed your sister's wedding because of my lie.",
    'u lost ur job because of what i did',
    'My gambling cost you your savings and your peace of mind.',
    'I know you spent nights waiting up for me.',
    "I know you had to explain to the kids why I wasn't there.",
    'The trust you had in me was broken by me, and by nobody else.',
    'I let you believe you were imagining things.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(['You can come because of the holiday, if you want.'])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});
