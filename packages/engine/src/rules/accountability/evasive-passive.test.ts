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

describe('evasive-passive: more ways of leaving the doer out', () => {
  it.each([
    "Your boundaries weren't respected.",
    'your needs were never met',
    "The rent wasn't paid for two months.",
    'You were never listened to.',
    'Some cash went missing from the tin.',
    'It was decided that we would move.',
    'Rumours were spread about you at work.',
    'A credit card was taken out in your name.',
    'The kids were dragged into it.',
    'You were taken for granted for years.',
    'You were strung along.',
    'The truth was kept from you.',
    'the pics got out',
    'It could have been handled better.',
    'You should have been told sooner.',
    'The marriage was damaged beyond repair.',
    'You deserved better than the way you were treated.',
    "I'm sorry for everything that was said.",
  ])('fires on %s', (text) => {
    expect(fires('evasive-passive', text)).toBe(true);
  });

  it.each([
    'My phone was stolen last week.',
    'My trust was broken too.',
    'Mistakes were made, and I made them.',
    'You were used to me being home.',
    'I know you were hurt.',
    'It should have been handled better by me.',
    'We could have handled it better.',
    'It could have been worse.',
    'Your needs were met by your friends when I was away.',
    'The way you were treated by me was wrong.',
    'You asked what was said.',
    'Your flight was cancelled.',
    'I should have told you.',
  ])('does not fire on %s', (text) => {
    expect(fires('evasive-passive', text)).toBe(false);
  });
});

describe('evasive-passive: more participles and subjects', () => {
  it.each([
    'The trust between us got broken last year.',
    "Your password was changed so you couldn't get into the account.",
    'The news about your pregnancy was let slip at the barbecue.',
    'Unfortunately the deposit was spent before it could be paid back.',
    'Some boundaries were overstepped, clearly.',
    'ur pin got changed without asking u',
  ])('fires on %j', (text) => {
    expect(fires('evasive-passive', text)).toBe(true);
  });

  it.each([
    'Your birthday card was posted on Monday, so it should arrive soon.',
    'Your flight was changed to Friday.',
    'The plan was changed because of the rain.',
    'I was changed by what happened.',
    'Things have changed since then.',
    'My hair was changed at the salon.',
    'Your password was changed by me, and I had no right to.',
  ])('does not fire on %j', (text) => {
    expect(fires('evasive-passive', text)).toBe(false);
  });
});

describe('evasive-passive: shaken trust, things passed around, valuables sold, "there were things said"', () => {
  it.each([
    'Bad calls got made on all sides.',
    'Your confidence in me was shaken.',
    "Things were posted online that shouldn't have been.",
    'Your pictures were passed around.',
    'The ring was sold.',
    'There were things kept from you.',
    'There were some hurtful things said that night.',
  ])('fires on %j', (text) => {
    expect(fires('evasive-passive', text)).toBe(true);
  });

  it.each([
    'The house was sold last spring and we moved.',
    'The tickets were sold out.',
    'My confidence was shaken after the accident.',
    'The news was passed on to me by your sister.',
    'There were things said that night by both of us.',
    'Your ring was given back to your mum.',
    'There were things said and I said them.',
  ])('does not fire on %j', (text) => {
    expect(fires('evasive-passive', text)).toBe(false);
  });
});

describe('evasive-passive: things of theirs that ended up somewhere', () => {
  it.each(['Your private messages ended up on the group chat.', 'ur pics somehow ended up online'])(
    'fires on %j',
    (text) => {
      expect(fires('evasive-passive', text)).toBe(true);
    },
  );
  it.each([
    'Your letters ended up in my box by mistake, I have posted them back.',
    'My photos ended up online.',
  ])('does not fire on %j', (text) => {
    expect(fires('evasive-passive', text)).toBe(false);
  });
});

describe('evasive-passive: cruel things posted, promises not kept, how it was handled', () => {
  it.each([
    'Nasty things were shared about you in that group.',
    'some private pics got posted and im sorry',
    "Your secrets weren't kept, and I know that hurt.",
    'A few promises never got kept.',
    "I'm so sorry for the way it was handled.",
    'i feel awful about how things were left',
  ])('fires on %j', (text) => {
    expect(fires('evasive-passive', text)).toBe(true);
  });

  it.each([
    'Hurtful things were posted about you by my cousin, and I reported him.',
    'The receipts were not kept, so the refund is stuck.',
    'I love how the garden was done.',
    "I'm sorry for how it was handled by me.",
    'I kept my promises to the kids even when it was hard.',
  ])('does not fire on %j', (text) => {
    expect(fires('evasive-passive', text)).toBe(false);
  });
});
