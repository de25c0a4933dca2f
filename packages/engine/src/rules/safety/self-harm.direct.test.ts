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
  ])('does not fire on %j', (text) => {
    expect(labels(text).has('self-harm')).toBe(false);
  });
});
