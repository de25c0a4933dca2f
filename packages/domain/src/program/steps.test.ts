import { describe, expect, it } from 'vitest';
import { PROGRAM_STEPS, programStep } from './steps.js';

describe('the ten steps', () => {
  it('are numbered 1 to 10 in order with unique slugs', () => {
    expect(PROGRAM_STEPS.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const keys = PROGRAM_STEPS.map((step) => step.key);
    expect(new Set(keys).size).toBe(10);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('each have a short title, a paragraph and a named basis', () => {
    for (const step of PROGRAM_STEPS) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(step.title.length).toBeLessThanOrEqual(40);
      expect(step.summary.length).toBeGreaterThan(150);
      expect(step.summary).toMatch(/\byou\b/i);
      expect(step.basis.length).toBeGreaterThan(0);
    }
  });

  it('keep to the product voice: no exclamation marks, no promised outcomes', () => {
    for (const step of PROGRAM_STEPS) {
      expect(step.summary).not.toContain('!');
      expect(step.summary).not.toMatch(/\b(will|guarantee[sd]?) (trust|forgive)/i);
    }
  });

  it('follow the method’s order and cite the evidence', () => {
    expect(programStep(2)?.summary).toMatch(/at least 20 minutes/);
    expect(programStep(3)?.basis).toMatch(/REACH/);
    expect(programStep(7)?.basis).toMatch(/Lewicki et al\. 2016/);
    expect(programStep(9)?.basis).toMatch(/Nonviolent Communication \(Rosenberg\)/);
    expect(programStep(1)?.basis).toMatch(/Gottman, Trust Revival Method/);
  });

  it('has no step outside 1 to 10', () => {
    expect(programStep(0)).toBeUndefined();
    expect(programStep(11)).toBeUndefined();
  });
});
