import type { CheckResult, Finding } from '@amends/engine';
import { describe, expect, it } from 'vitest';
import { formatReport, markText } from './report.js';

function finding(
  text: string,
  actual: string,
  rest: Partial<Finding> & Pick<Finding, 'ruleId' | 'kind'>,
): Finding {
  const start = text.indexOf(actual);
  return { start, end: start + actual.length, actual, reason: 'Because.', suggestion: 'Do this.', ...rest };
}

function result(findings: Finding[], verdict: CheckResult['summary']['verdict']): CheckResult {
  const counts = { problem: 0, safety: 0, strength: 0 };
  for (const f of findings) counts[f.kind]++;
  const present = findings
    .filter((f) => f.kind === 'strength')
    .map((f) => f.ruleId) as CheckResult['summary']['components']['present'];
  return {
    findings,
    summary: {
      verdict,
      counts,
      components: {
        present,
        missing: ['responsibility', 'repair'].filter((c) => !present.includes(c as never)) as never,
      },
    },
  };
}

const ESC = '\u001b[';

describe('markText', () => {
  const text = "I'm sorry I lied, but I was stressed.";
  const regret = finding(text, "I'm sorry I lied", { ruleId: 'regret', kind: 'strength' });
  const excuse = finding(text, 'I was stressed', { ruleId: 'excuse', kind: 'problem' });

  it('marks each span with [[…]] and its note number when there is no colour', () => {
    expect(markText(text, [regret, excuse], false)).toBe(
      "[[I'm sorry I lied]][1], but [[I was stressed]][2].",
    );
  });

  it('marks overlapping spans once, with every note number', () => {
    const responsibility = finding(text, 'I lied', { ruleId: 'responsibility', kind: 'strength' });
    expect(markText(text, [regret, responsibility, excuse], false)).toBe(
      "[[I'm sorry I lied]][1,2], but [[I was stressed]][3].",
    );
  });

  it('underlines in amber for problems and green for strengths on a terminal', () => {
    const marked = markText(text, [regret, excuse], true);
    expect(marked).toContain(`${ESC}4m${ESC}38;5;214mI was stressed`);
    expect(marked).toContain(`${ESC}4m${ESC}38;5;71mI'm sorry I lied`);
    expect(marked).not.toContain('[[');
  });

  it('leaves the text as it is without findings', () => {
    expect(markText(text, [], true)).toBe(text);
  });
});

describe('formatReport', () => {
  it('gives the verdict in words, the marked text, each finding and the apology parts', () => {
    const text = 'I was stressed. I am sorry.';
    const excuse = finding(text, 'I was stressed', {
      ruleId: 'excuse',
      kind: 'problem',
      reason: 'This may read as a defence.',
      suggestion: 'End the apology at "I was wrong".',
    });
    const regret = finding(text, 'I am sorry', { ruleId: 'regret', kind: 'strength' });
    const report = formatReport(text, result([excuse, regret], 'revise'), { colour: false });
    expect(report).toContain('Verdict: Revise');
    expect(report).toContain('[[I was stressed]][1]. [[I am sorry]][2].');
    expect(report).toContain('[1] Excuse (to revise) — “I was stressed”');
    expect(report).toContain('Why: This may read as a defence.');
    expect(report).toContain('Try: End the apology at "I was wrong".');
    expect(report).toContain('[2] Regret (works)');
    expect(report).toMatch(/Has: +Regret/);
    expect(report).toMatch(/Missing: +Taking responsibility, Offer of repair/);
    expect(report).not.toContain(ESC);
  });

  it('leads with support and help numbers when there is a safety finding', () => {
    const text = 'I want to die if you leave.';
    const harm = finding(text, 'I want to die', { ruleId: 'self-harm', kind: 'safety' });
    const report = formatReport(text, result([harm], 'support'), { colour: false });
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/pain/);
    expect(report).toContain('988');
    expect(report).toContain('116 123');
    expect(report).toContain('local emergency number');
    expect(report.indexOf('988')).toBeLessThan(report.indexOf('Verdict: Support'));
  });

  it('says plainly when nothing stood out', () => {
    const report = formatReport('Hello.', result([], 'ready'), { colour: false });
    expect(report).toContain('Verdict: Ready');
    expect(report).toContain('Nothing in the words stood out');
    expect(report).toMatch(/Has: +none yet/);
  });
});
