import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string, rule = 'regret'): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.actual);
const fires = (text: string, rule = 'regret'): boolean => spans(text, rule).length > 0;

describe('regret', () => {
  it.each([
    "I'm sorry I forgot to pick you up from the station.",
    'i apologise for how i spoke to your brother',
    'so so sorry. i know that was awful',
    'sry i took the car without asking',
    "I'm deeply sorry for shouting at you in the car park.",
    'I moved the money without telling you. I am sorry.',
    'I regret the way I left that night.',
    "I wish I'd answered when you called from the hospital.",
    "I'm ashamed of how I acted at the wedding.",
    'im sooo sorry for everything',
    'Please accept my sincere apologies for my conduct at the hearing.',
    'I owe you an apology for what I said about your sister.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'sorry if you felt left out at the party',
    "Sorry, wrong number, I'm looking for Dave.",
    'sorry for the late reply, been slammed at work',
    'Sorry I missed your call, will ring back after six',
    "I'm so sorry for your loss, your nan was lovely.",
    "I'm not sorry and I never will be.",
    "You said sorry isn't enough.",
    'Are you sorry?',
    "You'll be sorry you left.",
    "I've apologised three times already, what more do you want",
    'sorry to hear about the job',
    'I regret ever meeting you.',
    'Do you ever regret it?',
    "I'm sorry it came to this.",
    "Oh I'm so sorry I'm not perfect like you.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('is not reported for a conditional apology, which is a problem instead', () => {
    expect(fires("I'm sorry if my jokes hurt you.")).toBe(false);
    expect(fires("I'm sorry if my jokes hurt you.", 'conditional-apology')).toBe(true);
  });

  it('minimal pair: sorry for my act vs sorry for their feeling', () => {
    expect(fires("I'm sorry I yelled at you.")).toBe(true);
    expect(fires("I'm sorry you feel I yelled at you.")).toBe(false);
  });

  it('spans the apology words in the original text', () => {
    expect(spans('Honestly, I’m really sorry. I lied about Friday.')).toEqual(['I’m really sorry']);
  });
});

describe('regret: the everyday sorries stay out', () => {
  it.each([
    'sorry, that was meant for my brother',
    "sorry that text wasn't for you",
    'sry only just saw this',
    'Sorry, just seen your message.',
    "sorry I didn't reply sooner, work was mad",
    "Sorry I haven't replied, it's been a hectic week.",
    'sorry been so busy',
    'sorry, one more thing',
    'sorry running 10 mins late',
    'sorry what?',
    'sorry, who is this?',
    "Sorry, I can't make it tonight.",
    'sorry cant make it',
    'Sorry, my battery died.',
    'sorry I fell asleep',
    "Sorry I didn't see your text.",
    'My condolences, I am so sorry.',
    'sorry sorry, ignore that',
    'Sorry for asking so many questions.',
    "I'm sorry, but I don't agree.",
    'sorry not sorry',
    "Sorry, I don't follow.",
    'sorry for texting so late',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    "I'm sorry I was late to your mum's funeral.",
    "Sorry I missed your brother's wedding.",
    "I'm sorry I didn't reply when you called from the hospital.",
    'sorry for texting your sister behind your back',
    'Sorry for calling you those names.',
    "I'm sorry, but I was drunk and that's no excuse.",
    'sorry sorry sorry, I lied about where I was',
    "i'm sorry i didn't answer when u needed me",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  describe('not regret for an act', () => {
    it.each([
      // a date that can't be kept
      "Sorry, I can't do the 3rd, I'm away that weekend.",
      'sorry cant do the twenty-first, working',
      // a wish not to be alive
      'Some days I wish I had never woken up.',
      'i wish i hadnt survived it',
      // past shame given as the reason for hiding something
      'I only hid the bills because I was ashamed of the debt.',
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });

    it.each(["I wish I hadn't said it.", 'I was ashamed of what I did to you.'])(
      'still fires on %j',
      (text) => {
        expect(fires(text)).toBe(true);
      },
    );
  });
});
