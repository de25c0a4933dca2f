/**
 * `evasive-passive`: an agentless passive that hides who did it ("mistakes were made", "your trust
 * was broken", "lies got told"). Not when the agent is named ("I was told by your sister"), when the
 * writer is the one acted on ("I was made aware"), or for neutral events ("the package was delivered").
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { isQuoted } from '../../guards.js';
import { alt, runPatterns, type Pattern } from './lib.js';

const REASON = 'This sentence leaves out who did it, which can read as stepping back from it.';
const SUGGESTION = "Put yourself in the sentence as the one who did it: 'I broke…', 'I said…'.";

/** Participles of acts that hurt or deceive: passive with these hides a wrongdoer. */
const WRONG = [
  'broken',
  'broke',
  'crossed',
  'violated',
  'betrayed',
  'breached',
  'lost',
  'hurt',
  'damaged',
  'made',
  'said',
  'told',
  'raised',
  'done',
  'caused',
  'shared',
  'leaked',
  'forwarded',
  'screenshotted',
  'screenshot',
  'posted',
  'sent',
  'shown',
  'read',
  'gone through',
  'went through',
  'looked through',
  'snooped',
  'tracked',
  'monitored',
  'checked',
  'deleted',
  'hidden',
  'hid',
  'withheld',
  'kept from you',
  'kept secret',
  'kept quiet',
  'gambled',
  'gambled away',
  'spent',
  'taken',
  'took',
  'moved',
  'used',
  'opened',
  'missed',
  'forgotten',
  'forgot',
  'neglected',
  'ignored',
  'mishandled',
  'mismanaged',
  'not handled',
  'handled badly',
  'handled poorly',
  'not honoured',
  'not honored',
  'not kept',
  'not managed',
  'exchanged',
  'thrown',
  'thrown around',
  'questioned',
  'decided',
  'taken away',
  'lied to',
  'cheated on',
  'let down',
  'misled',
  'deceived',
  'humiliated',
  'disrespected',
  'dismissed',
  'shouted at',
  'yelled at',
  'left out',
  'kept in the dark',
  'treated unfairly',
  'treated badly',
  'mistreated',
  'blindsided',
  'embarrassed',
  'accessed',
  'stolen',
  'wasted',
  'hacked',
  'borrowed',
  'sold',
  'signed',
  'forged',
  'left',
  'scratched',
  'dented',
  'smashed',
  'cracked',
  'ruined',
  'stained',
  'wrecked',
  'withdrawn',
  'drained',
  'emptied',
  'cleared out',
  'given',
];

/** Heads of subjects that name an act or something of theirs; people are excluded unless listed. */
const SUBJECT_BLOCK = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'it',
  'this',
  'that',
  'there',
  'which',
  'who',
  'what',
  'me',
  'us',
  'him',
  'her',
  'them',
  'one',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'nobody',
  'package',
  'parcel',
  'order',
  'delivery',
  'flight',
  'train',
  'bus',
  'meeting',
  'game',
  'match',
  'show',
  'event',
  'class',
  'exam',
  'test',
  'results',
  'result',
  'car',
  'house',
  'food',
  'dinner',
  'lunch',
  'tickets',
  'ticket',
  'reservation',
  'booking',
  'appointment',
  'doctor',
  'weather',
  'road',
  'roads',
  'shop',
  'store',
  'office',
  'school',
  'baby',
  'dog',
  'cat',
]);

/** "you were lied to", "you were let down": the recipient as the one acted on, the actor missing. */
const YOU_PARTICIPLES = [
  'lied to',
  'cheated on',
  'let down',
  'misled',
  'deceived',
  'betrayed',
  'humiliated',
  'disrespected',
  'dismissed',
  'ignored',
  'neglected',
  'left out',
  'kept in the dark',
  'treated unfairly',
  'treated badly',
  'treated so badly',
  'mistreated',
  'blindsided',
  'made to feel',
  'shouted at',
  'yelled at',
  'lied about',
  'talked about',
  'gaslit',
  'gaslighted',
  'manipulated',
  'cheated',
];

const AUX = String.raw`(?:was|were|got|get|gets|getting|has been|have been|had been|'ve been|'s been|is|are|being|became)`;
const ADVS = String.raw`(?:(?:never|not|also|all|then|just|completely|really|probably|accidentally|somehow|clearly|obviously|definitely|badly|sadly|unfortunately|regrettably|perhaps|maybe|certainly|\w+ly)\s+){0,2}`;

const PASSIVE = new RegExp(
  String.raw`\b(?<subj>(?:[\w']+\s+){0,3}?[\w']+)\s+${AUX}\s+${ADVS}(?<part>${alt(WRONG)})\b(?=(?<after>[^.?!]{0,40}))`,
  'g',
);
const YOU_PASSIVE = new RegExp(
  String.raw`\b(?:you|u)\s+(?:were|was|got|have been|'ve been|had been)\s+${ADVS}(?:${alt(YOU_PARTICIPLES)})\b(?=(?<after>[^.?!]{0,30}))`,
  'g',
);

/** Subjects whose noun alone is enough: "mistakes were made", "promises got broken". */
const ACT_NOUNS =
  /\b(?:mistakes?|errors?|things|stuff|words|lies|promises?|boundaries|boundary|lines?|trust|feelings|decisions?|choices?|comments?|remarks?|confidences?|voices|damage|hurt|harm|money|savings|funds|messages?|texts?|dms?|emails?|diary|journal|phone|photos?|pics?|pictures?|videos?|secrets?|privacy|cards?|credit cards?|account|accounts|bottle|voicemail|kids|children|appointments?|vows|agreements?|bills|loans?|debts?|letters?|passwords?|location|friends|birthday|bday|anniversary|things i said|insults|threats|names|accusations|rules|commitments|information|details|impression|impressions|the move|search history|history|browser|laptop|bag|drawer|stuff)\b/;

/** A relative or possessive of theirs makes any noun personal: "your card", "your friends". */
const THEIR = /\b(?:your|ur|our|the kids'|the children's)\b/;

const PATTERNS: readonly Pattern[] = [
  {
    re: PASSIVE,
    negation: false,
    skipQuestion: true,
    accept: (m, s) => {
      const subj = (m.groups?.['subj'] ?? '').trim();
      const part = m.groups?.['part'] ?? '';
      const after = m.groups?.['after'] ?? '';
      if (isQuoted(s, m.index + m[0].length - 1)) return false;
      if (/^[\s,;:-]*(?:by\s+)?(?:me|myself)\b|^[^.]{0,20}[,-]\s*by\s+(?:me|myself)\b/.test(after))
        return false;
      const words = subj.split(/\s+/);
      let head = words[words.length - 1] ?? '';
      const prev = words[words.length - 2] ?? '';
      if (/^(?:about|of|to|for|with|from|on|in|at)$/.test(prev)) head = words[words.length - 3] ?? head;
      const damage = /^(?:scratched|dented|smashed|cracked|ruined|stained|wrecked|broken|damaged)$/.test(
        part,
      );
      if (
        damage &&
        /\b(?:the|your|ur|our)\s+(?:\w+\s+)?\w+$/.test(subj) &&
        !/^(?:i|we|he|she|they|it|this|that|there)$/.test(head)
      )
        return true;
      if (SUBJECT_BLOCK.has(head)) return false;
      const aux = m[0].slice(subj.length).trim().split(/\s+/)[0] ?? '';
      const limited =
        /^(?:sent|posted|moved|used|opened|taken|took|spent|read|checked|decided|signed|sold|borrowed|missed|forgot|forgotten|shown|left)$/.test(
          part,
        );
      if (limited && /^(?:is|are|being|get|gets|getting)$/.test(aux)) return false;
      // The agent is named: "I was told by your sister", "the photos were shared by Tom".
      if (/^\s*by\s+(?!accident|mistake|the way|then|now|the time|the end|email|text|phone|post)/.test(after))
        return false;
      // "was made aware", "was made redundant", "was told that the train…", "has been said before"
      if (
        /^made$/.test(part) &&
        !/\b(?:mistakes?|errors?|decisions?|choices?|comments?|remarks?|promises?|threats?|accusations?|jokes?|cuts?|changes?)\b/.test(
          subj,
        )
      )
        return false;
      if (
        /^(?:said|told|raised|done|caused|exchanged|lost|hurt)$/.test(part) &&
        !/\b(?:things|stuff|words|lies|voices|damage|harm|hurt|trust|feelings|some|a lot|much|certain|remarks?|comments?|insults|names|threats|accusations|kids|children)\b/.test(
          subj,
        )
      )
        return false;
      if (
        limited &&
        !(
          ACT_NOUNS.test(subj) &&
          (THEIR.test(subj) ||
            /\b(?:some|the|a few|a couple|certain|a lot of|many|several|those|two|three|four|five|\d+)\b/.test(
              subj,
            ))
        )
      ) {
        return /\bwithout\s+(?:your|asking|telling|discussion|consulting|permission|consent|you|the)\b/.test(
          after,
        );
      }
      // Other subjects need to be an act, or something of theirs.
      return (
        ACT_NOUNS.test(subj) ||
        THEIR.test(subj) ||
        /\bwithout\s+(?:your|asking|telling|discussion|consulting|permission|consent|you)\b/.test(after)
      );
    },
  },
  {
    re: YOU_PASSIVE,
    negation: false,
    skipQuestion: true,
    accept: (m) => !/^\s*by\s+/.test(m.groups?.['after'] ?? ''),
  },
];

export const evasivePassive: Rule = {
  id: 'evasive-passive',
  kind: 'problem',
  gate: /\b(?:was|were|got|get|gets|getting|been|is|are|being|became)\b/,
  find(s: Sentence): Hit[] {
    return runPatterns(s, PATTERNS, REASON, SUGGESTION).map((h) => trimSubject(s, h));
  },
};

/** Starts the span at the subject's determiner rather than at words before it in the clause. */
function trimSubject(s: Sentence, h: Hit): Hit {
  const text = s.text.slice(h.start, h.end);
  const cut =
    /^(?:(?:and|but|so|yes|i know|i know that|i'm aware|i'm aware that|i understand|i understand that|i recognise|i recognise that|i realise|that|because|when|although|though|okay|ok)\s*,?\s+)+/.exec(
      text,
    );
  const start = cut ? h.start + cut[0].length : h.start;
  // End the span at the participle phrase, not the trailing words.
  const tail = s.text.slice(start, h.end);
  return { ...h, start, end: start + tail.length };
}
