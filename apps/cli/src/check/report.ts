import { RULE_INFO, type CheckResult, type Finding, type Kind, type RuleId } from '@amends/engine';

const ESC = '\u001b[';
const RESET = `${ESC}0m`;
const STYLE = {
  bold: `${ESC}1m`,
  dim: `${ESC}2m`,
  underline: `${ESC}4m`,
  // Amber for problems, green for strengths, a soft rose (not alarm red) for safety: UX.md.
  problem: `${ESC}38;5;214m`,
  strength: `${ESC}38;5;71m`,
  safety: `${ESC}38;5;211m`,
} as const;

/** Safety first, then problems, then strengths: where spans overlap, the more urgent colour shows. */
const PRIORITY: Record<Kind, number> = { safety: 3, problem: 2, strength: 1 };

const TITLES = new Map<RuleId, string>(RULE_INFO.map((info) => [info.id, info.title]));

/** A rule's title for people, e.g. "Excuse". */
export function ruleTitle(id: RuleId): string {
  return TITLES.get(id) ?? id;
}

/** The help that leads a report with a safety finding. */
export const SUPPORT_LINES = [
  'You don’t have to carry this alone. Help is there now, day or night:',
  '  • US: call or text 988 (Suicide & Crisis Lifeline)',
  '  • UK & Ireland: call Samaritans free on 116 123',
  '  • Anywhere: if you or someone else is in danger now, call your local emergency number',
] as const;

function supportBlock(findings: readonly Finding[]): string[] {
  const ids = new Set(findings.filter((f) => f.kind === 'safety').map((f) => f.ruleId));
  const lines: string[] = [];
  if (ids.has('self-harm')) lines.push('It sounds like you may be in a lot of pain right now.');
  if (ids.has('threat')) {
    lines.push('Some of these words may read as a threat, and could frighten the person who reads them.');
  }
  if (lines.length === 0) lines.push('Something in this message is about someone’s safety.');
  lines.push(...SUPPORT_LINES);
  lines.push('Please don’t send this message. Take a pause and talk to someone first; your draft can wait.');
  return lines;
}

const VERDICT = {
  support: { word: 'Support', kind: 'safety', line: 'Please don’t send this. Look after yourself first.' },
  revise: {
    word: 'Revise',
    kind: 'problem',
    line: 'Some parts may work against what you mean. Each one below says why and what to try instead.',
  },
  ready: {
    word: 'Ready',
    kind: 'strength',
    line: 'Nothing in the words works against you.',
  },
} as const satisfies Record<CheckResult['summary']['verdict'], { word: string; kind: Kind; line: string }>;

const KIND_LABEL: Record<Kind, string> = { safety: 'safety', problem: 'to revise', strength: 'works' };

interface Paint {
  (style: keyof typeof STYLE | readonly (keyof typeof STYLE)[], text: string): string;
}

function painter(colour: boolean): Paint {
  return (style, text) => {
    if (!colour || text === '') return text;
    const styles = typeof style === 'string' ? [style] : style;
    return `${styles.map((s) => STYLE[s]).join('')}${text}${RESET}`;
  };
}

/** Groups findings whose spans overlap or touch, so each group is marked once with all its note numbers. */
function clusters(findings: readonly Finding[]): { start: number; end: number; notes: number[] }[] {
  const groups: { start: number; end: number; notes: number[] }[] = [];
  findings.forEach((f, index) => {
    const last = groups.at(-1);
    if (last !== undefined && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.notes.push(index + 1);
    } else {
      groups.push({ start: f.start, end: f.end, notes: [index + 1] });
    }
  });
  return groups;
}

/** Applies a style to text that may span lines, so no colour bleeds into the indentation of the next line. */
function paintLines(paint: Paint, style: Parameters<Paint>[0], text: string): string {
  return text
    .split('\n')
    .map((part) => paint(style, part))
    .join('\n');
}

/** The text with each finding's span marked: colour and underline on a terminal, `[[…]][n]` otherwise. */
export function markText(text: string, findings: readonly Finding[], colour: boolean): string {
  const paint = painter(colour);
  const sorted = [...findings];
  let out = '';
  let at = 0;
  for (const group of clusters(sorted)) {
    out += text.slice(at, group.start);
    const label = `[${group.notes.join(',')}]`;
    if (!colour) {
      out += `[[${text.slice(group.start, group.end)}]]${label}`;
    } else {
      // Colour each stretch by the most urgent finding that covers it.
      const cuts = new Set([group.start, group.end]);
      for (const f of sorted) {
        if (f.end > group.start && f.start < group.end) {
          cuts.add(Math.max(f.start, group.start));
          cuts.add(Math.min(f.end, group.end));
        }
      }
      const points = [...cuts].sort((a, b) => a - b);
      let strongest: Kind = 'strength';
      for (let i = 0; i + 1 < points.length; i++) {
        const from = points[i] ?? group.start;
        const to = points[i + 1] ?? group.end;
        const cover = sorted.filter((f) => f.start < to && f.end > from);
        const kind = cover.reduce<Kind | undefined>(
          (best, f) => (best === undefined || PRIORITY[f.kind] > PRIORITY[best] ? f.kind : best),
          undefined,
        );
        const piece = text.slice(from, to);
        out += kind === undefined ? piece : paintLines(paint, ['underline', kind], piece);
        if (kind !== undefined && PRIORITY[kind] > PRIORITY[strongest]) strongest = kind;
      }
      out += paint(['dim', strongest], label);
    }
    at = group.end;
  }
  return out + text.slice(at);
}

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n');
}

const quote = (text: string): string => `“${text.replace(/\s+/g, ' ').trim()}”`;

/**
 * The human report of a check: support first when there is a safety finding, then the verdict,
 * the text with its spans marked, each finding with why and what to try, and the apology parts.
 */
export function formatReport(text: string, result: CheckResult, options: { colour: boolean }): string {
  const paint = painter(options.colour);
  const { findings, summary } = result;
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks: string[] = [];

  if (summary.counts.safety > 0) {
    blocks.push(
      supportBlock(sorted)
        .map((line, i) => (i === 0 ? paint(['bold', 'safety'], line) : line))
        .join('\n'),
    );
  }

  const verdict = VERDICT[summary.verdict];
  const verdictLines = [
    `${paint('bold', 'Verdict:')} ${paint(['bold', verdict.kind], verdict.word)}`,
    verdict.line,
  ];
  if (summary.verdict === 'ready') {
    if (summary.counts.strength > 0) verdictLines.push('What works is listed below.');
    verdictLines.push(
      'This checks the words only. Whether now is the time to send depends on what they asked for.',
    );
  }
  blocks.push(verdictLines.join('\n'));

  const shown = text.replace(/\s+$/, '');
  blocks.push(`${paint('bold', 'Your message')}\n${indent(markText(shown, sorted, options.colour))}`);

  if (sorted.length === 0) {
    blocks.push(
      `${paint('bold', 'What we noticed')}\n  Nothing in the words stood out, for good or for bad.`,
    );
  } else {
    const notes = sorted.map((f, index) => {
      const head = `[${index + 1}] ${paint(['bold', f.kind], ruleTitle(f.ruleId))} (${KIND_LABEL[f.kind]}) — ${quote(f.actual)}`;
      const body = [
        f.reason && `Why: ${f.reason}`,
        f.suggestion && `${f.kind === 'problem' ? 'Try' : 'Next'}: ${f.suggestion}`,
      ]
        .filter((line) => line !== '')
        .map((line) => indent(line, '    '));
      return [indent(head), ...body].join('\n');
    });
    blocks.push(`${paint('bold', 'What we noticed')}\n${notes.join('\n')}`);
  }

  const names = (ids: readonly RuleId[]): string =>
    ids.length === 0 ? 'none yet' : ids.map(ruleTitle).join(', ');
  blocks.push(
    [
      paint('bold', 'Parts of an apology'),
      `  ${paint('strength', 'Has:')}     ${names(summary.components.present)}`,
      `  ${paint('dim', 'Missing:')} ${names(summary.components.missing)}`,
    ].join('\n'),
  );

  return `${blocks.join('\n\n')}\n`;
}
