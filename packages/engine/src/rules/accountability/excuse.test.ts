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

describe('excuse: drink, tiredness and stress in other words', () => {
  it.each([
    "I'd had way too much to drink.",
    'ngl i was drunk when i sent that',
    'i was v drunk and not thinking',
    'the drink got the better of me',
    'alcohol makes me say stupid things',
    "I'd had a couple of glasses of wine and I said things I can't take back.",
    'I was a bit tipsy.',
    'I was in a really dark place mentally and I pushed you away.',
    'Stress got to me and I took it out on you.',
    "I'd had a long day and I was short with you.",
    'Sorry I forgot, I’ve been so busy.',
    'It was a crazy week at work and it slipped my mind.',
    "I've been going through a lot.",
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    "I was in a bad place last year, I'm doing better now and I'm getting help.",
    "I've been so busy with the new job, it's going well.",
    'Yes, I’d had a few.',
    'I had a few days off last week.',
    'I was exhausted from the hike but it was worth it.',
    'With everything going on, I hope you are looking after yourself.',
    'I was drinking a lot back then, I have been sober for a year now, and none of that excuses what I did.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('excuse: not thinking, good intentions, being human, no choice, anyone would', () => {
  it.each([
    "I didn't think it through.",
    'i didnt think u would care that much',
    "I didn't think, I just acted.",
    'i didnt know it would be such a big deal to u',
    'i was just tryna look out for u',
    'I meant well.',
    'My intentions were good.',
    'I did it for us.',
    'All I wanted was to protect you.',
    'I lied to spare your feelings.',
    "I kept it quiet so you wouldn't worry.",
    "I'm only human.",
    'It was the only option I had.',
    'There was nothing else I could do.',
    "Who wouldn't have looked at the messages?",
    "You'd have done the same thing.",
    'I acted without thinking.',
    "That's just how I am.",
    "I have anger issues, it's not something I can control.",
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    "I didn't think you'd ever forgive me.",
    "I didn't think I'd ever be this sorry.",
    "I didn't know how to tell you.",
    "I didn't realise how much I hurt you, and I should have.",
    'I wasn’t thinking of you when I did it, and that was selfish.',
    'I told you I was only trying to help, and that was a lie.',
    'I know you were only trying to help.',
    "I'm only human, I know that's no excuse.",
    'I have anger issues and I am in therapy for them now.',
    'It was the only way to make it right.',
    'Anyone would have been hurt by what I did.',
    "You'd have done the same for me, you're kind like that.",
    "Who wouldn't love a day at the beach?",
    'I thought it was harmless, but I was so wrong.',
    "It's just that I miss you.",
    'I was jealous and I was cruel about it.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('excuse: learned from others, the act left to the sentence before, the reason taken back', () => {
  it.each([
    'My dad was like that with my mum. I suppose I just copied what I saw.',
    'i guess i just did what was done to me',
    "Shouting was normal in our house, it's all I ever knew.",
    "Any guy in my shoes would've.",
    'Honestly anybody else would have too.',
    "Your mate told me you were lying. That's the only reason I went through your phone.",
    'thats the only reason i looked',
    'Everyone in the office was doing it.',
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    "I tell myself I was exhausted, but that isn't a reason. I chose to say it.",
    "I was knackered, but that's not a reason to speak to you like that.",
    'i was so hurt and i took it out on u',
    'I was so jealous, and I took it out on you, which was not fair.',
    "That's the only reason I'm writing: to say sorry.",
    'No one would have.',
    'I copied what you sent me into the form.',
    'People flirt at weddings, I get it, I just wish you had told me.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('excuse: the act judged wrong right after the state', () => {
  it.each([
    'Work was crushing me and I snapped at you, which was so unfair.',
    'i was exhausted and i yelled at u which was wrong',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  it.each(['I was so stressed with work and I snapped at you.'])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });
});

describe('excuse: what the state did to the writer, told as news', () => {
  it.each([
    'I was in a bad place last winter and I thought about not being here.',
    'i was so burnt out at work, so im taking some time off',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  it.each(['I was in a bad place and I said things I should never have said.'])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });
});

describe('excuse: not the real me, a bad day, no choice left, off my meds', () => {
  it.each([
    "That wasn't the real me, I swear.",
    'it wasnt really me talking',
    "I'm sorry I snapped. I'd had such a rough week.",
    'i had had the worst shift',
    "You've left me no other option.",
    'I was off my meds back then and I said awful things.',
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    "It wasn't me in that photo, it was my brother.",
    'That was the real me, and I am ashamed of it.',
    "I've had a long day, but I wanted to say I'm proud of you.",
    'You gave me no reason to doubt you.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('excuse: a bad stretch as the sentence after the apology, what I missed and why', () => {
  it.each([
    'Sorry I was short with you. Rough week.',
    'sorry for snapping. its been a long day',
    'I missed your recital because I was at the pub.',
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'Long day. Hope yours was better.',
    'Rough week for you, I heard. I hope the weekend is kinder.',
    'I missed your recital because I was selfish.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});
