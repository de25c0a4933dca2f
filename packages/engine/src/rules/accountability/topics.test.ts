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
