import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../analysis.js';
import { check, checkSentence } from '../../check.js';
import { normalize } from '../../normalize.js';
import {
  eligible,
  modelHit,
  pack,
  probability,
  sentenceFeatures,
  stem,
  unpack,
  weightOf,
  type Feature,
  type SafetyModel,
} from './model.js';
import { SELF_HARM_WEIGHTS, THREAT_WEIGHTS } from './model.weights.js';
import { withModel } from './index.js';
import { selfHarm } from './self-harm.js';
import { threat } from './threat.js';

const names = (text: string): string[] =>
  sentenceFeatures(analyse(normalize(text).text, 0)).map((f) => f.name);
const safety = (text: string) => check(text).findings.filter((f) => f.kind === 'safety');

describe('safety model: features', () => {
  it('reads a word after a negation as a different feature, up to the end of the clause', () => {
    expect(names("I'd never hurt you")).toContain('!hurt');
    expect(names("I'd never hurt you")).not.toContain('hurt');
    expect(names("I'll hurt you")).toContain('hurt');
    expect(names("I'm not proud of it, but I'll hurt him")).toContain('hurt');
  });

  it('reads texting forms as their full forms', () => {
    expect(names('ill make u regret it')).toEqual(names("I'll make you regret it"));
  });

  it('shares a feature between forms of a word and between words of a class', () => {
    expect(stem('threatened')).toBe(stem('threatens'));
    expect(names("you'll regret it")).toContain('YOU~HARM');
    expect(names("you'll pay for it")).toContain('YOU~HARM');
  });

  it('gives every feature the span of the words it came from', () => {
    const text = normalize('Everyone would be better off without me.').text;
    for (const f of sentenceFeatures(analyse(text, 0))) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('safety model: weights', () => {
  it('reads back the packed form the training writes, to within the stored precision', () => {
    const weights = new Map([
      ['hurt', 2.5],
      ['YOU~HARM', -0.4],
      ['i_will', 1.25],
    ]);
    const model = unpack(pack({ bias: -1.5, threshold: 0.8, weights }));
    expect(model.bias).toBe(-1.5);
    expect(model.threshold).toBe(0.8);
    for (const [name, w] of weights) expect(weightOf(model, name)).toBeCloseTo(w, 1);
    expect(weightOf(model, 'never-seen')).toBe(0);
    expect(probability(model, ['hurt', 'hurt'])).toBeCloseTo(
      1 / (1 + Math.exp(-(-1.5 + weightOf(model, 'hurt')))),
    );
  });

  it('reads back every weight of a large model exactly as stored, gaps wide and narrow', () => {
    const weights = new Map<string, number>();
    for (let i = 0; i < 600; i++) weights.set(`feature-${i}`, ((i * 37) % 251) / 50 - 2.5);
    weights.set('far', 3);
    const packed = pack({ bias: 0.25, threshold: 0.9, weights });
    const model = unpack(packed);
    const scale = Number(packed.split('|')[0]?.split(' ')[2]);
    for (const [name, w] of weights) {
      const stored = Math.round(w * scale);
      expect(weightOf(model, name)).toBe(stored === 0 ? 0 : stored / scale);
    }
  });

  it('gives a model that never reports for a packed form it cannot read', () => {
    const good = pack({ bias: 1, threshold: 0.5, weights: new Map([['hurt', 2]]) });
    const [head = '', body = ''] = good.split('|');
    const broken = [
      `${head}|${body}!`,
      `${head.split(' ').slice(0, 3).join(' ')}|${body}`,
      `${head.split(' ').slice(0, 3).join(' ')} 40|${body}`,
      `${head}|${'/'.repeat(body.length + 8)}`,
    ];
    for (const packed of broken) {
      const model = unpack(packed);
      expect(probability(model, ['hurt'])).toBeLessThan(model.threshold);
    }
  });

  it('ships two trained models with a threshold each', () => {
    for (const packed of [SELF_HARM_WEIGHTS, THREAT_WEIGHTS]) {
      const model = unpack(packed);
      expect(model.weights.size).toBeGreaterThan(100);
      expect(model.threshold).toBeGreaterThan(0.5);
      expect(model.threshold).toBeLessThan(1);
    }
  });
});

/** modelHit as it reads by its definition: every feature named, scored and ranked. */
function referenceHit(model: SafetyModel, text: string): { start: number; end: number } | undefined {
  const sentence = analyse(text, 0);
  if (!eligible(sentence)) return undefined;
  const inQuote = (f: Feature): boolean => sentence.quoted.some(([a, b]) => f.start >= a && f.end <= b);
  const features = sentenceFeatures(sentence).filter((f) => !inQuote(f));
  if (
    probability(
      model,
      features.map((f) => f.name),
    ) < model.threshold
  )
    return undefined;
  const strongest = new Map<string, Feature & { weight: number }>();
  for (const f of features) {
    const weight = weightOf(model, f.name);
    if (weight > 0 && !strongest.has(f.name)) strongest.set(f.name, { ...f, weight });
  }
  const top = [...strongest.values()].sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, 3);
  if (top.length === 0) return undefined;
  return { start: Math.min(...top.map((f) => f.start)), end: Math.max(...top.map((f) => f.end)) };
}

describe('safety model: the fast reading equals the definition', () => {
  const voice = { reason: 'r', suggestion: 's' };
  const models = [unpack(SELF_HARM_WEIGHTS), unpack(THREAT_WEIGHTS)];
  const fast = (model: SafetyModel, text: string): { start: number; end: number } | undefined => {
    const hit = modelHit(model, analyse(text, 0), voice);
    return hit && { start: hit.start, end: hit.end };
  };

  it.each([
    "I've left the spare key and a note for my brother on the kitchen table.",
    'I hope your new place has good locks.',
    "you'd all be better off without me, i won't be a burden, but i will end it tonight",
    'You said "I hope your new place has good locks" was the worst thing I ever wrote.',
    "i'm not going to hurt you, never, not ever, but you'll regret it — watch your back",
    'everyone would be happier if i was gone and i have the pills saved up',
  ])('on %j', (text) => {
    const t = normalize(text).text;
    for (const model of models) expect(fast(model, t)).toEqual(referenceHit(model, t));
  });

  it('on any text, with a model weighting every feature of it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'i',
            "i'll",
            'you',
            'not',
            'never',
            'hurt',
            'better',
            'off',
            'pills',
            'gone',
            'but',
            ',',
            '"',
            "'",
            '-',
            'end',
            'tonight',
            'watch',
            'family',
            'threatening',
            'stories',
            'x',
          ),
          { maxLength: 14 },
        ),
        fc.integer({ min: -5, max: 5 }),
        (parts, seed) => {
          const text = parts.join(' ');
          const sentence = analyse(text, 0);
          const weights = new Map<string, number>();
          sentenceFeatures(sentence).forEach((f, i) => {
            if ((i + seed) % 3 !== 0) weights.set(f.name, ((i * 7 + seed) % 11) - 4);
          });
          const model = unpack(pack({ bias: -1, threshold: 0.6, weights }));
          expect(fast(model, text)).toEqual(referenceHit(model, text));
          for (const shipped of models) expect(fast(shipped, text)).toEqual(referenceHit(shipped, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('safety model: in the check', () => {
  // A model that weighs one word, so the wrapper is tested apart from what training learns.
  const weighing = (word: string): SafetyModel =>
    unpack(pack({ bias: -4, threshold: 0.5, weights: new Map([[stem(word), 8]]) }));
  const findWith = (rule: typeof selfHarm, word: string, text: string) => {
    const wrapped = withModel(rule as typeof selfHarm & { id: 'self-harm' | 'threat' }, weighing(word));
    return checkSentence(analyse(normalize(text).text, 0), { resolvedTopics: [], avoidTopics: [] }, [
      wrapped,
    ]);
  };

  it('reports what no pattern reads, in its own tentative voice, with an exact span', () => {
    const text = 'The lighthouse keeper stays on my mind every night now.';
    const [hit] = findWith(selfHarm, 'lighthouse', text);
    expect(hit?.ruleId).toBe('self-harm');
    expect(hit?.reason).toMatch(/may/);
    expect(hit?.suggestion.length).toBeGreaterThan(20);
    expect(normalize(text).text.slice(hit?.start, hit?.end)).toContain('lighthouse');
  });

  it('lets the patterns speak first', () => {
    const [hit] = findWith(selfHarm, 'die', 'I want to die.');
    expect(hit?.reason).not.toMatch(/may/);
  });

  it.each([
    ["Honestly, I'm not going to hurt you.", threat, 'honestly'],
    ['My therapist asked if I ever think about killing myself.', selfHarm, 'therapist'],
    ['The lighthouse keeper stays on my mind lol', selfHarm, 'lighthouse'],
    ["Reply tonight or I'm hurting myself.", threat, 'tonight'],
    ["I'll be gone for the weekend, the lighthouse is lovely.", selfHarm, 'lighthouse'],
  ] as const)('stays silent where a guard said no: %j', (text, rule, word) => {
    expect(findWith(rule, word, text).filter((h) => h.ruleId === rule.id)).toEqual([]);
  });

  it.each([
    "I'm going to the gym after work, then home.",
    "My phone is nearly dead, I'll call you later.",
    'I said goodbye to my old job today.',
    "I'll drop the kids' things at your mum's on Saturday.",
    "I'm so tired after the night shift.",
    "I'll see you at the school gates at three.",
    'Your sister said to tell you happy birthday.',
    'are you safe tonight?',
  ])('stays silent on the everyday %j', (text) => {
    expect(safety(text)).toEqual([]);
  });

  it('does not count words inside quotation marks', () => {
    const text = 'You said "I hope your new place has good locks" was the worst thing I ever wrote.';
    expect(safety(text).filter((f) => f.reason.includes('may'))).toEqual([]);
  });

  it('never reports a span outside the text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const f of check(text).findings) expect(text.slice(f.start, f.end)).toBe(f.actual);
      }),
      { numRuns: 200 },
    );
  });
});
