/**
 * More `self-harm` patterns, for the veiled forms a real person uses: a final goodbye, a burden
 * lifted ("everyone would be better off", "they'd be glad if I was gone"), things given away that
 * "I won't need", passwords left behind, a place or day chosen, urges and thoughts that are back,
 * texting slang ("unalive", "kms"), and self-harm as leverage ("if you block me that's it for me").
 * Also the meaning that spans two sentences: a relapse ("I used to cut. I started again on
 * Saturday."), readiness after the means ("I've got the pills here. I'm done."), a goodbye after a
 * final word, and "I won't need it" after giving something away. The previous sentence must be the
 * writer's own, not denied, not reported, and, for readiness, not told as past and over.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit } from '../../rule.js';
import { alt, deniedIn, nearestPerson, reportedIn, rx, type SafetyPattern, windowBefore } from './lib.js';

const UNIVERSAL = `(?:everyone|everybody|all of you|you all|the kids|my kids|the children|my children|my family|the world|they|people)`;
const GONE = `(?:gone|dead|not here|not around|no longer here|no longer around|out of the picture|out of the way|six feet under)`;

export const VEILED_PATTERNS: readonly SafetyPattern[] = [
  {
    name: 'farewell-closing',
    need: ['goodbye', 'bye', 'farewell'],
    re: rx(
      `(?:thank you|thanks|sorry) for everything,? (?:and )?(?:goodbye|bye|farewell)(?! for now)|(?:goodbye|bye|farewell),? (?:i love you all|love you all|forgive me|please forgive me|thank you for everything|i'm sorry for everything)|(?:i )?love you all,? (?:goodbye|bye|farewell)(?! for now)`,
    ),
    negatable: true,
  },
  {
    name: 'everyone-better-off',
    need: ['better', 'happier', 'relieved', 'glad', 'freer'],
    re: rx(
      `${UNIVERSAL}(?:'d| would| will|'ll)(?: all)?(?: honestly| really| just| genuinely| probably| definitely)? be (?:so much |much |a lot )?(?:better off|happier|relieved|glad|freer)(?: without me(?: around| here)?)?(?=\\s*(?:$|[.!,]|anyway|honestly|tbh|ngl|if i|when i|once i))`,
    ),
    negatable: true,
  },
  {
    name: 'if-i-were-gone',
    need: ['gone', 'dead', 'here', 'around', 'picture', 'way', 'under'],
    re: rx(
      `(?:would|'d|will|'ll|be|wouldn't|won't)(?: [\\w']+){0,4}? if i (?:was|were|'m|am) (?:just )?${GONE}(?!\\s+(?:for|to|at|on|till|until|when|by|in|from|this|next|tomorrow|tonight|a|the|with|of))`,
    ),
    negatable: true,
  },
  {
    name: 'dead-weight',
    need: ['weight', 'drain', 'waste'],
    re: rx(
      `\\bi(?:'m| am)(?: just| only| nothing but| such| honestly| literally)? (?:a |an )?(?:dead weight|weight (?:around|on) (?:everyone's|everybody's|your|their|people's|my family's) (?:necks?|shoulders)|drain on (?:everyone|everybody|you|people|my family)|waste of (?:space|oxygen|air|a life|skin))`,
    ),
    negatable: true,
  },
  {
    name: 'wont-need-it',
    need: ['need', 'needing'],
    re: rx(
      `(?:won't|will not|wont|shan't|don't think i'll)(?: be)? need(?:ing)? (?:it|them|this|those|these|my \\w+|any of (?:it|this|them)|anything)(?: any ?more| again| where i'm going| after (?:tonight|this)| soon| much longer)?(?=\\s*(?:$|[.!,]|x+\\b))`,
    ),
    negatable: false,
    firstPerson: true,
    accept: (s) =>
      /\b(?:given|gave|giving|give|want (?:you|u) to have|you can have|keep my|take my|have my|left (?:you )?my|for you)\b/.test(
        s.text,
      ) &&
      !/\b(?:because|since|now (?:that )?i|as i|new one|replacement|upgraded|work from home|moving)\b/.test(
        s.text,
      ),
  },
  {
    name: 'passwords-left',
    need: ['passwords', 'pins', 'pin', 'logins', 'login'],
    re: rx(
      `(?:left|written|wrote|leaving|put|writing|sorted|noted)(?: down| out)? (?:for you |you )?(?:my |all my )(?:passwords|pin numbers|pins|pin|logins|login details)(?: and [\\w ]{0,30}?)?(?: (?:for you|in the \\w+|on the \\w+|with \\w+|so (?:you|u)|just in case))`,
    ),
    firstPerson: true,
    accept: (s) =>
      !/\b(?:wifi|wi-fi|netflix|router|alarm|spotify|disney|prime|streaming|broadband)\b/.test(s.text),
  },
  {
    name: 'not-a-problem-for-anyone',
    need: ['problem', 'burden', 'bother', 'nuisance', 'worry', 'pain', 'weight'],
    re: rx(
      `(?:won't|will not|wont|not going to|never|won't ever) be (?:a |an )?(?:problem|burden|bother|nuisance|worry|pain|weight)(?: (?:for|to|on) (?:anyone|anybody|any of you|everyone|everybody|you|people|my family|the kids))?(?: any ?more| again| much longer| for (?:much )?long(?:er)?| after tonight)?`,
    ),
    firstPerson: true,
    negatable: false,
    // "I won't be a bother to you any more" can be a promise of space; a burden lifted from everyone,
    // or soon, is not.
    accept: (s) =>
      /\b(?:soon|after tonight|ever again|much longer|for long|anyone|anybody|everyone|everybody|any of you|people)\b/.test(
        s.text,
      ) && !/\b(?:promise|space|contact|message|text|call|write|bother you)\b/.test(s.text),
  },
  {
    name: 'look-after-them-for-me',
    need: ['me'],
    re: rx(
      `(?:take care of|look after|care for|feed|walk|love) (?:[\\w']+ ){1,3}?for me (?:when|after|once|if) i(?:'m| am) (?:gone|not here|not around|no longer here|no longer around|dead)`,
    ),
    accept: (s) =>
      !/\b(?:working|work|away|holiday|trip|weekend|week|shift|late|hospital|in (?:spain|france)|abroad|travelling|traveling|conference)\b/.test(
        s.text,
      ),
  },
  {
    name: 'chosen-the-place',
    need: ['picked', 'chosen', 'chose', 'decided', 'set', 'found'],
    re: rx(
      `\\bi(?:'ve| have)? (?:already |finally )?(?:picked|chosen|chose|decided on|set|found) (?:the|a) (?:place|spot|date|day|time|bridge|way|method|tree)(?=\\s*(?:$|[.!,]|where|when|for it|to do it))`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:dinner|lunch|meet|meeting|wedding|party|holiday|date night|venue|restaurant|viewing|handover|kids|we|us)\b/.test(
        s.text,
      ),
  },
  {
    name: 'thoughts-again',
    need: ['thoughts', 'urges', 'feelings'],
    re: rx(
      `(?:having|had|getting|got|been having|started having|keep having|have)(?: those| the| these| my| some| the same)?(?: dark| bad| suicidal| old| scary| horrible| intrusive| awful| black)? (?:thoughts|urges|feelings)(?: [\\w']+){0,2}? (?:again|back|lately|every night|all the time)(?![\\w'])`,
    ),
    negatable: true,
    firstPerson: true,
    accept: (_s, m) =>
      /\b(?:those|the|these|the same|dark|bad|suicidal|old|scary|horrible|intrusive|awful|black)\s+(?:\w+\s+)?(?:thoughts|urges)\b/.test(
        m[0],
      ) || /\b(?:dark|bad|suicidal|scary|horrible|black) feelings\b/.test(m[0]),
  },
  {
    name: 'urge-to',
    need: ['urge', 'urges', 'itch', 'craving', 'cravings', 'pull'],
    re: rx(
      `(?:urge|urges|itch|craving|cravings|pull)(?: to| for)? (?:cut|self-harm|self harm|selfharm|hurt myself|harm myself|relapse|use the blade|od|overdose|end it|do it again|die)(?! (?:my|your|the|a|it|them|back|down|ties|off|in|loose|corners|costs|out|for|of|laughing)\\b)`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:shopping|smoke|smoking|drink|vape|chocolate|text you|call you|message you)\b/.test(s.text),
  },
  {
    name: 'unalive',
    need: ['unalive', 'unaliving', 'unalived', 'sewerslide', 'sewer', 'off', 'end', 'delete'],
    re: rx(
      `unaliv(?:e|ing|ed)(?: (?:myself|me|my ?self))?|sewer ?slide|(?:off|end|delete)(?:ing)? myself(?! (?:from|off|on)\\b)`,
    ),
    negatable: true,
    firstPerson: true,
  },
  {
    name: 'sleep-not-wake',
    need: ['sleep', 'asleep'],
    re: rx(
      `(?:sleep|asleep)(?: [\\w']+){0,3}? and (?:hopefully |just |maybe |pray i |hope i |i hope i )?(?:not|never|don't|won't) wake(?: up)?(?! (?:early|late|till|until|before|the|him|her|them|you|u)\\b)`,
    ),
    negatable: true,
  },
  {
    name: 'pill-count',
    need: ['pills', 'pill', 'tablets', 'tablet', 'meds', 'paracetamol', 'painkillers', 'ibuprofen'],
    re: rx(
      `(?:took|taken|swallowed|downed|necked|had|take|taking) (?:like|about|around|maybe|nearly|almost|over|at least|roughly|probably|prob) (?:\\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty)(?: or so)? (?:of )?(?:my |the |his |her )?(?:\\w+ )?(?:pills?|tablets?|meds|paracetamol|painkillers|ibuprofen)`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:mg|a day|per day|daily|a week|over the (?:week|month)|prescribed|vitamins?)\b/.test(s.text),
  },
  {
    name: 'engine-in-the-garage',
    need: ['engine', 'exhaust'],
    re: rx(
      `engine (?:running|on)[^.!?]{0,40}?\\b(?:garage|shed|doors? (?:shut|closed|locked))|(?:garage|shed)[^.!?]{0,40}?\\bengine (?:running|on)`,
    ),
    accept: (s) =>
      !/\b(?:warm(?:ing)? up|mechanic|fixing|checking|repair|battery|defrost|frost|cold)\b/.test(s.text),
  },
  {
    name: 'peace-with-dying',
    need: ['peace'],
    re: rx(
      `made (?:my )?peace with (?:dying|death|leaving this world|not being here|the end|ending it|my decision to (?:die|go|end it|leave this world))`,
    ),
    negatable: true,
  },
  {
    name: 'leverage-end-of-me',
    need: ["that's", 'over', 'finished', 'survive', 'make', 'disappear', 'reading'],
    re: rx(
      `if (?:you|u) (?:\\w+ ){0,3}?(?:leave|block|go|don't|do not|won't|end|walk|dump|cut|stop|ignore|move on)[^.!?]{0,50}?(?:that's it for me|that is it for me|it's over for me|i'm finished|i won't survive|i will not survive|i won't make it|i'll disappear|you'll be reading about me|there's no point (?:in )?(?:me|living|going on))|(?:that's it for me|it's over for me|i won't survive|i won't make it)(?: [\\w']+){0,2}? if (?:you|u) (?:\\w+ ){0,2}?(?:leave|block|go|don't|won't|end|walk|dump|cut|stop|ignore|move on)`,
    ),
    accept: (s) => !/\b(?:tonight|for today|job|exam|interview|game|match|shift|course|team)\b/.test(s.text),
  },
];

/** Words of acts and means, and of final words, that let the next sentence carry the signal. */
export const SELF_HARM_PREVIOUS_GATE =
  /\b(?:cut|cutting|self[- ]?harm\w*|(?:harm|hurt|kill|hang|drown|poison) myself|end (?:it|my life)|ending it|suicid\w*|overdos\w*|od|pills|tablets|meds|paracetamol|painkillers|rope|noose|blades?|razors?|knife|bridge|ledge|roof|tracks|goodbye|farewell|forgive me|love you all|for everything|want you to have|given|gave|giving|you can have)\b/;

/** An act or means, named by the writer in the previous sentence. */
const PREV_ACT = rx(
  alt([
    'cut(?:ting)?(?= *(?:$|[.!,]|myself|my (?:arms?|wrists?|legs?|thighs?|skin)|when|whenever|to cope|again|a lot|every|badly|deep|for years))',
    'self[- ]?harm(?:ing|ed)?',
    '(?:harm|hurt|kill|hang|drown|poison|starve|burn)(?:ing|ed)? myself',
    'end(?:ing)? (?:it|my life|it all)(?! with| between)',
    'suicid(?:e|al)',
    'overdos(?:e|ed|ing)',
    'tried to (?:die|end it|kill myself|take my (?:own )?life)',
  ]),
);
/** The means, present now: "I've got the pills here", "the rope is in the shed". */
const PREV_MEANS = rx(
  alt([
    "(?:pills|tablets|meds|paracetamol|painkillers|sleeping pills|rope|noose|blades?|razors?|knife|gun)(?: [\\w']+){0,5}? (?:here|in front of me|next to me|with me|in my (?:hand|bag|pocket|car)|on the (?:bed|table|floor|side)|ready|lined up|counted)",
    "(?:got|have|bought|holding|saved|kept|stockpiled|counted)(?: [\\w']+){0,3}? (?:pills|tablets|meds|paracetamol|painkillers|sleeping pills|rope|noose|blades?|razors?)",
    "(?:i'm|i am)(?: \\w+)? (?:on|at) the (?:bridge|ledge|roof|edge|tracks|cliff)",
  ]),
);
/** A relapse phrase: only a signal after an act named before it. */
const RELAPSE = rx(
  alt([
    '(?:started|start|starting|begun|began)(?: (?:it|doing it|that))? again',
    '(?:did|done|doing) it again',
    "(?:been|am|i'm) doing it again",
    '(?:went|gone|going) back to (?:it|doing it)',
    '(?:relapsed|slipped|caved)(?: again| last night| yesterday| this week| on \\w+day)?(?= *(?:$|[.!,]|again|last|yesterday|this|on|and))',
    "(?:it's|it is|they're|they are|the urges are|the thoughts are) back",
    'it happened again',
  ]),
);
/** Readiness after the means: "I'm done", "this is it", "I'm going to take them all". */
const READY = rx(
  alt([
    "i(?:'m| am) (?:so )?(?:done|ready|finished)(?=\\s*(?:$|[.!,]|now|tonight|this time|with (?:it all|everything|life|all of it)))",
    'this is it(?=\\s*(?:$|[.!,]))',
    "it's time(?=\\s*(?:$|[.!,]))",
    "i(?:'ll| will|'m going to|'m gonna| am going to|'m about to| am about to) (?:do|use|take|swallow) (?:it|them|all of them|the lot|them all|all of it|every one|every last one)(?=\\s*(?:$|[.!,]|tonight|now|today|soon|this time|if|when|after))",
    '(?:goodbye|bye forever|farewell)(?=\\s*(?:$|[.!,]))',
    'i mean it(?: this time)?(?=\\s*(?:$|[.!,]))',
    '(?:nobody|no one|noone) (?:can|will) stop me',
    "(?:don't|do not) (?:try to |try and )?stop me",
    "i(?:'ve| have) (?:made up my mind|decided)(?=\\s*(?:$|[.!,]))",
    '(?:planning|plan|going|gonna|ready) to do it(?=\\s*(?:$|[.!,]|tonight|today|tomorrow|on \\w+day|this weekend|when|while|soon|now))',
    "tonight(?:'s| is) the night",
    "i can't (?:wait|hold on|do this) any ?(?:longer|more)(?=\\s*(?:$|[.!,]))",
  ]),
);
/** Final words, and a goodbye standing alone, which make each other a farewell. */
const FINAL_WORDS =
  /\b(?:(?:i'm |i am )?sorry for everything|(?:i )?love you all|(?:please )?forgive me|thank you for everything|thanks for everything)(?=\s*(?:$|[.!,]|x+\b))/;
const LONE_GOODBYE =
  /^\W*(?:goodbye|bye|farewell)(?: (?:everyone|all|forever|for ever|for good|my love|x+))?\W*$/;
/** Something of the writer's given away, then "I won't need it". */
const GIVEN =
  /\b(?:given|gave|giving|give|want (?:you|u) to have|you can have|keep|have) (?:away )?(?:you )?my \w+/;
const WONT_NEED = rx(
  "(?:won't|will not|wont|shan't)(?: be)? need(?:ing)? (?:it|them|this|those|these|any of (?:it|this|them)|anything)(?: any ?more| again| where i'm going)?(?=\\s*(?:$|[.!,]))",
);

const DISTANT =
  /\b(?:years? ago|months? ago|used to|back then|when i was (?:younger|little|a (?:kid|child|teen|teenager|student)|\d+)|as a (?:kid|teen|teenager|child)|in my (?:teens|twenties)|at my lowest|(?:last|that) year)\b/;
const SAFE =
  /\b(?:i'm|i am|i feel|i've been|i have been) (?:safe|okay|ok|fine|better|well|clean|sober)\b|\b(?:got|getting|had|found) (?:the |some |proper )?help\b|\b(?:stopped|quit|gave (?:it )?up|haven't|have not|never again)\b|\b(?:in recovery|behind me|in the past)\b/;
const PRESCRIBED =
  /\b(?:this morning|like the doctor|as prescribed|the doctor|the gp|with food|daily|every day|prescribed|for my (?:back|head|headache|cold|period|knee|tooth))\b/;

/** The writer's own words in the previous sentence: not denied, not reported, not someone else's. */
function ownedAt(prev: string, re: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(prev); m; m = re.exec(prev)) {
    const win = windowBeforeText(prev, m.index);
    if (deniedIn(win) || reportedIn(`${win} `) || nearestPerson(win) === 'other') continue;
    return m;
  }
  return null;
}

function windowBeforeText(text: string, pos: number): string {
  return windowBefore({ text } as Sentence, pos);
}

/** A phrase in this sentence, said by the writer now (not denied, not reported, not someone else). */
function ownPhrase(s: Sentence, re: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const win = windowBefore(s, m.index);
    if (deniedIn(win) || reportedIn(`${win} `) || nearestPerson(win) === 'other') continue;
    return m;
  }
  return null;
}

/** Hits of meaning that spans this sentence and the one before it. */
export function selfHarmAcrossSentences(s: Sentence, voice: { reason: string; suggestion: string }): Hit[] {
  const prev = s.previous;
  if (!prev || s.isQuestion) return [];
  const hit = (m: RegExpExecArray): Hit[] => [{ start: m.index, end: m.index + m[0].length, ...voice }];
  if (SAFE.test(s.text) && !/\bagain\b/.test(s.text)) return [];
  // A relapse after an act, even one told as past: "I used to cut. I started again on Saturday."
  if (ownedAt(prev, PREV_ACT) && !/\b(?:stopped|quit|never again|haven't since)\b/.test(s.text)) {
    const m = ownPhrase(s, RELAPSE);
    if (m) return hit(m);
  }
  const pastAndOver =
    (DISTANT.test(prev) || SAFE.test(prev)) && !/\b(?:again|back|tonight|now|right now)\b/.test(prev);
  // Readiness after the means or the act, named now: "I've got the pills here. I'm done."
  if (!pastAndOver && !PRESCRIBED.test(prev) && (ownedAt(prev, PREV_MEANS) || ownedAt(prev, PREV_ACT))) {
    const m = ownPhrase(s, READY);
    if (m) return hit(m);
  }
  // A lone goodbye next to final words, in either order.
  if (!pastAndOver) {
    if (LONE_GOODBYE.test(s.text) && FINAL_WORDS.test(prev)) {
      const a = s.text.search(/\S/);
      const b = s.text.replace(/[\s.!,x]+$/, '').length;
      if (b > a) return [{ start: a, end: b, ...voice }];
    }
    if (LONE_GOODBYE.test(prev)) {
      const m = FINAL_WORDS.exec(s.text);
      if (m) return [{ start: m.index, end: m.index + m[0].length, ...voice }];
    }
    if (GIVEN.test(prev)) {
      const m = ownPhrase(s, WONT_NEED);
      if (m) return hit(m);
    }
  }
  return [];
}
