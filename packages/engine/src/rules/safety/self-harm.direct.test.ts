import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const labels = (text: string): Set<string> => new Set(check(text).findings.map((f) => f.ruleId));

describe('self-harm: said outright (self-harm.direct.ts)', () => {
  it.each([
    "I don't deserve to live after what I did.",
    'i dont even deserve to be alive',
    "I've written my note.",
    'My note is on the table.',
    'I wrote my goodbye letters last night.',
    "You won't have to come to my funeral if you don't want to.",
    'See you at my funeral then.',
    "If I die tonight I'm taking you with me.",
    "I can't go on in this life without you.",
    "I can't stop thinking about the bridge.",
    'All I can think about is the rope in the garage.',
    "I don't want there to be a tomorrow, or an after.",
    'Nobody needs someone like me around.',
    "I'm at peace with it now, the decision's made.",
    "I'm not fighting it any more.",
    'I have no strength left to go on.',
    'I just wanted to see you one last time.',
    "I googled how many I'd need.",
    "I'm not planning on seeing Christmas.",
    'ive already wrote the note',
    'If my liver packs in, so be it.',
    'if i dont wake up tomorrow then fine by me',
    "I can't find one reason left to keep going.",
    "Why should I stay on this earth when you can't even look at me?",
    'I stand on the platform and think how easy it would be to just step off.',
    "I'm sorry. I won't be around to keep hurting you.",
    "I'm such a burden on everyone. I'll fix that soon.",
    "The cat is the only thing keeping me going. I've found him a good home now.",
    "I've got a rope in the shed. It's not for anyone else.",
    "My car and my savings should go to you. I won't be needing either of them.",
  ])('fires on %j', (text) => {
    expect(labels(text).has('self-harm')).toBe(true);
  });

  it.each([
    "You don't deserve to be treated like that.",
    "I don't deserve you, I know that.",
    "I've written my note to the school about Friday.",
    'I left a note on the fridge about the bins.',
    "I'm arranging my nan's funeral this week.",
    'I keep thinking about the bridge where we kissed.',
    'The train tracks behind my flat were closed all week for works.',
    "The doctors say Dad won't be around much longer.",
    'The last thing I want is to be a burden on you with the school run.',
    "I can't wait for the exams to be over.",
    "I'm finishing what I started with the kitchen.",
    "I'd love to see you one last time before I move to Canada.",
    "I'm not planning on seeing the match, I'm at work.",
    "If I die before you, the house goes to the kids, that's fine.",
    "I can't think of a single reason to stay in this job.",
    "Why did I do it? I can't think of a single reason.",
    'I keep thinking about how easy it would be to just call you.',
    "I won't be around to keep bothering you, I'm moving to Leeds next month.",
    "I was a burden on you last year. I'm going to fix that.",
    'We found the dog a new home because the landlord said no pets.',
    'I bought a new bike last week. Just for me.',
  ])('does not fire on %j', (text) => {
    expect(labels(text).has('self-harm')).toBe(false);
  });
});

describe("self-harm: the writer's death with theirs (self-harm.direct.ts)", () => {
  it.each([
    "If I die, you're coming with me.",
    'if i go ur coming with me, i mean it',
    "I'm going to drive us both off the cliff road on Sunday.",
    'ill crash us both into a wall',
    'It would be so easy to end us both tonight.',
    "I'll use it on him and then on myself.",
    'gonna use this on her then me',
  ])('fires on %j', (text) => {
    expect(labels(text).has('self-harm')).toBe(true);
  });

  it.each([
    "I'm driving us both to the airport on Sunday.",
    "If I go to the wedding, you're coming with me.",
    'I would never drive us both off a cliff, I was just angry.',
    "I'll take us both out for dinner when you're back.",
  ])('does not fire on %j', (text) => {
    expect(labels(text).has('self-harm')).toBe(false);
  });

  it('leaves creams and court cases alone', () => {
    expect(labels("I'll use the suncream on him and then on me.").has('self-harm')).toBe(false);
    expect(labels("If I'm going down for this, at least I'll have told the truth.").has('self-harm')).toBe(
      false,
    );
  });
});
