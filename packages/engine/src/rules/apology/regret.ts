/**
 * `regret`: the writer says they are sorry, apologises, regrets or wishes they hadn't, about their
 * own act. Not an apology for the other's reaction (that is `conditional-apology`), not the
 * everyday-logistics sorry ("sorry for the late reply"), not sympathy ("sorry for your loss"), not
 * someone else's sorry ("you'll be sorry"), not a report of having apologised before.
 */
import type { Sentence } from '../../analysis.js';
import { clauseAt, isRepeatedSpeech, negatedBefore } from '../../guards.js';
import { forEachMatch, type Hit, type Rule } from '../../rule.js';
import { LOGISTICS_RE, SYMPATHY_RE } from './apology-words.js';
import { conditionalHits } from './conditional-apology.js';
import { isAsking, raw } from './lib.js';
import { POLITE_AFTER, POLITE_BEFORE } from './regret.polite.js';

const INTENSIFIER = raw`(?:(?:so|very|really|truly|deeply|terribly|genuinely|incredibly|sincerely|awfully|profoundly|extremely|just|honestly|still|fr|more than|beyond|horribly|unbelievably|massively|soo+|also|too|hella|mad|super|damn|fucking|bloody)\s+){0,4}`;

/** The apology words. Group 1: a first-person "I'm/I am" in front of "sorry", when present. */
const HEAD = new RegExp(
  [
    raw`\b((?:i'm|i am|i feel|i was|i really am|i truly am|i'm really|i'm truly|i'm just)\s+)?${INTENSIFIER}sorry\b`,
    raw`\bapologi[sz](?:e|ing)\b`,
    raw`\b(?:my\s+(?:(?:sincere|sincerest|deepest|humble|heartfelt|profound|honest)\s+)?)?apologies\b`,
    raw`\b(?:i owe you|this is|here is|here's|consider this|please accept|accept)\s+(?:(?:an|a|my|the)\s+)?(?:(?:real|proper|full|honest|sincere|overdue|long overdue|heartfelt)\s+)?apology\b`,
    raw`\bi(?:'ll|'ve|'d)?\s+(?:(?:deeply|truly|really|so|still|will always|always|sincerely|bitterly|honestly|genuinely|do|have|already|now|massively|hugely|very much|much)\s+){0,3}regret(?:ted)?\b`,
    raw`\bmy\s+(?:(?:biggest|greatest|only|deepest|one|real|main)\s+)?regrets?\b`,
    raw`\b(?:full of|filled with|so much|deep|nothing but)\s+regret\b`,
  ].join('|'),
  'g',
);

/** Past or someone else's apology: "I've apologised", "you want me to apologise". */
const NOT_MINE_BEFORE =
  /\b(?:you|ya|he|she|they|people|everyone|nobody|someone)\b(?![^,;.!?]*\bi(?:'m| am)?\b)[^,;.!?]{0,25}$|\b(?:a|the|what a|such a|this|that)\s+$|\bi(?:'ve| have)?\s+(?:already\s+|even\s+)?(?:said|told you|texted|wrote)\s+$|\b(?:want me to|wants me to|expect me to|expects me to|make me|made me|trying to|try to|tried to|keep|kept|already|tired of|sick of|stop|stopped|done|have to keep|had to)\s+(?:\w+\s+){0,1}$/;

/** What follows the apology word: reasons it is not an apology for the writer's own act. */
const NOT_REGRET_AFTER = new RegExp(
  [
    // conditional or for their feelings: conditional-apology's business
    raw`^\s*(?:if|whether|in case)\b`,
    raw`^\s*(?:that\s+)?(?:you|ya|your|you're)\b(?!\s+(?:had|have|'ve had) to\b)`,
    // "sorry to hear", "sorry to bother you"; "I regret to inform you"
    raw`^\s*to\b(?!\s+have\b)`,
    // politeness: "sorry, can you send me the number", "sorry, what did you say?", "sorry, I was in a meeting"
    raw`^\s*[,-]\s*(?:can|could|would|will|do|did|what|who|where|when|how|is|are)\s+(?:you|ya|i|u)\b`,
    raw`^\s*[,-]\s*(?:i was|i'm|i am|was|been)\s+(?:just\s+)?(?:in a meeting|driving|at work|asleep|busy|on the phone|in the shower|out|away|on a call|at the gym|in class|working)\b`,
    // sarcasm: "sorry I'm not perfect like you"
    raw`^\s*(?:that\s+)?i(?:'m| am) not (?:perfect|good enough|a mind reader|psychic|a saint|like you|as \w+ as you|her|him|the person you)`,
    // hostile regret: "I regret ever meeting you", "I regret nothing"
    raw`^\s*(?:nothing|ever\b|(?:meeting|dating|marrying|knowing|trusting|loving|believing|wasting|being with|getting with|getting together|falling for|choosing|giving you|letting you|taking you|moving in|having met)\b)`,
    raw`^\s*(?:for|about)\s+(?:you|him|her|them|yourself)\s*(?:[,.!?]|$)`,
  ].join('|'),
);

/** After "sorry": a clause with another subject ("sorry it came to this", "sorry things ended like this"). */
const NON_AGENTIVE_AFTER =
  /^\s*(?:that\s+)?(?:it|things|this|that's|that is|it's|they|he|she|we|the|those|these|his|her|our|any|some|everything|nothing|life|there)\b/;

/** A logistics trigger just before a trailing "sorry": "my phone died mid-call, sorry". */
const LOGISTICS_BEFORE =
  /\b(?:phone died|phone was dead|battery died|wrong (?:chat|number|person|thread)|meant for|typo|autocorrect|running late|i'm late|i was late|missed (?:your|ya) calls?|ignore (?:that|this|me)|late reply|was asleep|fell asleep|in a meeting|driving|at work|hit send too soon)\b[^.!?]{0,30}$/;

/** Late to, or missing, what mattered to them: a hurt, not logistics ("sorry I was late to your mum's funeral"). */
const MISSED_EVENT =
  /^\s*(?:that\s+|for\s+)?(?:i\s+)?(?:was\s+|being\s+|turned up\s+|showed up\s+)?(?:late (?:to|for)|missed|missing|forgot|forgetting|didn't (?:come to|turn up to|show up to|make it to)) (?:your|ya|our|the kids'?|\w+'s) (?:[\w']+\s+){0,2}?(?:funeral|wedding|birthday|graduation|recital|appointment|scan|hearing|operation|surgery|party|ceremony|anniversary|christening|interview|play|concert|show|match|game|results|first day|big day|leaving do|launch|opening)\b/;

const WISH =
  /\bi\s+(?:(?:just|really|so|still|honestly|only|truly)\s+)?wish\b[^.!?]{0,50}?\bi(?:'d|\s+had)\s+(?:(?:never|not|just|only)\s+)?(?:been|done|said|told|gone|seen|taken|made|kept|left|chosen|spoken|put|let|come|heard|shown|thought|stood|held|given|fought|\w+ed)\b|\bi\s+(?:(?:just|really|so|still|honestly|only|truly)\s+)?wish\b[^.!?]{0,50}?\bi\s+(?:hadn't|had not|never|didn't|did not|would(?:'ve| have)|could(?:'ve| have)|could (?:\w+\s+)?(?:take|undo|go back|change|unsay|erase|rewind|redo))\b/g;
/** A wish not to be alive: "I wish I hadn't woken up" (self-harm, not regret for an act). */
const WISH_NOT_ALIVE =
  /\b(?:hadn't|had not|never|didn't|did not)\s+(?:(?:even|ever)\s+)?(?:woken|woke|wake|been born|survived|made it|pulled through|come round|lived|existed)\b/;
const WISH_HOSTILE =
  /\b(?:met|meeting|known|dated|married|trusted|believed|loved|chosen|picked) (?:you|ya)\b|\bwith (?:you|ya)\b/;

/** A reason being given: "because", "the only reason … was that". */
const EXPLAINED_BEFORE =
  /\b(?:because|cos|cuz|since|as|reason\b[^.!?]{0,60}?\b(?:was|is)(?: that)?|why[^.!?]{0,40}?\bwas(?: that)?)\s+$/;

const OTHER = [
  /\bi(?:'m| am| feel| felt| was)\s+(?:(?:so|really|deeply|truly|very|utterly|completely|honestly)\s+)?ashamed\b(?!\s+(?:of|for)\s+(?:you|ya|him|her|them)\b)/g,
  /\bi(?:'m| am) not proud of (?:it|that|this|what|how|myself|the way|who|any of)\b/g,
  /\bi (?:feel|felt)\s+(?:(?:so|really|truly|very|absolutely|just)\s+)?(?:terrible|awful|horrible|sick|bad|guilty|wretched|dreadful|rotten)\s+(?:about|for|over|that)\s+(?:what|how|it|that|the way|everything|my|hurting|lying|cheating|doing|the things|i|all of it)\b/g,
  /\b(?:i'd|i would|if i could)\s+(?:(?:\w+\s+){0,3}?)(?:take (?:it|that|this|them|those \w+|that \w+|it all|everything|all of it|every \w+) back|undo (?:it|that|this|everything|all of it|what i did))\b/g,
  /\bi(?:'d| would) give anything to (?:take|undo|go back|change|unsay|have)\b/g,
];

const REASON =
  'Saying plainly that you are sorry for what you did is the core of an apology (Lewicki et al., 2016).';
const SUGGESTION_BARE = "Keep it. If the act isn't named nearby, name it: 'I'm sorry I <what you did>.'";
const SUGGESTION_OBJECT = "Keep it plain: let it stand without a 'but' after it.";

function firstPerson(s: Sentence, start: number, head: string, hasI: boolean): boolean {
  if (hasI || /^(?:i\b|i'|my\b)/.test(head)) return true;
  const [clauseStart] = clauseAt(s, start);
  const before = s.text.slice(Math.max(clauseStart, start - 50), start);
  return !NOT_MINE_BEFORE.test(before);
}

/** Conditionals that colour the whole sentence rather than one "sorry". */
const WHOLE_SENTENCE_CONDITION = /\b(?:extent|insofar|in so far|inasmuch|for that|for this|for it)\b/;

function regretHits(s: Sentence): Hit[] {
  const hits: Hit[] = [];
  const conditional = /sorry|apolog|regret|forgive/.test(s.text) ? conditionalHits(s) : [];
  if (conditional.length > 0 && WHOLE_SENTENCE_CONDITION.test(s.text)) return hits;
  const isConditional = (start: number, end: number): boolean =>
    conditional.some((c) => start < c.end && end > c.start);
  forEachMatch(HEAD, s.text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (isRepeatedSpeech(s, start) || negatedBefore(s, start)) return;
    if (isConditional(start, end)) return;
    const head = m[0];
    if (!firstPerson(s, start, head, m[1] !== undefined)) return;
    if (
      /^apologi/.test(head) &&
      !/\b(?:i|i'm|me|this is me|let me)\b[^.!?]{0,40}$/.test(s.text.slice(Math.max(0, start - 45), start))
    )
      return;
    let tail = s.text.slice(end, end + 90);
    tail = tail
      .replace(/^\s+to (?:you|ya)(?: both| all| and \w+)?\b/, '')
      .replace(/^\s+(?:again|too|also)\b/, '');
    // "sorry sorry, ignore that": the last of a run of sorries is the one to read
    if (/^[\s,]*(?:so\s+)?sorry\b/.test(tail)) return;
    const missedEvent = MISSED_EVENT.test(tail);
    if ((!missedEvent && LOGISTICS_RE.test(tail)) || SYMPATHY_RE.test(tail) || NOT_REGRET_AFTER.test(tail))
      return;
    if (!missedEvent && POLITE_AFTER.test(tail)) return;
    if (/sorry$/.test(head) && NON_AGENTIVE_AFTER.test(tail)) return;
    // a bare "sorry" at the end of a logistics clause ("my phone died, sorry")
    if (
      /^\W*(?:[,.!?]|$)/.test(tail) &&
      (LOGISTICS_BEFORE.test(s.text.slice(Math.max(0, start - 60), start)) ||
        POLITE_BEFORE.test(s.text.slice(Math.max(0, start - 60), start)))
    )
      return;
    if (s.isQuestion && /^\W*\?/.test(tail)) return;
    const bare = /^\W*(?:$|but\b|and\b|lol\b|haha\b)/.test(tail);
    hits.push({ start, end, reason: REASON, suggestion: bare ? SUGGESTION_BARE : SUGGESTION_OBJECT });
  });
  forEachMatch(WISH, s.text, (m) => {
    if (isRepeatedSpeech(s, m.index) || negatedBefore(s, m.index)) return;
    if (
      WISH_HOSTILE.test(m[0]) ||
      WISH_NOT_ALIVE.test(s.text.slice(m.index, m.index + m[0].length + 20)) ||
      WISH_HOSTILE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 20))
    )
      return;
    hits.push({ start: m.index, end: m.index + m[0].length, reason: REASON, suggestion: SUGGESTION_OBJECT });
  });
  for (const re of OTHER) {
    forEachMatch(re, s.text, (m) => {
      if (isRepeatedSpeech(s, m.index) || negatedBefore(s, m.index)) return;
      if (isAsking(s)) return;
      // "…was that I was ashamed of how much I'd lost": past shame given as the reason for an act
      if (
        /\b(?:was|felt)\s+(?:(?:so|really|deeply|truly|very)\s+)?ashamed\b/.test(m[0]) &&
        EXPLAINED_BEFORE.test(s.text.slice(0, m.index))
      )
        return;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        reason: REASON,
        suggestion: SUGGESTION_OBJECT,
      });
    });
  }
  return hits;
}

export const regret: Rule = {
  id: 'regret',
  kind: 'strength',
  gate: /sorry|apolog|regret|wish|ashamed|proud|feel|felt|take|undo|give anything/,
  find: regretHits,
};
