import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

/** The self-harm findings of a draft, as the words they cover. */
const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'self-harm')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('self-harm', () => {
  it.each([
    // Wanting to die, in several registers.
    'Honestly, some nights I just want to die.',
    'i rly just wanna die tbh',
    'Part of me wants to die and I hate admitting that.',
    'I wish I had never been born.',
    'i keep hoping i dont wake up tmrw',
    // Not wanting to live / be here.
    'I no longer want to be alive.',
    'i dont want to be here anymore, not without u',
    "I'm not sure I want to keep going.",
    'Without you there is no reason to live.',
    'what is even the point of being alive now',
    'I cannot go on like this.',
    'i cant keep living like this',
    // Acts, plans and means.
    'If you walk out that door I will kill myself.',
    'gonna end it all tonight',
    "I've started cutting again.",
    'There are pills lined up on my bedside table.',
    "I'm sat on the edge of the cliff at Beachy Head.",
    'I swallowed a whole bottle of my sleeping pills an hour ago.',
    'I keep thinking about stepping in front of a train.',
    // Burden, goodbye, disappearing for good.
    'The kids would honestly be better off without me.',
    "I'm nothing but a burden to everyone.",
    "By the time you read this I'll be gone.",
    'I wrote goodbye letters to Mum and Ellie.',
    "You won't have to deal with me for much longer.",
    'thinking about disappearing for good',
    // Coming back.
    'The dark thoughts are back again and they scare me.',
    'I feel suicidal tonight.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // LABELS.md: must not fire.
    'this is killing me',
    "I'm not going to hurt myself.",
    "Please don't worry, I would never kill myself.",
    // Past and over, told as safe now (decision 4).
    'Three years ago I tried to kill myself. I got help and I am safe now.',
    'When I was 17 I wanted to die, but that is behind me.',
    // Idioms and jokes.
    'I could die of embarrassment.',
    "I'm dying to see the film.",
    "I'd kill for a coffee.",
    'my feet are killing me',
    "I'd rather die than wear matching jumpers.",
    'kill me now this lecture is endless',
    // Other people, questions about their safety, logistics.
    'My uncle killed himself when I was small.',
    'Are you safe? Are you having thoughts of hurting yourself?',
    "I can't go on Saturday, can we swap?",
    "I don't want to live in Leeds any more.",
    'I cut myself shaving, so ignore the plaster.',
    'I took all my meds this morning like the GP said.',
    "I'm done with arguing about the car.",
    'Sorry, I will end it here, this email is long enough.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('fires on self-harm used as leverage, and marks the words that matter', () => {
    // "I mean it" after "I'll end it" is marked too: it says the act is meant.
    expect(spans("If you don't come back I'll end it. I mean it.")).toEqual(['end it', 'I mean it']);
  });

  it('keeps the span on the risk, not the whole message', () => {
    const text = "I'm sorry for everything. I just want to go to sleep and never wake up.";
    const [span] = spans(text);
    expect(span).toBeDefined();
    expect(text.includes(span as string)).toBe(true);
    expect((span as string).length).toBeLessThan(text.length / 2 + 20);
  });

  it('reads a hedged denial as risk: "not saying I wouldn\'t"', () => {
    expect(fires("I'm not saying I'd do anything stupid. I'm just not promising I won't hurt myself.")).toBe(
      true,
    );
  });

  it('counts thoughts that are back as present risk', () => {
    expect(fires('Last year I thought about ending it. I am thinking about ending it again.')).toBe(true);
  });

  it('speaks calmly and offers help', () => {
    const f = check('I want to die.').findings.find((x) => x.ruleId === 'self-harm');
    expect(f?.kind).toBe('safety');
    expect(f?.reason).not.toMatch(/!/);
    expect(f?.suggestion).toMatch(/988/);
    expect(f?.suggestion).toMatch(/116 123/);
  });
});

describe('self-harm: veiled forms (not waking up, a burden lifted, being found, a final wish, a height)', () => {
  it.each([
    "Most nights I pray I just don't wake up.",
    'honestly hoping i dont wake up tmrw',
    'Part of me hopes I never wake up after tonight.',
    "It would be easier for everyone if I just wasn't here anymore.",
    'everyone wud be better off if i was gone tbh',
    "Things would be simpler for you and the kids if I didn't come back.",
    "I won't be around to see her grow up, so please look after her.",
    'i wont be here by christmas so dont bother buying me anything',
    'Please tell the boys I loved them more than anything.',
    'I hope you think about this night when they find me.',
    'Sorry to whoever finds me.',
    "i'm done with living, i mean it",
    "Honestly I'm tired of being alive.",
    "I'll make sure no one ever has to worry about me again.",
    'Nobody will have to deal with me much longer.',
    'Some nights I stand on the balcony and think about stepping off.',
    'I keep looking over the edge of the car park and thinking how easy it would be to just let go.',
    'The kids would be better off with my life insurance than with me.',
    "I wish I'd never been born.",
    "If you're not coming back then what's left for me?",
    "There's nothing left to live for without you.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "Hope I don't wake up the baby when I come in.",
    'It would be easier if I just stopped texting you so much.',
    "It'd be better if I didn't come back until Sunday, the flat is a mess.",
    "I won't be around for the party, I'm at work till late.",
    "I won't be here for the delivery, can you sign for it?",
    'Tell her I loved the flowers, they were beautiful.',
    "Text me when you find me at the bar, I'm near the back.",
    "I'm not done with living yet, I've got so much to do.",
    'We jumped off the pier into the sea, it was so much fun.',
    'I stepped off the bus and walked to the bridge to meet Sam.',
    'I renewed the life insurance on the house today.',
    "My nan said she wished she'd been born in Italy.",
    "What's left for me to do on the project?",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});
