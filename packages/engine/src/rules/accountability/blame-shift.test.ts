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

describe('blame-shift: their push in softer words, and shared blame', () => {
  it.each([
    'u kinda pushed me tho',
    'you pushed me over the edge',
    'You made me feel like I had no choice.',
    "You're not innocent either.",
    'ur not exactly innocent in all this',
    'You did stuff too.',
    "It's as much your fault as mine.",
    "you're to blame too",
    'Honestly you share some of the blame.',
    'a lot of this is on you tbh',
    "You're partly responsible for this.",
    'you need to own your part in this',
    'Honestly, you played a big part in this.',
    "It wasn't just me.",
    "I'm not the only one who messed up here.",
    'We both dropped the ball.',
    'We let the drinking get out of hand.',
    'Still, I think we both got too caught up in work.',
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    'I just wanted you to know none of this is on you.',
    "It's on you to decide if we meet, and I'll respect it.",
    "You're not responsible for my feelings.",
    'You are not to blame.',
    'You played a huge part in my recovery.',
    'Some of this is on me. All of it, really.',
    "I'm not the only one who misses the dog.",
    'We both got jobs in the city that year.',
    'We both failed our driving tests the first time, remember?',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: others as the cause, counterfactuals, the victim turned round', () => {
  it.each([
    'The guys kept pushing me to have another drink.',
    "It was my sister's idea to read your diary.",
    'Your brother started it.',
    'my mate told me to do it',
    'It was my friend who suggested it.',
    'I only went because Sam insisted.',
    'Had you not gone through my phone, none of this would have come out.',
    "If only you'd been home more, things would be different.",
    "none of this would have happened if you'd been honest with me",
    "If you'd given me space I wouldn't have exploded.",
    'You never listened, so I stopped telling you things.',
    'You know what you did.',
    'You gave me every reason to check.',
    "Now I'm the bad guy?",
    "I'm the one who should be upset here.",
    'You should be apologising to me.',
    'You hurt me way more than I hurt you.',
    'What about what you did to me?',
    "You're twisting everything.",
    'You always make me out to be the bad guy.',
    'You set me off.',
    'I did it because of how you treated me.',
    'I hid it because you would have freaked out.',
    'Blame your friend, not me.',
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    'My mum talked me into going to therapy, and it’s helping.',
    'My mum told me to go to therapy.',
    'My friend told me to apologise properly, and she was right.',
    'It was my friend who suggested I write to you.',
    'Because my sister insisted, I finally went to the doctor.',
    "If you hadn't told me, I'd never have known how much it hurt.",
    "If you'd left sooner, I wouldn't blame you.",
    "If you ever want to talk, I'd be glad to.",
    'If you had told me earlier I would have helped.',
    'I did it anyway, because it made me feel superior.',
    'You hurt me, and I hurt you more, and that is on me.',
    'What about what you want? That matters most.',
    'You set me up with my first job.',
    'You never stopped believing in me.',
    'Blame me, not her.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});
