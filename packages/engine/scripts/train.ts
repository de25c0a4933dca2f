/**
 * Trains the learned safety model (src/rules/safety/model.ts) and writes its weights to
 * src/rules/safety/model.weights.ts.
 *
 *   npm run train                 train, report the cross-validated figures, write the weights
 *   npm run train -- --dry-run    train and report only
 *   npm run train -- --check      exit 1 unless training gives exactly the committed weights
 *   npm run train -- --show 0.8   also list the blind-set and SMS messages the rules and the model,
 *                                 at that threshold, get wrong (out of fold)
 *
 * Data: every labelled file in corpus/ except the sets kept for judging (JUDGE_ONLY), the safety
 * messages in train/, and every other line of corpus/sms-ham.txt as real messages that are safe
 * (the other half stays out, so `npm run eval -- --sms` measures false alarms on unseen text).
 *
 * Labels are per message while the model reads sentences, so training is two rounds: first on whole
 * messages, then with each flagged message's most telling sentence as the positive example and the
 * rest of that message left out. Logistic regression with AdaGrad and L2, a fixed number of passes,
 * data in file order, no randomness: the same data gives the same weights. The weights are pruned
 * to the features worth most (weight times the square root of how often each was seen) and
 * refitted, and the reporting threshold is chosen on five-fold out-of-fold scores: the lowest at
 * which the model alone keeps precision ≥ MODEL_PRECISION and flags at most MAX_SMS_SHARE of the
 * real SMS messages.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, segment } from '../src/analysis.js';
import { checkSentence, seenBy, toRuleContext } from '../src/check.js';
import { selfHarm } from '../src/rules/safety/self-harm.js';
import { threat } from '../src/rules/safety/threat.js';
import { fnv1a } from '../src/hash.js';
import { normalize } from '../src/normalize.js';
import { modelMayRead, patternsOf } from '../src/rules/safety/model.guards.js';
import { eligible, pack, sentenceFeatures } from '../src/rules/safety/model.js';
import { CORPUS_DIR, labelledFiles, readLabelled, readSms, type LabelledMessage } from './corpus.js';

const ENGINE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const TRAIN_DIR = join(ENGINE_DIR, 'train');
const OUT = join(ENGINE_DIR, 'src', 'rules', 'safety', 'model.weights.ts');

/** Labelled sets written after the model to judge it: never trained on. */
export const JUDGE_ONLY: readonly string[] = ['blind-2026-12-d.jsonl', 'blind-2026-12-g.jsonl'];
const LABELS = ['self-harm', 'threat'] as const;
type Label = (typeof LABELS)[number];

/**
 * Features kept per label. Threat wordings are the more varied (harm, exposure, watching, their job,
 * their home): out of fold its recall keeps rising to 2,000 features, while self-harm's gains little
 * past 1,000 and its extra features are mostly new false alarms on real SMS messages.
 */
const KEEP: Record<Label, number> = { 'self-harm': 1000, threat: 2000 };
const EPOCHS = 40;
const RATE = 0.3;
const L2 = 1e-2;
const FOLDS = 5;
const MIN_COUNT = 2; // a feature must occur in this many examples
const POSITIVE_WEIGHT = 3; // a flagged message weighs as much as this many safe sentences
/**
 * The threshold is the lowest at which the model alone keeps this precision out of fold on all the
 * data, and the rules and the model together keep UNION_PRECISION on the blind sets (messages the
 * rules were not tuned on).
 */
const MODEL_PRECISION = 0.8;
const UNION_PRECISION = 0.9;
/** And the model alone flags at most this share of the real SMS messages, out of fold. */
const MAX_SMS_SHARE = 0.0025;
const SCALE = 100; // weights are stored as integers of 1/SCALE

interface Example {
  id: string;
  /** Set for a sentence of a rule's tests: it says only whether that one label applies. */
  only?: Label | undefined;
  labels: ReadonlySet<string>;
  /** The labels the hand-written safety rules report on the message. */
  byRules: ReadonlySet<string>;
  /** Feature names of each sentence. */
  sentences: string[][];
  /** Whether the model may read each sentence, per label (model.ts `eligible` and the guards). */
  eligible: Record<Label, boolean[]>;
}

const SAFETY_RULES = [selfHarm, threat];
const PATTERN_RULE = { 'self-harm': selfHarm, threat } as const;

const TEXTS = new Map<string, string>();

function examplesOf(messages: ReadonlyArray<LabelledMessage & { only?: Label }>): Example[] {
  return messages.map((m) => {
    TEXTS.set(m.id, m.text);
    const context = toRuleContext(m.context);
    const norm = normalize(m.text);
    const sentences: string[][] = [];
    const eligibleFor: Record<Label, boolean[]> = { 'self-harm': [], threat: [] };
    const byRules = new Set<string>();
    let previous = '';
    for (const span of segment(norm.text)) {
      const body = norm.text.slice(span.start, span.end);
      const s = analyse(body, span.start, previous);
      sentences.push([...new Set(sentenceFeatures(s).map((f) => f.name))]);
      for (const label of LABELS) {
        // The sentence as the check hands it to the label's rule (its gatePrevious decides the one before).
        const seen = seenBy(PATTERN_RULE[label], s);
        const { vetoed } = patternsOf(label, seen, context);
        eligibleFor[label].push(eligible(seen) && modelMayRead(label, seen, context, vetoed));
      }
      for (const hit of checkSentence(s, context, SAFETY_RULES)) byRules.add(hit.ruleId);
      previous = body;
    }
    return { id: m.id, only: m.only, labels: new Set(m.labels), byRules, sentences, eligible: eligibleFor };
  });
}

function loadData(): Example[] {
  const files = labelledFiles().filter((f) => !JUDGE_ONLY.includes(basename(f)));
  const extra = existsSync(TRAIN_DIR)
    ? readdirSync(TRAIN_DIR)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(TRAIN_DIR, f))
    : [];
  const messages = [...files, ...extra].flatMap((f) => readLabelled(f));
  const sms = readSms(join(CORPUS_DIR, 'sms-ham.txt'))
    .filter((_, i) => i % 2 === 0)
    .map((text, i): LabelledMessage => ({ id: `sms-${i}`, text, labels: [] }));
  const tested = testSentences();
  console.log(
    `data: ${messages.length} labelled messages from ${files.length + extra.length} files, ${tested.length} sentences of the safety rules' tests, ${sms.length} real SMS`,
  );
  return examplesOf([...messages, ...tested, ...sms]);
}

/**
 * The example sentences of the safety rules' tests (`it.each([...])('fires on %j' | 'does not fire
 * on %j')` in src/rules/safety/<label>*.test.ts): each says whether that one label applies.
 */
function testSentences(): Array<LabelledMessage & { only: Label }> {
  const dir = join(ENGINE_DIR, 'src', 'rules', 'safety');
  const out: Array<LabelledMessage & { only: Label }> = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()) {
    const label = LABELS.find((l) => file.startsWith(`${l}.`));
    if (!label) continue;
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isCallExpression(node.expression)) {
        const inner = node.expression;
        const title = node.arguments[0];
        const list = inner.arguments[0];
        if (
          inner.expression.getText(source) === 'it.each' &&
          title &&
          ts.isStringLiteral(title) &&
          list &&
          ts.isArrayLiteralExpression(list)
        ) {
          const fires = title.text.startsWith('fires on');
          if (fires || title.text.startsWith('does not fire on')) {
            for (const el of list.elements) {
              if (ts.isStringLiteral(el) || ts.isNoSubstitutionTemplateLiteral(el)) {
                out.push({
                  id: `test-${label}-${out.length}`,
                  text: el.text,
                  labels: fires ? [label] : [],
                  only: label,
                });
              }
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** A training row: feature indices, target, weight. */
interface Row {
  x: Int32Array<ArrayBufferLike>;
  y: number;
  w: number;
}

class Vocabulary {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.index.set(name, i);
      this.names.push(name);
    }
    return i;
  }
}

function fit(rows: readonly Row[], size: number): { bias: number; w: Float64Array } {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let gb2 = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const row of rows) {
      let z = bias;
      for (const i of row.x) z += w[i] as number;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - row.y) * row.w;
      gb2 += g * g;
      bias -= (RATE * g) / Math.sqrt(gb2);
      for (const i of row.x) {
        const gi = g + L2 * (w[i] as number);
        g2[i] = (g2[i] as number) + gi * gi;
        w[i] = (w[i] as number) - (RATE * gi) / Math.sqrt(g2[i]);
      }
    }
  }
  return { bias, w };
}

const score = (m: { bias: number; w: Float64Array }, x: Int32Array): number => {
  let z = m.bias;
  for (const i of x) z += m.w[i] as number;
  return 1 / (1 + Math.exp(-z));
};

/** Rows for one label: round 1 whole messages, round 2 the most telling sentence of each positive. */
function rowsFor(
  data: readonly Example[],
  label: Label,
  vocab: Vocabulary,
  pick?: { bias: number; w: Float64Array },
  allowed?: ReadonlySet<number>,
): Row[] {
  const ids = (names: readonly string[]): Int32Array =>
    Int32Array.from(names.map((n) => vocab.id(n)).filter((i) => !allowed || allowed.has(i)));
  const posWeight = POSITIVE_WEIGHT;
  const rows: Row[] = [];
  for (const d of data) {
    if (d.only && d.only !== label) continue;
    const positive = d.labels.has(label);
    if (!positive) {
      for (const s of d.sentences) rows.push({ x: ids(s), y: 0, w: 1 });
    } else if (!pick) {
      rows.push({ x: ids(d.sentences.flat()), y: 1, w: posWeight });
    } else {
      let best = -1;
      let bestX: Int32Array<ArrayBufferLike> = new Int32Array();
      const open = d.eligible[label];
      const choices = d.sentences.filter((_, j) => open[j]);
      for (const s of choices.length > 0 ? choices : d.sentences) {
        const x = ids(s);
        const p = score(pick, x);
        if (p > best) {
          best = p;
          bestX = x;
        }
      }
      rows.push({ x: bestX, y: 1, w: posWeight });
    }
  }
  return rows;
}

interface Trained {
  bias: number;
  weights: Map<string, number>;
}

function train(data: readonly Example[], label: Label): Trained {
  const vocab = new Vocabulary();
  const rows = rowsFor(data, label, vocab);
  const counts = new Int32Array(vocab.names.length);
  for (const r of rows) for (const i of r.x) counts[i] = (counts[i] as number) + 1;
  const common = new Set<number>();
  counts.forEach((c, i) => {
    if (c >= MIN_COUNT) common.add(i);
  });
  for (const r of rows) r.x = r.x.filter((i) => common.has(i));
  const first = fit(rows, vocab.names.length);
  const again = rowsFor(data, label, vocab, first, common);
  const second = fit(again, vocab.names.length);
  // A feature's worth is its weight times the square root of how often it was seen: a large weight
  // on a feature met twice is mostly noise, a middling one met fifty times carries the label.
  const worth = (i: number): number => Math.abs(second.w[i] as number) * Math.sqrt(counts[i] as number);
  const order = [...second.w.keys()].sort((a, b) => worth(b) - worth(a) || a - b).slice(0, KEEP[label]);
  const allowed = new Set(order);
  const refit = fit(rowsFor(data, label, vocab, second, allowed), vocab.names.length);
  const weights = new Map<string, number>();
  for (const i of order) {
    const q = Math.round((refit.w[i] as number) * SCALE);
    if (q !== 0) weights.set(vocab.names[i] as string, q / SCALE);
  }
  return { bias: Math.round(refit.bias * SCALE) / SCALE, weights };
}

const prob = (t: Trained, names: readonly string[]): number => {
  let z = t.bias;
  for (const n of names) z += t.weights.get(n) ?? 0;
  return 1 / (1 + Math.exp(-z));
};

const foldOf = (id: string): number => fnv1a(id) % FOLDS;

/** Out-of-fold message scores (the highest sentence), then the threshold and its figures. */
function crossValidate(data: readonly Example[], label: Label): { threshold: number; report: string } {
  const blind = (id: string): boolean => id.startsWith('blind-');
  const scores = new Float64Array(data.length);
  for (let k = 0; k < FOLDS; k++) {
    const model = train(
      data.filter((d) => foldOf(d.id) !== k),
      label,
    );
    data.forEach((d, i) => {
      if (foldOf(d.id) === k)
        scores[i] = Math.max(0, ...d.sentences.map((s, j) => (d.eligible[label][j] ? prob(model, s) : 0)));
    });
  }
  const at = (t: number, withRules = false, only?: (id: string) => boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let sms = 0;
    data.forEach((d, i) => {
      if (only && !only(d.id)) return;
      if (d.only && d.only !== label) return;
      const hit = (scores[i] as number) >= t || (withRules && d.byRules.has(label));
      const pos = d.labels.has(label);
      if (hit && pos) tp++;
      else if (hit) {
        fp++;
        if (d.id.startsWith('sms-')) sms++;
      } else if (pos) fn++;
    });
    return { tp, fp, fn, sms };
  };
  const show = process.argv.indexOf('--show');
  if (show > 0) {
    const t = Number(process.argv[show + 1]);
    data.forEach((d, i) => {
      const pos = d.labels.has(label);
      const hit = (scores[i] as number) >= t || d.byRules.has(label);
      if (pos !== hit && (d.id.startsWith('blind-') || d.id.startsWith('sms-')))
        console.log(
          `${pos ? 'MISS' : 'FALSE'} ${label} ${(scores[i] as number).toFixed(2)} ${d.id} ${TEXTS.get(d.id)?.slice(0, 150)}`,
        );
    });
  }
  const precision = (o: { tp: number; fp: number }): number => o.tp / Math.max(1, o.tp + o.fp);
  const smsCount = data.filter((d) => d.id.startsWith('sms-')).length;
  let threshold = 0.99;
  for (let step = 50; step <= 99; step++) {
    const t = step / 100;
    if (
      precision(at(t)) >= MODEL_PRECISION &&
      precision(at(t, true, blind)) >= UNION_PRECISION &&
      at(t).sms <= MAX_SMS_SHARE * smsCount
    ) {
      threshold = t;
      break;
    }
  }
  const line = (name: string, o: { tp: number; fp: number; fn: number; sms: number }): string => {
    const p = o.tp / Math.max(1, o.tp + o.fp);
    const r = o.tp / Math.max(1, o.tp + o.fn);
    return `  ${label} ${name}: precision ${p.toFixed(2)}, recall ${r.toFixed(2)} (tp ${o.tp}, fp ${o.fp} of which SMS ${o.sms}, fn ${o.fn})`;
  };
  const lines = [
    line('rules alone, blind sets', at(2, true, blind)),
    ...[0.5, 0.7, 0.9, threshold].flatMap((t) => [
      line(`model at ${t.toFixed(2)}, out of fold, all`, at(t)),
      line(`rules + model at ${t.toFixed(2)}, blind sets`, at(t, true, blind)),
    ]),
  ];
  return { threshold, report: lines.join('\n') };
}

function main(): void {
  const dry = process.argv.includes('--dry-run');
  const data = loadData();
  const packed: Record<Label, string> = { 'self-harm': '', threat: '' };
  for (const label of LABELS) {
    const { threshold, report } = crossValidate(data, label);
    console.log(report);
    const model = train(data, label);
    console.log(`  ${label}: ${model.weights.size} features, threshold ${threshold}`);
    packed[label] = pack({ bias: model.bias, threshold, weights: model.weights });
  }
  const source = `// Generated by \`npm run train\` (packages/engine/scripts/train.ts) from the labelled corpora: do not edit.
// Each string is "bias threshold scale|" and the weighted feature slots in base64 (see pack in model.ts).

export const SELF_HARM_WEIGHTS =
  '${packed['self-harm']}';

export const THREAT_WEIGHTS =
  '${packed.threat}';
`;
  if (dry) return;
  if (process.argv.includes('--check')) {
    const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === source;
    console.log(
      same
        ? 'the committed weights are what training gives'
        : `${OUT} differs from what training gives: run npm run train`,
    );
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(OUT, source);
  console.log(`wrote ${OUT} (${(source.length / 1024).toFixed(1)} KB)`);
}

main();
