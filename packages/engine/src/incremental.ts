import { analyse, segment, type Sentence } from './analysis.js';
import {
  checkSentence,
  readsThis,
  summarize,
  tidy,
  toFindings,
  toRuleContext,
  type SentenceHit,
} from './check.js';
import { normalize } from './normalize.js';
import { RULES } from './rules/index.js';
import type { CheckContext, CheckResult, Finding } from './types.js';

/** A checker for as-you-type use: it re-analyses only the sentences that changed since the last call. */
export interface IncrementalChecker {
  check(text: string): CheckResult;
  /** Replaces the topics; the next check re-reads every sentence. */
  setContext(context: CheckContext | undefined): void;
}

/** Rules that read one sentence, cached by its text; rules that also read the one before, by both. */
const ALONE = RULES.filter((r) => !r.readsPrevious);
const LINKED = RULES.filter((r) => r.readsPrevious);

/**
 * Creates an incremental checker; its results equal `check(text, context)`.
 * @example const checker = createChecker(); checker.check(draft); checker.check(draft + 'x');
 */
export function createChecker(context?: CheckContext): IncrementalChecker {
  let ruleContext = toRuleContext(context);
  let alone = new Map<string, SentenceHit[]>();
  let linked = new Map<string, SentenceHit[]>();
  let analysed = new Map<string, Sentence>();
  /** Whether a linked rule reads a sentence's previous one, by the previous one's text. */
  let reads = new Map<string, boolean>();
  return {
    setContext(next) {
      ruleContext = toRuleContext(next);
      alone = new Map();
      linked = new Map();
      analysed = new Map();
    },
    check(text) {
      const source = typeof text === 'string' ? text : '';
      const norm = normalize(source);
      const nextAlone = new Map<string, SentenceHit[]>();
      const nextLinked = new Map<string, SentenceHit[]>();
      const nextAnalysed = new Map<string, Sentence>();
      const nextReads = new Map<string, boolean>();
      const findings: Finding[] = [];
      let previous = '';
      for (const span of segment(norm.text)) {
        const body = norm.text.slice(span.start, span.end);
        // A sentence that only moved, or whose neighbour changed, keeps its analysis.
        const known = nextAnalysed.get(body) ?? analysed.get(body);
        if (known) nextAnalysed.set(body, known);
        let sentence: Sentence | undefined;
        const read = (): Sentence => {
          if (sentence) return sentence;
          sentence = known ? { ...known, offset: span.start, previous } : analyse(body, span.start, previous);
          if (!known) nextAnalysed.set(body, sentence);
          return sentence;
        };
        // Keyed by both sentences only where a rule would read the one before.
        let linkedReads = nextReads.get(previous) ?? reads.get(previous);
        if (linkedReads === undefined) linkedReads = readsThis(LINKED, previous);
        nextReads.set(previous, linkedReads);
        const pair = linkedReads ? `${previous}\u0000${body}` : body;
        const own = nextAlone.get(body) ?? alone.get(body) ?? checkSentence(read(), ruleContext, ALONE);
        const withPrevious =
          LINKED.length === 0
            ? []
            : (nextLinked.get(pair) ?? linked.get(pair) ?? checkSentence(read(), ruleContext, LINKED));
        nextAlone.set(body, own);
        nextLinked.set(pair, withPrevious);
        findings.push(...toFindings(source, norm, span.start, [...withPrevious, ...own]));
        previous = body;
      }
      alone = nextAlone;
      linked = nextLinked;
      analysed = nextAnalysed;
      reads = nextReads;
      const tidied = tidy(findings);
      return { findings: tidied, summary: summarize(tidied) };
    },
  };
}
