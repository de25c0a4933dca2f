import { describe, expect, it } from 'vitest';
import { fires, spans } from './testutil.js';

describe('evasive-passive', () => {
  it.each([
    'Mistakes were made on both sides.',
    'Some hurtful things were said that night.',
    'Your trust was broken and I know it.',
    'lies got told about where i was',
    'Your private photos were shared with my brother.',
    'A second credit card was opened without your knowledge.',
    'I know you were lied to for months.',
  ])('fires on %s', (text) => {
    expect(fires('evasive-passive', text)).toBe(true);
  });

  it.each([
    'I was wrong.',
    'I was told by your sister that you moved.',
    'I was made aware of it last week.',
    'The package was delivered on Monday.',
    'Your messages were read, by me, and I had no right.',
    "Not 'mistakes were made'. I made them.",
    'Were the photos deleted?',
  ])('does not fire on %s', (text) => {
    expect(fires('evasive-passive', text)).toBe(false);
  });

  it('starts the span at the subject', () => {
    expect(spans('evasive-passive', 'I know that promises were broken.')).toEqual(['promises were broken']);
  });
});
