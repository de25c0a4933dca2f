import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'impact')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('impact', () => {
  it.each([
    'I know I hurt you.',
    'I broke your trust and I know it.',
    'You must have felt so humiliated in front of everyone.',
    'I made you feel stupid for asking.',
    'I can only imagine how alone you felt that winter.',
    'You deserved better than that.',
    'i know how much it hurt hearing it from ur friends',
    'You had to explain it to the kids while I stayed out.',
    'I know what my lying cost you.',
    'It made you doubt yourself for years.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'I was hurt too.',
    'You hurt me first.',
    'You made me feel small.',
    'Did I hurt you?',
    "I'd never hurt you.",
    'I made you laugh so much that summer.',
    "I'm sorry if I hurt you.",
    'You must have been busy this week.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('spans the acknowledgement', () => {
    expect(spans('Looking back, I made you feel invisible.')).toEqual(['I made you feel invisible']);
  });
});

describe('impact: the consequences for them named: paid for it, because of my lie, it cost you, I know you had to', () => {
  it.each([
    'I was careless with the money for years, and you paid for it.',
    'you paid the price for my drinking',
    "You missed your sister's wedding because of my lie.",
    'u lost ur job because of what i did',
    'My gambling cost you your savings and your peace of mind.',
    'I know you spent nights waiting up for me.',
    "I know you had to explain to the kids why I wasn't there.",
    'The trust you had in me was broken by me, and by nobody else.',
    'I let you believe you were imagining things.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(['You can come because of the holiday, if you want.'])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('impact: what it did to them, said many ways', () => {
  it.each([
    "You couldn't trust anything I said after that.",
    'you couldnt believe a word i said for months',
    'I made you doubt yourself.',
    'You lost sleep over it.',
    'you lost so much sleep over me',
    'I embarrassed you in front of your friends.',
    'you were too scared to tell me no',
    'You were terrified of me.',
    'you felt ashamed in front of your family',
    'you had to walk on eggshells',
    "You never knew what mood I'd be in.",
    'I made it so hard for you to leave.',
    'because of my lies, you doubted your own memory',
    'You trusted me and I threw it away.',
    'I let you take the blame for the money.',
    'I made a fool of you in front of your sister.',
    'You had every right to walk away.',
    'Your anger is completely justified.',
    "You never should've had to deal with that alone.",
    'you spent months wondering what you did wrong',
    'What it really did was leave you talking to a wall.',
    'you had to hide money from your own husband',
    'I can still see your face when you opened the statement.',
    'I took your choices away from you.',
    'That must have hurt.',
    'You must feel so betrayed.',
    "I know you're still hurting.",
    'I can only imagine the pain.',
    'While you were struggling, I was out every night.',
    'I put the kids at risk.',
    'i made u think it was ur fault',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I couldn't trust anything you said after that.",
    "You couldn't trust the weather forecast.",
    'You made me doubt myself.',
    'I lost sleep over it.',
    'You embarrassed me in front of my friends.',
    'He embarrassed you in front of everyone.',
    'They made you feel small.',
    'You lost your phone again?',
    'You lost weight, you look great.',
    'You were scared of spiders.',
    'You were scared to fly.',
    'You never knew what time the train left.',
    'I made it hard for myself.',
    'You trusted the wrong guy.',
    'I let you pick the film.',
    'You made a fool of me.',
    'You had every right to the house.',
    'Your reaction was over the top.',
    'You spent years in Spain.',
    'You had no idea where the party was.',
    'You had to work late again.',
    'You had to pick up the kids at three.',
    'I left you a voicemail.',
    'I can see your face in the photo.',
    'I took your jacket by mistake.',
    'That must have been the postman.',
    'You must feel proud.',
    "I know you're busy.",
    "I know you're angry, but let me explain.",
    'You were struggling with the IKEA wardrobe.',
    'I put you on the guest list.',
    'Did I embarrass you?',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('spans what it did to them', () => {
    expect(spans('Honestly, you lost sleep over it.')).toEqual(['you lost sleep over it']);
  });
});

describe('impact: consequences narrated in a letter', () => {
  it.each([
    'You came home to an empty house.',
    'You found the messages yourself.',
    'Your sister had to tell you.',
    'You were the last to know.',
    'It took you months to feel safe again.',
    'The kids saw you crying.',
    'You had to be both parents.',
    'you waited up for me night after night',
    'Nobody should have to go through that.',
    "That's not something you should ever have had to deal with.",
    'You doubted your own sanity.',
    'You started to believe you were the problem.',
    'you felt like you were losing your mind',
    'You were at home with a newborn while I was out drinking.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'You came home to a lovely surprise.',
    'You found the keys in the end.',
    'When you found the receipts I told you they were old.',
    'You were the last to leave.',
    'It took you months to save up for that bike.',
    'The kids saw you at the match.',
    'You had to be there by nine.',
    'You waited for the bus.',
    'Nobody should have to work on Christmas.',
    'You felt like you were flying.',
    'You were reading while I was cooking.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'u must of felt so alone',
    'i made u doubt ur own memory',
    'That took something from you.',
    'I stole years from you.',
    'I wasted years of your life.',
    'I ruined what should have been the best day of your life.',
    'I chipped away at your confidence.',
    'I wore you down.',
    'I broke something in you.',
    'i let u down so bad',
    'You were left picking up the pieces.',
    'I robbed you of the chance to say goodbye.',
    'I damaged your relationship with your family.',
    'I turned your friends against you.',
    'You were so scared that night, and I did that.',
    'I know how abandoned you felt.',
    'I understand why that feels like a violation.',
    'That was your night and I made it about me.',
    'I am ashamed of what it did to your credit score.',
    'You were the one left explaining to the kids why I wasn’t there.',
  ])('fires on other ways of naming what it did to them: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'You must have felt so proud at your graduation!',
    'I let you down gently, I think.',
    'You stopped talking to me first.',
    'I was going to clear it before it affected you.',
    'I know you can’t be the one to fix this.',
    'You ruined my birthday.',
    'I wasted my money on that car.',
    'I don’t understand why you left.',
  ])('does not fire on near misses: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    "You must've felt so humiliated.",
    "I can't stop thinking about how alone you must have been.",
    "I've made you anxious about your own phone buzzing.",
    'I know that night still haunts you.',
    'I shook your confidence.',
    'I made home feel unsafe for you.',
  ])('fires on more ways of naming the harm: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(['I know how much you love that band.'])(
    'does not fire on these near misses either: %j',
    (text) => {
      expect(fires(text)).toBe(false);
    },
  );

  it.each([
    'I made your last year at uni hell.',
    "You've been carrying this on your own for months.",
    'I can tell how much it shook you.',
  ])('fires on texting and letter forms: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "you don't deserve to be happy",
    'I made your cake so hard it broke.',
    'You never deserve a break, do you.',
    'u never deserved that',
  ])('does not fire on texting and letter forms gone wrong: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  describe('what it did to them, in more forms', () => {
    it.each([
      'i made that whole summer hell for u',
      'I made the holidays miserable for both of you.',
      "I've damaged something we built over ten years.",
      'I know the kids were scared when I shouted.',
      'I saw our daughter was crying.',
      "I didn't mean to upset you, but I did.",
      'im sorry for all the pain i gave u',
      "You had to explain it all to the kids while I hid at my mum's.",
    ])('fires on %j', (text) => {
      expect(fires(text)).toBe(true);
    });

    it.each([
      // the hurt meant is not acknowledged as harm
      'I wanted to hurt you and I did.',
      // a judgement of the act is responsibility, not their experience
      'I can see now how selfish that was.',
      // how they learnt of it, without what it did to them
      'You heard about the party from Jonah.',
      'You found out about the money from my brother.',
      "I'm sorry you had to hear about the loan from my dad and not from me.",
      'u had to find out from a stranger, im sorry',
      // their act made miserable for the writer
      'You made that year miserable for me.',
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });
  });
});
