import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'responsibility')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('responsibility', () => {
  it.each([
    'I lied to you about the overtime.',
    'It was my fault, start to finish.',
    'I take full responsibility for the fight.',
    'I was wrong to check your emails.',
    "that's on me",
    'Reading your diary was wrong of me.',
    'i cheated. no point dressing it up',
    'I chose to keep drinking.',
    "There's no excuse for what I did at your graduation.",
    'I have no excuse.',
    'I went through your bag while you slept.',
    'I should have told you about the debt before we married.',
    "I wasn't there for you when your mum was ill.",
    'you were never the problem, i was',
    'My behaviour at the barbecue was unacceptable.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'm sorry I lied.",
    'sorry for reading your messages',
    'We both made mistakes.',
    'Mistakes were made.',
    'I never cheated on you.',
    "I'm not saying it was my fault.",
    'You think I lied?',
    'The only reason I lied is that I was scared.',
    'I only kissed her because I was drunk.',
    'What you did was wrong.',
    'it was partly my fault and partly yours',
    'lol yes that was me in the background of the video',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('LABELS decision 1: the act stated outside the sorry-clause is both', () => {
    const ids = new Set(check("I lied to you. I'm sorry.").findings.map((f) => f.ruleId));
    expect(ids.has('responsibility')).toBe(true);
    expect(ids.has('regret')).toBe(true);
  });

  it('spans the owned act', () => {
    expect(spans('Honestly? I ghosted you for a month.')).toEqual(['I ghosted you for a month']);
  });
});
