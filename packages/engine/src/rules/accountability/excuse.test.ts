import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';
import { fires, spans } from './testutil.js';

describe('excuse', () => {
  it.each([
    "I'm sorry for shouting, but I'd been awake for two days straight.",
    'Honestly I was wasted that night and barely remember the drive home.',
    'so sorry babe i was just so stressed w my dissertation i snapped at u',
    'Any man in my shoes would have read those messages.',
    'I was left with no other option but to sell it.',
    'In my defence, the landlord gave us one week.',
    'I know it doesn’t excuse it, but my nan had just passed and I was not myself.',
    'I only kept the account secret because I didn’t want to worry you.',
    'You have to understand that I was drowning at work that year.',
    'My anxiety made me check your location all the time.',
    'I lied to you because I was scared of how you would react.',
  ])('fires on %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'I have no excuse for what I did.',
    "There's no justification for reading your diary.",
    "I'm not going to make excuses. I was wrong.",
    'I was drunk, but that is no excuse, I chose to drink that much.',
    "I won't pretend I was too drunk to know what I was doing.",
    'I was travelling for work all of March, so the flat was empty.',
    'I lied because I was selfish, and that is the whole truth.',
    'I was jealous and I made your life small.',
  ])('does not fire on %s', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  it('covers the excusing words, not the whole apology', () => {
    const [span] = spans('excuse', "I'm really sorry I yelled. I was under a lot of stress at work.");
    expect(span).toBe('I was under a lot of stress');
  });

  it('maps the span exactly onto the original text', () => {
    const text = 'Im sorry, I was SO drunk that night.';
    const finding = check(text).findings.find((f) => f.ruleId === 'excuse');
    expect(finding && text.slice(finding.start, finding.end)).toBe(finding?.actual);
  });
});

describe('excuse: the only reason, not wanting a fight, work as the reason, pressure and upbringing', () => {
  it.each([
    "The only reason I kept it from you was that I knew you'd be angry.",
    'the only reason i said i was at my mums was so u wouldnt stress',
    "I'm sorry I lied about the money. I just didn't want an argument.",
    'i didnt want u to worry thats all',
    "I'm sorry I went through your bag, but what was I supposed to think?",
    'Sorry I missed your show, work has been absolutely crazy.',
    'im sorry i forgot, my job is so demanding rn',
    "I'm sorry, I made those choices under a lot of pressure.",
    'I was caught in the middle between you and my mother.',
    'Nobody ever taught me how to say sorry.',
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    "I didn't want to lose you, and I did anyway, through my own choices.",
    'Work has been crazy this week, how are you doing?',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});
