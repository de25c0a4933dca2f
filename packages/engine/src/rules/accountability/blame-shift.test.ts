import { describe, expect, it } from 'vitest';
import { fires } from './testutil.js';

describe('blame-shift', () => {
  it.each([
    'You drove me to it with all your nagging.',
    'If you had just picked up the phone, I never would have gone to the bar.',
    "You're the one who started checking my phone.",
    "It's partly your fault for never telling me how you felt.",
    'my mates pressured me into going out that night',
    "ur acting like i'm some kind of criminal",
    'I only lied because you were always so angry with me.',
    "Let's not pretend it was one-sided, you were shouting too.",
    "I'm sorry but u weren't exactly an angel either",
    'We both let the job take over, so we both need to own this.',
  ])('fires on %s', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    'You made me laugh every single day.',
    'You helped me see what I did.',
    'I pushed you away, and that was my choice.',
    "It's not your fault, none of this is.",
    'You were the one who stood by me when Dad died.',
    'I took the job without asking you first.',
    'They keep saying it was your fault, and I have told them it was mine.',
  ])('does not fire on %s', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: their behaviour or others as the cause, the counterfactual turned round, deflection', () => {
  it.each([
    'Your constant questions drove me to it.',
    'ur jealousy pushed me away',
    'You pushed and pushed until I snapped.',
    'you kept needling me till i lost it',
    'You were winding me up the whole evening.',
    'Honestly my mates got in my head about you.',
    "She's the reason I said all that.",
    'the lads were egging me on all night',
    'blame him not me',
    'If HR had done their job none of this would have happened.',
    "I never would have touched the money if you hadn't shut me out.",
    'if u didnt read my messages i wouldnt have had to lie',
    "That's not on me.",
    'this is your problem, not mine',
    'What did you think would happen?',
    'You need to work on your trust issues.',
    'Sure, blame me for everything.',
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    "You pushed me to apply for the job and I'm grateful.",
    'I know this is on me.',
    "She's the reason I started running, she got me into it.",
    'The kids begged me to go to the park.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});
