/**
 * `npm run eval`: per-rule precision, recall and F1 on each labelled corpus and on all together,
 * the misses and false alarms, and the share of real SMS messages with a problem or safety finding.
 *
 *   npm run eval                          all corpora in packages/engine/corpus
 *   npm run eval -- --rule excuse         also list that rule's misses and false alarms
 *   npm run eval -- --errors              list every miss and false alarm
 *   npm run eval -- --sms                 list the SMS messages that were flagged
 *   npm run eval -- --strict              exit 1 when a bar is not met
 *   npm run eval -- --split tune          only the tuning part (about 70%, fixed by id)
 *   npm run eval -- --split holdout       only the held-out part: an estimate for unseen messages
 *   npm run eval -- path/to/other.jsonl   evaluate other labelled files
 *
 * Misses and false alarms are listed from the tuning part only (unless --split holdout is given), so
 * that the held-out part stays an honest estimate of how the rules do on messages nobody tuned for;
 * those of the blind set (ids `blind-…`) are never listed.
 */
import { basename, resolve } from 'node:path';
import { check, RULE_INFO, type RuleId } from '../src/index.js';
import { labelledFiles, readLabelled, readSms } from './corpus.js';
import { inHoldout, isBlind, RULE_IDS, run, score, type Outcome } from './metrics.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const onlyRule = option('--rule') as RuleId | undefined;
if (onlyRule && !RULE_IDS.includes(onlyRule)) {
  console.error(`Unknown rule "${onlyRule}". Rules: ${RULE_IDS.join(', ')}`);
  process.exit(2);
}
const split = option('--split') ?? 'all';
if (!['all', 'tune', 'holdout'].includes(split)) {
  console.error('--split takes all, tune or holdout');
  process.exit(2);
}
// npm runs this script in the package folder; a relative path means one from where npm was started.
const files = args
  .filter((a, i) => a.endsWith('.jsonl') && args[i - 1] !== '--rule')
  .map((a) => resolve(process.env.INIT_CWD ?? process.cwd(), a));
const kindOf = new Map(RULE_INFO.map((r) => [r.id, r.kind]));

const BARS = { precision: 0.9, recall: 0.85, safetyRecall: 1, smsShare: 0.03 };
const pct = (x: number): string => x.toFixed(2);

function table(title: string, outcomes: Outcome[]): string[] {
  const failures: string[] = [];
  const scores = score(outcomes);
  console.log(`\n${title} (${outcomes.length} messages)`);
  console.log('rule                  kind      P     R     F1    tp  fp  fn');
  let f1Sum = 0;
  let counted = 0;
  for (const id of RULE_IDS) {
    const s = scores.get(id);
    if (!s) continue;
    const kind = kindOf.get(id) ?? 'problem';
    const support = s.tp + s.fn;
    if (support > 0 || s.fp > 0) {
      f1Sum += s.f1;
      counted++;
    }
    const marks: string[] = [];
    if (kind !== 'strength' && s.precision < BARS.precision) marks.push('P<0.90');
    if (support > 0 && s.recall < BARS.recall) marks.push('R<0.85');
    if (kind === 'safety' && support > 0 && s.recall < BARS.safetyRecall) marks.push('safety R<1');
    if (marks.length) failures.push(`${title}: ${id} ${marks.join(' ')}`);
    console.log(
      `${id.padEnd(22)}${kind.padEnd(9)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${marks.join(' ')}`,
    );
  }
  console.log(`macro-F1 ${pct(counted ? f1Sum / counted : 1)}`);
  return failures;
}

function errors(outcomes: Outcome[], rule?: RuleId): void {
  for (const { message, predicted } of outcomes) {
    if (split !== 'holdout' && inHoldout(message.id)) continue;
    if (isBlind(message.id)) continue; // never listed, on any split: the blind set stays unseen
    const ids = rule ? [rule] : RULE_IDS;
    for (const id of ids) {
      const labelled = message.labels.includes(id);
      const found = predicted.has(id);
      if (labelled === found) continue;
      const what = labelled ? 'MISS ' : 'FALSE';
      const detail = found
        ? check(message.text, message.context)
            .findings.filter((f) => f.ruleId === id)
            .map((f) => `«${f.actual}»`)
            .join(' ')
        : '';
      const ctx = message.context ? ` ctx=${JSON.stringify(message.context)}` : '';
      console.log(
        `${what} ${id} ${message.id}: ${JSON.stringify(message.text).slice(0, 400)}${ctx} ${detail}`,
      );
    }
  }
}

const paths = files.length ? files : labelledFiles();
const all: Outcome[] = [];
const failures: string[] = [];
for (const path of paths) {
  const messages = readLabelled(path).filter(
    (m) => split === 'all' || (split === 'holdout') === inHoldout(m.id),
  );
  const outcomes = run(messages);
  all.push(...outcomes);
  failures.push(...table(basename(path), outcomes));
}
if (paths.length > 1) failures.push(...table('all corpora', all));

if (onlyRule || flag('--errors')) {
  console.log('\nMisses and false alarms');
  errors(all, onlyRule);
}

if (!files.length) {
  const sms = readSms();
  const flagged = sms.filter((text) => check(text).findings.some((f) => f.kind !== 'strength'));
  const share = flagged.length / sms.length;
  console.log(
    `\nreal SMS messages with a problem or safety finding: ${flagged.length} of ${sms.length} (${(share * 100).toFixed(2)}%, bar ≤ ${BARS.smsShare * 100}%)`,
  );
  // The learned safety model trains on the even lines (scripts/train.ts): the odd ones it never saw.
  const flaggedSet = new Set(flagged);
  const unseen = sms.filter((_, i) => i % 2 === 1);
  const unseenFlagged = unseen.filter((text) => flaggedSet.has(text)).length;
  console.log(
    `  of the half the safety model never trained on: ${unseenFlagged} of ${unseen.length} (${((unseenFlagged / unseen.length) * 100).toFixed(2)}%)`,
  );
  if (share > BARS.smsShare) failures.push(`sms: ${(share * 100).toFixed(2)}% flagged`);
  if (flag('--sms')) {
    for (const text of flagged) {
      const found = check(text)
        .findings.filter((f) => f.kind !== 'strength')
        .map((f) => `${f.ruleId}«${f.actual}»`);
      console.log(`  ${found.join(' ')} :: ${text}`);
    }
  }
}

if (failures.length) {
  console.log(`\nBars not met:\n  ${failures.join('\n  ')}`);
  if (flag('--strict')) process.exit(1);
} else {
  console.log('\nEvery bar is met.');
}
