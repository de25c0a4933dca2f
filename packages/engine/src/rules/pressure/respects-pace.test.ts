import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'respects-pace')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('respects-pace', () => {
  it.each([
    'Take all the time you need.',
    'take as long as u like x',
    'There is no rush with any of this.',
    'No need to write back.',
    'You don’t have to respond, today or ever.',
    'u dont owe me a thing',
    'You owe me nothing.',
    'Please do not feel obliged to answer.',
    'This letter does not require a reply.',
    'Whenever you feel ready, if ever, I will listen.',
    'If and when you want to talk, I will be here.',
    'Whatever you decide about us, I will accept it.',
    'It is entirely your call.',
    'What happens next is yours to decide.',
    'I will respect your decision.',
    'If you would rather I never wrote again, I understand.',
    'I will not contact you again unless you ask me to.',
    'Nothing more from me unless you want it.',
    "I'm not asking for anything in return.",
    'Only reply if you want to.',
    "It's fine if you never answer.",
    'Write back whenever, or never.',
    'Your pace, always.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('covers the words that leave the choice to them', () => {
    expect(spans('I lied about the money. Take whatever time you need.')).toEqual([
      'Take whatever time you need',
    ]);
  });

  it.each([
    'Take your time, but answer by Friday.',
    'No rush, but I need to know tonight.',
    'No need to reply, but I would really appreciate an answer by tonight.',
    "You don't have to answer, but your silence says a lot.",
    'u dont have to forgive me today but u have to hear me out this weekend',
  ])('does not fire when a deadline or demand undercuts it: %j', (text) => {
    expect(fires(text)).toBe(false);
    expect(check(text).findings.some((f) => f.ruleId === 'pressure')).toBe(true);
  });

  it.each([
    'Trust takes time.',
    'It took me a long time to see what I did.',
    'I accept that I was wrong.',
    'I understand now how much I hurt you.',
    'It is up to you to fix this.',
    'Your call about the car is fine, sell it.',
    'I have no excuse for what I did.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('is dropped in the whole message when another sentence pressures', () => {
    const text = "Go at your own pace. I'll text you every morning so you know I'm here.";
    expect(fires(text)).toBe(false);
    expect(check(text).findings.some((f) => f.ruleId === 'pressure')).toBe(true);
    expect(fires('Go at your own pace. I hope the new job is going well.')).toBe(true);
  });

  it('credits without scolding', () => {
    const [f] = check('No need to reply.').findings.filter((x) => x.ruleId === 'respects-pace');
    expect(f?.kind).toBe('strength');
    expect(f?.reason).toMatch(/pace/);
    expect(`${f?.reason} ${f?.suggestion}`).not.toMatch(/!/);
  });
});

describe('respects-pace: their pace and choice, said many ways', () => {
  it.each([
    'up to you',
    "I'll leave the ball in your court.",
    'If you want me to leave you alone, I will.',
    'If you want me to stop writing, just say and I will stop.',
    'You can tell me to go away and I will.',
    'If you need space, take it.',
    "I'll give you the space you asked for.",
    'I respect that you need distance.',
    "I'm not going to push you on this.",
    'no need 2 reply',
    "Reply or don't, both are fine.",
    "I'll follow your lead.",
    'at whatever pace works for you',
    "If you're not ready, that's okay.",
    'if ur not ready thats ok',
    "I'll back off.",
    'Only when you feel ready.',
    "Say no if you want, that's your right.",
    "Don't feel you have to respond.",
    "You don't have to reply to me, I just want you to know.",
    "I won't write again after this.",
    "This is the last you'll hear from me unless you want otherwise.",
    'If you want to talk, you know where I am.',
    "Should you ever want to talk, I'm around.",
    "There's nothing you need to do.",
    "Forgiveness isn't something I'm owed.",
    "I'm not writing to get you back.",
    'Whatever you choose is right.',
    'Any answer, or none, is okay.',
    'The choice is yours.',
    "It's for you to decide if we speak again.",
    'no worries if not',
    'all good if u dont reply',
    'dw about replying',
    'understand if u dont reply',
    'no hard feelings if you do not reply',
    "you're allowed to say no",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "Whenever you're ready, you'd better call me.",
    'Take your time getting ready, we leave at 8.',
    'Up to you where we eat.',
    'You need to tell me, it is up to you to fix this.',
    "If you need a lift, I'm outside.",
    'I respect your mum a lot.',
    "I'll keep my distance at the party.",
    "That's you're right about the dates.",
    'I understand the maths now.',
    "I won't write again until you answer.",
    'The decision is yours to make by tomorrow.',
    "I'm not writing to the council again.",
    'The choice of restaurant is yours.',
    'no pressure, just reply tonight',
    'whenever u want, as long as its today',
    'no stress at work today',
    'no worries, see you at 5',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    "I'm not in any rush for an answer.",
    'Please don’t rush yourself.',
    'im happy to wait till u feel ready',
    "I'll wait until you're ready, however long that is.",
    'Reply only when it feels right for you.',
    'You decide what happens from here.',
    'Silence is a fine answer too.',
    "Silence is an answer too, and I'll treat it as one.",
    'Write back in a week, a year, or never.',
    'Call, ignore this, block me: any of those is okay.',
    'There is nothing you need to do with this letter.',
    "I'm not going to ask you for anything.",
    "I'll only come to the next one if you're comfortable with it.",
    'this is the last text until u reach out',
    'i deserve whatever u decide, even if its goodbye',
    "It's your call whether we stay in touch.",
    "I'll go along with whatever you choose.",
    "I'm giving you as much space as you need.",
    'You can take weeks, months, whatever you need.',
  ])('fires on other ways of leaving the pace to them: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "It's now or never.",
    "I'm happy to wait outside until you come down.",
    "I won't stop texting until you call me.",
    'She said silence is golden.',
    'I decide what happens from here.',
    'Answer me now or never speak to me again.',
  ])('does not fire on near misses: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('spans the words that leave the choice to them', () => {
    expect(spans('Honestly, if you need space, take it.')).toEqual(['if you need space']);
  });

  it.each([
    'If you want nothing more to do with me, I respect that.',
    "Whatever you need, even if that's no contact.",
    'Take your time with your decision.',
  ])('fires on more ways of leaving it to them: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(['Take your time with the essay.'])('does not fire on these near misses either: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each(["I'll wait, however long it takes.", 'if u dont want to talk again thats fair'])(
    'fires on waiting and fairness: %j',
    (text) => {
      expect(fires(text)).toBe(true);
    },
  );

  it.each(["I'll keep calling however long it takes."])(
    'does not fire on waiting and fairness gone wrong: %j',
    (text) => {
      expect(fires(text)).toBe(false);
    },
  );

  it.each([
    'You can answer when you want, or not answer.',
    'reply when u feel like it',
    'Write back if and when you feel ready.',
    'Text back in ur own time, or dont.',
  ])('fires when the timing of the answer is theirs: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'My phone stays unlocked on the table and you can check it whenever you want.',
    'u can go through my messages whenever u like',
    'My location is shared, you can see it whenever you want.',
  ])('does not fire on openness about the writer: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('still fires on contact left to them', () => {
    expect(fires('You can call me whenever you want.')).toBe(true);
  });

  it.each([
    "No worries if you can't do the pickup at 3, 4 works too.",
    'if u cant make the school run tmrw thats fine, ill do it',
    "I'll leave the keys with the landlord so you don't have to see me when you collect your stuff.",
  ])('does not fire on an errand made easy: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    "If you can't talk yet, that's okay.",
    "I've moved out so you have the time you need to work out what you want.",
    'and u get some space to think about it',
  ])('still fires on their pace with the writer: %j', (text) => {
    expect(fires(text)).toBe(true);
  });
});
