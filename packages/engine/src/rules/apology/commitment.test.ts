import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'commitment')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('commitment', () => {
  it.each([
    "From now on I'll tell you where I am when I'm out late.",
    "I've started seeing a therapist about my temper.",
    "I won't go through your things again.",
    "I've deleted the betting app.",
    "I'm going to AA meetings twice a week.",
    'ive been sober 6 months now',
    "I've blocked her number.",
    'It will never happen again.',
    'i go to a gamblers anonymous group on mondays now',
    "I haven't had a drink since June.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll try.",
    'Maybe I will change.',
    'i might change, i might not',
    "I'll be a better person from now on.",
    "I swear I'll never hurt you again.",
    'I should probably see someone.',
    'If you take me back I will go to therapy.',
    "I won't message again unless you reach out.",
    'My therapist says you were partly to blame.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('spans the change', () => {
    expect(spans('Just so you know, I have started therapy.')).toEqual(['I have started therapy']);
  });
  describe('change shown in many forms', () => {
    it.each([
      // handing over access so someone can hold them to it
      'i gave my mum my passcode, she checks whenever she wants',
      "I've handed over all my passwords to my sponsor.",
      'ive given my brother my bank card so i cant bet',
      "No more lying, I mean it. I've told my sister to hold me to it.",
      "I've asked my best mate to keep me honest.",
      // programmes and help
      "I'm halfway through a 12-week anger course.",
      'im doing a perpetrator programme on wednesdays',
      "I've been referred to a psychologist.",
      "I'll get help for my drinking.",
      "I'm working on my jealousy with my therapist.",
      // time without the habit
      "I've not had a drink since.",
      "haven't had a drink since xmas",
      "It's been 40 days since my last bet.",
      // promises about a concrete act
      "I won't drink when I have the kids, not one.",
      "I'm not going to touch that account.",
      'I will never go through your phone.',
      'I no longer keep my phone locked.',
      // new habits
      'I walk away now instead of yelling.',
      'When it builds up I step outside and breathe, every time.',
      'My phone stays face up on the table when we are together.',
      "I'll be home by six on weeknights.",
      "I've started writing down what I spend each day.",
      'Half my wages go into your account on the 1st of every month.',
      'Every payday, £40 goes to you until the debt is cleared.',
      "I've installed a blocker on all the betting sites.",
      "I've dropped the Saturday shifts so I'm home with the kids.",
      // texting with the subject left out
      'deleted the app. all of them',
      'been sober 3 months now',
      // more habits and arrangements
      "I've taken the apps off my phone.",
      'I no longer have her number.',
      "I've learnt how to stop before I shout.",
      'Each evening now I write down what I spent.',
      'Every morning I go to a meeting before work.',
      'My sponsor and I speak every day.',
      "I'm on medication now and it's helping.",
      "I'll always tell you who I'm with.",
      "I'll text you if I'm going to be late.",
      "I'll tell you before I spend anything over £50.",
      "I've moved out of the flat I shared with her.",
      'i havent spoken to her since that night',
      "I'll hand over my phone whenever you ask.",
      'My accounts are open to you now.',
      "I've put my name down for a parenting course.",
      'I will be attending meetings twice a week.',
      'im off the drink now',
      'there will be no more lies',
      "there'll be no more secrets, i promise",
      'cut her off completely',
    ])('fires on %j', (text) => {
      expect(fires(text)).toBe(true);
    });

    it.each([
      'I gave my number to a guy at the bar.',
      'i gave her my hoodie back',
      'I told my sister to mind her own business.',
      'I took a pottery class on Tuesdays.',
      "I haven't slept since.",
      "It's been 3 months since we broke up.",
      "I won't lie, it's been hard.",
      "I'm not going to lie to you, things are rough.",
      "I won't drink tonight, I'm driving.",
      'Grief is no excuse and I will not use it as one.',
      'I walked out instead of talking to you.',
      'I used to walk away instead of shouting.',
      'You should go for a walk instead of drinking.',
      'My phone is in the car.',
      'My salary goes in on the 25th.',
      'you handed me your wages every month for years',
      'I told my boss I was sick.',
      'I started writing you a letter.',
      'I saw the doctor about my knee.',
      "I've been to therapy before and it didn't help.",
      "I've stopped going to meetings.",
      "I'm not going to promise again, I'd rather show you.",
      "Next time you see me I'll look different.",
      'started a new job',
      'been seeing someone new',
      'going to meetings all day at work',
      "I'll think about you every single day.",
      'Each evening now I cry.',
      'Every morning I go to work.',
      'I no longer have your number.',
      "I'll text you when I'm free.",
      "I've learned to live with it.",
      "I haven't seen him since school.",
      'My phone is open on the table.',
      "I'm off the hook then.",
      'no more lies from you please',
      'im off work today',
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });

    it('spans the change, mapped back through a dropped subject', () => {
      expect(spans('deleted the betting app')).toEqual(['deleted the betting app']);
      expect(spans("Honestly, I've told my sister to hold me to it.")).toEqual([
        "I've told my sister to hold me to it",
      ]);
    });
  });

  it.each([
    "I'm not going to come near your place.",
    "I'd never do that again.",
    'ill stop double texting, promise',
    "I've started a debt management plan.",
    "i've set up a budget and i'm sticking to it",
    'From now on you’ll always know where I am.',
    'I was referred by my GP to a drug and alcohol counsellor in March.',
    "I've cut the card up.",
    'I asked my sister to go through my statements with me each month.',
    "I've given my brother control of my bank account.",
    "I've handed in my notice there.",
    "I'll stop making decisions about the flat without asking you.",
    "I've told my therapist about it and we're working on why I run.",
  ])('fires on other concrete changes: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'delete my number and ill make every day of ur life miserable',
    "I've already transferred back the £400.",
    'In March I told my therapist I wished I were dead.',
    'I cut my finger on the card.',
    "I'd never do that to you.",
  ])('does not fire on near misses: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each(["I'm going to delete the app tonight."])('fires on a change planned for today: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(["I'm going to delete the photos you sent."])(
    'does not fire on these near misses either: %j',
    (text) => {
      expect(fires(text)).toBe(false);
    },
  );

  describe('a change made so the old habit is out of reach, or ended for good', () => {
    it.each([
      'ive sold my car so i cant drive past ur work anymore',
      'I gave my bank card to my sister so I can no longer bet online.',
      "I've borrowed nothing since and I've stopped borrowing off your mum, full stop.",
      "I've stopped checking who you follow, for good.",
      "you'll never get another lie from me again",
    ])('fires on %j', (text) => {
      expect(fires(text)).toBe(true);
    });

    it.each([
      'If you would prefer I stopped calling altogether, tell me.',
      "I've stopped going to my appointments, for good.",
      'I sold the car so I could pay the rent.',
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });
  });

  describe("not a change of the writer's own behaviour", () => {
    it.each([
      // a hope shared by both, not an owned change
      'I hope we can both communicate better going forward.',
      'hopefully we can all be more honest with each other going forward',
      // leaving, in an ultimatum: about contact, not change
      'Text me by 9 or you will never hear from me again.',
      // a start date for paying back: the time belongs to the repayment, not to what follows "and"
      "I'll pay you back, £50 a week starting Monday, and you'll see every payment.",
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });
  });

  describe("help sought for the writer's own safety, told so they need not worry", () => {
    it.each([
      "I'm safe now, I've started seeing a counsellor and my mum's staying over.",
      "im ok now. i'm not in that place anymore, im seeing someone every week",
      'Back then I wanted to end my life. These days I see a therapist every week.',
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });

    it.each([
      "I used to say I'd hurt myself if you left. That was cruel, and I'll never use that against you again.",
      "I've started seeing a counsellor about my temper, every Thursday.",
    ])('still fires on a promise to them: %j', (text) => {
      expect(fires(text)).toBe(true);
    });
  });

  describe('a message with a threat or a sign of danger to the writer', () => {
    it.each([
      "I've stopped drinking. But if you go to the police you'll regret it.",
      "I've deleted my accounts and given my dog to my brother. I won't be here much longer.",
    ])('credits no change: %j', (text) => {
      expect(fires(text)).toBe(false);
    });
  });
});
