import { describe, expect, it } from 'vitest';
import { fires, spans } from './testutil.js';

describe('minimizing', () => {
  it.each([
    'It was only a bit of banter between mates.',
    "honestly it's not that deep, it was one text",
    "You're blowing this way out of proportion.",
    'It only happened once and it meant nothing.',
    'It was just a stupid kiss at a party.',
    'Why are you still so upset about one missed dinner?',
    'It happens in every marriage, you know that.',
    "It's really not a big deal.",
    'sorry about the voicemail lol',
  ])('fires on %s', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });

  it.each([
    'It was just me at home that night.',
    'I only want you to be okay.',
    "I said 'it was just a kiss'. It wasn't.",
    'I told you it was no big deal, and that was a lie.',
    'It was not a small thing, and I know it.',
    'I know I overreacted when you told me.',
    'No big deal if you would rather not meet.',
  ])('does not fire on %s', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });

  it('tells the other their reaction is too big with its own reason', () => {
    expect(spans('minimizing', "you're being so dramatic")).toEqual(["you're being so dramatic"]);
  });
});
