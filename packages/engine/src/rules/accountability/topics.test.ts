import { describe, expect, it } from 'vitest';
import { fires, spans } from './testutil.js';

const resolved = (...resolvedTopics: string[]) => ({ resolvedTopics, avoidTopics: [] });
const avoid = (...avoidTopics: string[]) => ({ resolvedTopics: [], avoidTopics });

describe('reopen-resolved', () => {
  it('fires on a place inside the topic', () => {
    expect(
      spans('reopen-resolved', 'And about Vegas, I still think you overreacted.', resolved('the Vegas trip')),
    ).toEqual(['Vegas']);
  });

  it('matches a city through its country and a possessive name', () => {
    expect(
      fires('reopen-resolved', 'I keep thinking about that week in Portugal.', resolved('the Lisbon trip')),
    ).toBe(true);
    expect(fires('reopen-resolved', 'what happened at jakes still bugs me', resolved("Jake's party"))).toBe(
      true,
    );
    expect(fires('reopen-resolved', 'Jake says hi, by the way.', resolved("Jake's party"))).toBe(false);
  });

  it('matches the head of the topic through its concept', () => {
    expect(
      fires(
        'reopen-resolved',
        'I know we put the crash behind us, but you were texting too.',
        resolved('the car accident'),
      ),
    ).toBe(true);
    expect(fires('reopen-resolved', "I'm taking a trip to see my gran.", resolved('the Lisbon trip'))).toBe(
      false,
    );
  });

  it('does not fire on a promise to leave it closed (decision 8)', () => {
    expect(fires('reopen-resolved', "I'm not going to bring up the loan again.", resolved('the loan'))).toBe(
      false,
    );
    expect(
      fires(
        'reopen-resolved',
        'I know we said the loan is settled, but I think I overpaid.',
        resolved('the loan'),
      ),
    ).toBe(true);
  });

  it('never fires without context', () => {
    expect(fires('reopen-resolved', 'And about Vegas, I still think you overreacted.')).toBe(false);
  });
});

describe('boundary', () => {
  it('flips the perspective: their family is "your mum" (decision 7)', () => {
    expect(spans('boundary', 'I talked to your mom about us.', avoid('my family'))).toEqual(['your mom']);
    expect(fires('boundary', 'My mum says hello.', avoid('my family'))).toBe(false);
    expect(fires('boundary', 'tell ur folks i said hi', avoid('my parents'))).toBe(true);
  });

  it('recognises their new partner, their health and their work', () => {
    expect(fires('boundary', 'Is the guy you are seeing good to you?', avoid('my new relationship'))).toBe(
      true,
    );
    expect(fires('boundary', "How's the chemo going?", avoid('my health'))).toBe(true);
    expect(fires('boundary', 'Heard about the promotion, congrats.', avoid('my job'))).toBe(true);
    expect(fires('boundary', "I made a joke about Kelly's job.", avoid('my job'))).toBe(false);
  });

  it('recognises an act topic only with its act', () => {
    expect(
      fires('boundary', 'I dropped by the shop while you were working.', avoid('coming to my work')),
    ).toBe(true);
    expect(fires('boundary', 'I hope the shop is doing well.', avoid('coming to my work'))).toBe(false);
  });

  it('never fires without context', () => {
    expect(fires('boundary', 'I talked to your mom about us.')).toBe(false);
  });
});

describe('topics: natural ways of naming them', () => {
  const fire = (rule: 'boundary' | 'reopen-resolved', text: string, topic: string) =>
    fires(rule, text, rule === 'boundary' ? avoid(topic) : resolved(topic));

  it.each([
    ['hope ur lot are all ok', 'my family'],
    ['Say hi to your old man for me.', 'my dad'],
    ['I had a pint with your bro last night', 'my brother'],
    ['i heard your gran passed, im so sorry', "my grandmother's death"],
    ['How is your dad getting on?', "my dad's illness"],
    ["I wish I'd been at your dad's funeral.", "my dad's funeral"],
    ['I miss the little ones so much.', 'my kids'],
    ['Can I see the children this weekend?', 'my kids'],
    ['Is your therapist helping at all?', 'my therapy'],
    ["How's your anxiety been?", 'my mental health'],
    ["I heard you're expecting, congratulations.", 'my pregnancy'],
    ['Your new haircut really suits you.', 'my appearance'],
    ['I saw you at church on Sunday.', 'my faith'],
    ['I hope the new guy makes you happy.', 'my new relationship'],
    ['Is he treating you well?', 'my new relationship'],
    ['Paying you back is my priority.', 'the money'],
    ["i'll transfer what i owe u tomorrow", 'the money'],
    ['Is Tommy still around?', 'Tom'],
    ['I talked to my solicitor about the settlement.', 'the divorce'],
  ])('boundary fires on %s (%s)', (text, topic) => {
    expect(fire('boundary', text, topic)).toBe(true);
  });

  it.each([
    ["I've put on weight since we split.", 'my weight'],
    ["I've been going to the doctor about my anxiety.", 'my health'],
    ["I've started therapy.", 'my therapy'],
    ['I paid for the taxi home.', 'the money'],
    ["I'll pay more attention to how you feel.", 'the money'],
    ['I owe you an apology.', 'the money'],
    ['My kids are with their mum this week.', 'my kids'],
    ['I got my hair cut.', 'my appearance'],
    ["I haven't spoken to your parents, I promise.", 'my family'],
    ["I've stopped messaging your sister.", 'my family'],
    ["I know you don't want me bringing up your family.", 'my family'],
  ])('boundary does not fire on %s (%s)', (text, topic) => {
    expect(fire('boundary', text, topic)).toBe(false);
  });

  it('a promise covers its own clause, not what comes after it', () => {
    expect(
      fire(
        'boundary',
        "I know you asked me to stay away from your family, and I still turned up at your parents' place.",
        'my family',
      ),
    ).toBe(true);
    expect(fire('boundary', 'I know you said your mum hates me now.', 'my family')).toBe(true);
  });

  it.each([
    ['about the trip, I still think you overreacted', 'the Vegas trip'],
    ['That fight was not all on me.', 'our last fight'],
    ['I still think your speech at the reception was out of order.', 'what happened at the wedding'],
    ['The way it ended still hurts.', 'the breakup'],
    ['Can you delete the pics from your phone?', 'the photos'],
    ['I still think you moved out too fast.', 'moving out'],
    ['I still want the sofa back.', 'splitting the furniture'],
    ['Can we look at the custody arrangement again?', 'the custody schedule'],
    ['The electric bill was mostly yours.', 'splitting the bills'],
    ['I still think the car should be mine.', 'who gets the car'],
    ['what happened at jakes still bugs me', "jake's party"],
  ])('reopen-resolved fires on %s (%s)', (text, topic) => {
    expect(fire('reopen-resolved', text, topic)).toBe(true);
  });

  it.each([
    ["I'm going on a work trip to Leeds next week.", 'the Vegas trip'],
    ['Vegas is in the past and I am leaving it there.', 'the Vegas trip'],
    ["I've let the Vegas thing go.", 'the Vegas trip'],
    ['No need to go over the loan again.', 'the loan'],
    ['i promise im not raising vegas again', 'the Vegas trip'],
    ["This isn't about the dog, I promise.", 'who keeps the dog'],
    ["I've made my peace with how the house sale went.", 'the house sale'],
    ["I've set up the last payment as agreed.", 'the money I owe you'],
    ['Happy Christmas to you and the kids.', 'the Christmas argument'],
  ])('reopen-resolved does not fire on %s (%s)', (text, topic) => {
    expect(fire('reopen-resolved', text, topic)).toBe(false);
  });

  it('closing it in one clause and reopening it in the next still fires', () => {
    expect(
      fire(
        'reopen-resolved',
        "I know it's in the past, I just can't stop thinking about Vegas.",
        'the Vegas trip',
      ),
    ).toBe(true);
  });
});

describe('topics: acts and events', () => {
  it.each([
    ['I came round to yours last night but you were out.', 'turning up at my house'],
    ['i popped round to drop off ur jumper', 'turning up at my house'],
    ["I'll swing by the salon on Friday.", 'coming to my work'],
    ['I waited in the car park at your work.', 'coming to my work'],
    ['I put up a post about us.', 'posting about me'],
    ["I've been messaging your sis.", 'messaging my sister'],
    ["I've been watching your stories.", 'following me on instagram'],
    ['Sorry for texting at 3am.', 'texting me late at night'],
    ['Who is he?', 'asking about my new relationship'],
    ['Are you back on the apps?', 'my dating life'],
    ['I looked at your phone while you were asleep.', 'going through my phone'],
    ['I told your mum everything.', 'talking about us to my family'],
    ["I went to parents' evening.", "the kids' school"],
    ['I heard you moved to a new place.', 'my new flat'],
  ])('boundary fires on %s (%s)', (text, topic) => {
    expect(fires('boundary', text, avoid(topic))).toBe(true);
  });

  it.each([
    ["I'm staying at my mum's house this week.", 'turning up at my house'],
    ['I was late to work again.', 'coming to my work'],
    ['My sister texted me today.', 'messaging my sister'],
    ['I spoke to my mates at the pub.', 'contacting my friends'],
    ['My new flat is tiny.', 'my new flat'],
    ["I won't call you again.", 'calling me'],
  ])('boundary does not fire on %s (%s)', (text, topic) => {
    expect(fires('boundary', text, avoid(topic))).toBe(false);
  });

  it.each([
    ['At the bbq you were out of order.', 'who said what at the barbecue'],
    ['I stand by what I told your mum.', 'what I said to your mum'],
    ['When I got nicked, you did not even call.', 'the night I got arrested'],
    ['Me proposing was a mistake.', 'the engagement'],
    ["The betting wasn't as bad as you made out.", 'my gambling'],
    ['I still do not think the Visa bill was all mine.', 'the credit card'],
    ['I paid way more for the wedding than you did.', 'the wedding costs'],
    ['I think we should sell the place.', 'the house'],
  ])('reopen-resolved fires on %s (%s)', (text, topic) => {
    expect(fires('reopen-resolved', text, resolved(topic))).toBe(true);
  });

  it.each([
    ['Say hi to your mum for me.', 'what I said to your mum'],
    ["I'm at home tonight.", 'the house'],
    ['I paid for the taxi.', 'the wedding costs'],
  ])('reopen-resolved does not fire on %s (%s)', (text, topic) => {
    expect(fires('reopen-resolved', text, resolved(topic))).toBe(false);
  });
});

describe('topics: events, news and how they are', () => {
  it.each([
    ['NYE was a disaster because of you.', "the New Year's Eve party"],
    ['About the stag, I did nothing wrong.', 'the stag weekend'],
    ['The finance on the car was in my name.', 'the car loan'],
    ["I didn't forget your birthday on purpose.", 'the time I forgot your birthday'],
  ])('reopen-resolved fires on %s (%s)', (text, topic) => {
    expect(fires('reopen-resolved', text, resolved(topic))).toBe(true);
  });

  it.each([
    ['Happy new year!', "the New Year's Eve party"],
    ["It's been two years.", "the New Year's Eve party"],
    ['On Christmas Eve I thought of you.', "the New Year's Eve party"],
  ])('reopen-resolved does not fire on %s (%s)', (text, topic) => {
    expect(fires('reopen-resolved', text, resolved(topic))).toBe(false);
  });

  it.each([
    ['I heard you got married.', 'my wedding'],
    ["i heard you're engaged", 'my wedding'],
    ['congrats on getting married', 'the wedding'],
    ['I heard you got promoted.', 'my job'],
    ["I hope you're feeling better.", 'my health'],
    ['I saw the girls in town.', 'my friends'],
  ])('boundary fires on %s (%s)', (text, topic) => {
    expect(fires('boundary', text, avoid(topic))).toBe(true);
  });

  it.each([
    ['I got promoted at work.', 'my job'],
    ['I told you work was busy.', 'my job'],
    ["I've been ill all week.", 'my health'],
  ])('boundary does not fire on %s (%s)', (text, topic) => {
    expect(fires('boundary', text, avoid(topic))).toBe(false);
  });
});

describe('topics: what a dispute was about, and thanks for settling it', () => {
  it.each([
    ["I still don't think I drink that much.", 'the argument about my drinking'],
    ['About the job thing, it was a misunderstanding.', 'the lie about the job'],
  ])('reopen-resolved fires on %s (%s)', (text, topic) => {
    expect(fires('reopen-resolved', text, resolved(topic))).toBe(true);
  });

  it.each([
    ["I'd love to grab a drink sometime.", 'the argument about my drinking'],
    ['Thanks for being so fair about the loan.', 'the loan'],
    ["I'm glad we sorted the loan out.", 'the loan'],
  ])('reopen-resolved does not fire on %s (%s)', (text, topic) => {
    expect(fires('reopen-resolved', text, resolved(topic))).toBe(false);
  });

  it('moving past it and then reopening it still fires', () => {
    expect(
      fires(
        'reopen-resolved',
        'I know we moved past the loan, but I think I overpaid.',
        resolved('the loan'),
      ),
    ).toBe(true);
  });
});

describe('topics: natural variants of a topic (short names, plurals, synonyms, brands, indirect mentions)', () => {
  it.each([
    ['boundary', 'Tell your uni girls I miss them.', avoid('my friends')],
    ['boundary', "You looked amazing in your new profile picture, you've really toned up.", avoid('my body')],
    ['boundary', 'Your new flat looks lovely in the photos.', avoid('my new place')],
    ['boundary', 'hows the new apartment', avoid('my new place')],
    [
      'boundary',
      "I'll pop into the shop on your lunch break to drop your charger off.",
      avoid('coming to my work'),
    ],
    [
      'boundary',
      "I'll drop the box of your books round at your flat tomorrow.",
      avoid('showing up at my flat'),
    ],
    ['boundary', 'hows the new gig at the bank treating u', avoid('my job')],
    ['boundary', 'Is Ellis making you happy?', avoid('my new partner')],
    ['boundary', 'i liked a couple of ur old insta posts last night lol', avoid('social media')],
    ['boundary', 'is pri still mad at me too or just u', avoid('Priya')],
    [
      'reopen-resolved',
      'are we sure Biscuit is better off with you? I could take him back.',
      resolved('who keeps the dog'),
    ],
    [
      'reopen-resolved',
      'I still think moving up north was the wrong call for both of us.',
      resolved('moving to Leeds'),
    ],
    [
      'reopen-resolved',
      'you never really let go of the job lie, did you?',
      resolved('my lying about the job'),
    ],
    [
      'reopen-resolved',
      'I still can’t believe you forgot our anniversaries two years running.',
      resolved('the anniversary'),
    ],
    ['reopen-resolved', 'the Visa balance still isn’t settled in my head.', resolved('the credit card debt')],
    ['reopen-resolved', 'Who’s going to pay off the Mastercard?', resolved('the credit card debt')],
    [
      'reopen-resolved',
      'About the repairs on the Golf: I’m not sure I should pay for all of it.',
      resolved('who pays for the car repair'),
    ],
    [
      'reopen-resolved',
      'I’m not trying to reopen anything, but Alex meant nothing to me.',
      resolved('Alexandra'),
    ],
    ['reopen-resolved', 'is brookie still on ur close friends list lol', resolved('Brooke')],
    [
      'reopen-resolved',
      'Your family overreacted about me missing your gran’s service.',
      resolved('missing the funeral'),
    ],
  ] as const)('%s fires on %j', (rule, text, context) => {
    expect(fires(rule, text, context)).toBe(true);
  });

  it.each([
    ['boundary', "Marco's Pizza closed down. End of an era lol", avoid('Marco')],
    ['boundary', "I've moved into a new place near the station.", avoid('my new place')],
    ['boundary', 'My friends think I should give you space.', avoid('my friends')],
    ['boundary', 'I won’t come to your work again, I promise.', avoid('coming to my work')],
    ['boundary', 'I got a new job at the bank.', avoid('my job')],
    ['reopen-resolved', 'I paid for dinner with my card.', resolved('the credit card debt')],
    ['reopen-resolved', 'I hope you’re doing well.', resolved('who keeps the dog')],
    ['reopen-resolved', 'I’m not going to bring up Vegas again.', resolved('the Vegas trip')],
    ['reopen-resolved', 'Mark my words, I’ve changed.', resolved('Marcus')],
  ] as const)('%s does not fire on %j', (rule, text, context) => {
    expect(fires(rule, text, context)).toBe(false);
  });
});

describe('topics: friends by name, settled-but, greetings, trips ahead, the occasion of a dispute', () => {
  it.each([
    ['boundary', 'I messaged Jess and Tam to ask how you’re doing.', avoid('contacting my friends')],
    ['boundary', 'I texted Mo and Leila asking if you were okay.', avoid('texting my friends')],
    ['boundary', 'I talked to Priya and Sam about us.', avoid('our friends')],
    ['boundary', 'saw dan at the gym today', avoid('Daniel')],
    ['reopen-resolved', 'About his party, I keep going over it.', resolved('the night at Jake’s party')],
    [
      'reopen-resolved',
      'I know we agreed not to go over it again, but she was the one who started messaging me.',
      resolved('Sophie'),
    ],
    [
      'reopen-resolved',
      "About your sister's wedding, I still think she started it.",
      resolved("the fight at your sister's wedding"),
    ],
  ] as const)('%s fires on %j', (rule, text, context) => {
    expect(fires(rule, text, context)).toBe(true);
  });

  it.each([
    ['boundary', 'I talked to my therapist about us.', avoid('contacting my friends')],
    ['boundary', 'I spoke to mum about how I treated you.', avoid('contacting my friends')],
    ['boundary', 'I asked Alexa to play our song and cried.', avoid('Alexandra')],
    ['boundary', "I'm in danger of repeating myself.", avoid('Daniel')],
    ['reopen-resolved', 'Merry Christmas to you and your folks.', resolved("Christmas at your parents'")],
    [
      'reopen-resolved',
      'Happy anniversary to your parents, forty years is amazing.',
      resolved('the anniversary'),
    ],
    ['reopen-resolved', "I've got a work trip to Lisbon next month, so I'll be away.", resolved('Lisbon')],
    ['reopen-resolved', "I know we agreed to move on, and I'm grateful.", resolved('the money I borrowed')],
    ['reopen-resolved', 'I know we agreed to give each other space, but I miss you.', resolved('Sophie')],
  ] as const)('%s does not fire on %j', (rule, text, context) => {
    expect(fires(rule, text, context)).toBe(false);
  });
});

describe('topics: the night named back, the big day, partners in everyday words', () => {
  it.each([
    ['reopen-resolved', 'I keep replaying that night in my head.', resolved("the night at Jake's party")],
    ['reopen-resolved', 'Our big day still haunts me.', resolved('the wedding')],
    ['reopen-resolved', 'ur behaviour at my bros wedding was out of order', resolved("my brother's wedding")],
    ['boundary', 'Is your missus still mad at me?', avoid('my girlfriend')],
    ['boundary', 'Is your mum’s chemo going okay?', avoid("my mum's illness")],
  ] as const)('%s fires on %j', (rule, text, context) => {
    expect(fires(rule, text, context)).toBe(true);
  });

  it.each([
    ['reopen-resolved', 'Good night, sleep well.', resolved("the night at Jake's party")],
    ['reopen-resolved', 'I had a quiet night in last night.', resolved("the night at Jake's party")],
    ['boundary', 'My dad says hello.', avoid('my dad')],
    ['boundary', "I've been seeing more of my own mates lately.", avoid('my friends')],
  ] as const)('%s does not fire on %j', (rule, text, context) => {
    expect(fires(rule, text, context)).toBe(false);
  });
});

describe('topics: singular of a plural, another set of the same things, would not raise it', () => {
  it.each([
    ['I never smashed the mirror, that was Dan.', 'the smashed mirrors'],
    ["for the record i didn't scratch the door", 'the scratched doors'],
    ['I still think those photos were harmless.', 'the holiday photos'],
    ['the holiday pics were never the problem', 'the holiday photos'],
  ])('reopen-resolved fires on %j (%s)', (text, topic) => {
    expect(fires('reopen-resolved', text, resolved(topic))).toBe(true);
  });

  it.each([
    ["Can you forward Leo's school photos when you get them?", 'the holiday photos'],
    ['The work party is on Friday if you want to swap weekends.', 'the engagement party'],
    ["I said I wouldn't bring up the move again and I meant it.", 'the move'],
  ])('reopen-resolved does not fire on %j (%s)', (text, topic) => {
    expect(fires('reopen-resolved', text, resolved(topic))).toBe(false);
  });
});

describe('boundary: friends met or sent by name, a question about their thing, not about it', () => {
  it.each([
    ['I bumped into Sam and Priya last night.', 'my friends'],
    ['ive asked jo and mel to check on u', 'my friends'],
    ['How is work going?', 'my work'],
    ['is the treatment helping?', 'my treatment'],
  ])('fires on %j (%s)', (text, topic) => {
    expect(fires('boundary', text, avoid(topic))).toBe(true);
  });

  it.each([
    ['I ran into traffic and got home late.', 'my friends'],
    ['Sam and Priya are coming to mine for dinner.', 'my friends'],
    ['This is not about the house, I promise.', 'the house'],
    ['Is my work laptop still at yours?', 'my work'],
  ])('does not fire on %j (%s)', (text, topic) => {
    expect(fires('boundary', text, avoid(topic))).toBe(false);
  });
});
