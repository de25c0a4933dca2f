/**
 * `evasive-passive`: an agentless passive that hides who did it ("mistakes were made", "your trust
 * was broken", "lies got told"). Not when the agent is named ("I was told by your sister"), when the
 * writer is the one acted on ("I was made aware"), or for neutral events ("the package was delivered").
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { isQuoted } from '../../guards.js';
import { alt, type Pattern, runPatterns, words, raw } from './lib.js';

const REASON = 'This sentence leaves out who did it, which can read as stepping back from it.';
const SUGGESTION = "Put yourself in the sentence as the one who did it: 'I broke…', 'I said…'.";

/** Participles of acts that hurt or deceive: passive with these hides a wrongdoer. */
const WRONG = words(
  'broken|broke|crossed|violated|betrayed|breached|lost|hurt|damaged|made|said|told|raised|done|caused|shared|leaked|forwarded|screenshotted|screenshot|posted|sent|shown|read|gone through|went through|looked through|snooped|tracked|monitored|checked|deleted|hidden|hid|withheld|kept from you|kept secret|kept quiet|gambled|gambled away|spent|taken|took|moved|used|opened|missed|forgotten|forgot|neglected|ignored|mishandled|mismanaged|not handled|handled badly|handled poorly|not honoured|not honored|not kept|not managed|exchanged|thrown|thrown around|questioned|decided|changed|overstepped|let slip|blurted out|taken away|lied to|cheated on|let down|misled|deceived|humiliated|disrespected|dismissed|shouted at|yelled at|left out|kept in the dark|treated unfairly|treated badly|mistreated|blindsided|embarrassed|accessed|stolen|wasted|hacked|borrowed|sold|signed|forged|left|scratched|dented|smashed|cracked|ruined|stained|wrecked|withdrawn|drained|emptied|cleared out|given|spread|made up|invented|twisted|fabricated|faked|doctored|erased|wiped|pawned|maxed out|run up|racked up|taken out|put on|charged|transferred|pocketed|concealed|covered up|swept under the rug|swept under the carpet|glossed over|broken into|recorded|filmed|exposed|revealed|dragged into|dragged through the mud|dragged through|put through|invaded|shattered|destroyed|chucked out|thrown out|binned|given away|sold off|shaken|undermined|eroded|passed around|passed on|handed around|circulated|out',
);

/** Heads of subjects that name an act or something of theirs; people are excluded unless listed. */
const SUBJECT_BLOCK = new Set(
  words(
    'i|we|he|she|they|it|this|that|there|which|who|what|me|us|him|her|them|one|someone|somebody|everyone|everybody|nobody|package|parcel|order|delivery|flight|train|bus|meeting|game|match|show|event|class|exam|test|results|result|car|house|food|dinner|lunch|tickets|ticket|reservation|booking|appointment|doctor|weather|road|roads|shop|store|office|school|baby|dog|cat',
  ),
);

/** "you were lied to", "you were let down": the recipient as the one acted on, the actor missing. */
const YOU_PARTICIPLES = words(
  'lied to|cheated on|let down|misled|deceived|betrayed|humiliated|disrespected|dismissed|ignored|neglected|left out|kept in the dark|treated unfairly|treated badly|treated so badly|mistreated|blindsided|made to feel|shouted at|yelled at|lied about|talked about|gaslit|gaslighted|manipulated|cheated|put through|dragged through|dragged into|made a fool of|taken for granted|taken advantage of|used|played|strung along|led on|led to believe|made to believe|kept waiting|left alone|abandoned|controlled|isolated|cut off|pushed away|shut out|frozen out|ghosted|blamed|accused|criticised|criticized|belittled|mocked|laughed at|talked down to|treated like|called names|deceived for|spied on|followed|tracked|watched|checked up on|threatened|pressured|guilt-tripped|guilt tripped|silenced',
);

const AUX = raw`(?:was|were|got|get|gets|getting|has been|have been|had been|'ve been|'s been|is|are|being|became)`;
const ADVS = raw`(?:(?:never|not|also|all|then|just|completely|really|probably|accidentally|somehow|clearly|obviously|definitely|badly|sadly|unfortunately|regrettably|perhaps|maybe|certainly|\w+ly)\s+){0,2}`;

const PASSIVE = new RegExp(
  raw`\b(?<subj>(?:[\w']+\s+){0,3}?[\w']+)\s+${AUX}\s+${ADVS}(?<part>${alt(WRONG)})\b(?=(?<after>[^.?!]{0,40}))`,
  'g',
);
/** "…and I made them", "…and it was me", "by me": the writer owns it in the same sentence. */
const OWNED_AFTER =
  /^[^.?!]{0,30}?(?:\b(?:and|but)\b|[,;:])\s*(?:i|it was me|that was me|it was all me|i was the one|i'm the one|i am the one)\b(?:'ve|\s+have|\s+was|\s+am|'m)?\s*(?:the one|who|that|made|did|said|broke|told|caused|spent|took|read|shared|posted|sent|deleted|hid|lied|own|[.!]|$)/;

/**
 * What was owed to them and not given, without who failed: "your needs were never met", "your
 * boundaries weren't respected", "the bills weren't paid", "you weren't listened to".
 */
const NEG_PARTS =
  'kept|met|respected|considered|listened to|heard|taken seriously|prioriti[sz]ed|valued|appreciated|honou?red|answered|returned|paid|acknowledged|protected|supported|included|consulted|put first|cared for|looked after|believed|taken into account|told the truth|told|shared|disclosed|mentioned|explained|communicated|passed on|made clear|treated (?:well|right|properly|fairly|kindly|with (?:respect|kindness|care)|the way you deserved)';
const NEG_AUX = raw`(?:wasn't|weren't|was not|were not|was never|were never|hasn't been|haven't been|has never been|have never been|hadn't been|had never been|never got|never were|never was|didn't get|did not get|don't get|aren't|isn't|are not|is not|are never|is never|'ve never been|'s never been)`;
const NEG_PASSIVE = new RegExp(
  raw`\b(?<subj>(?:[\w']+\s+){0,3}?[\w']+)\s+${NEG_AUX}\s+(?:(?:\w+ly|always|really|even|once|ever|properly)\s+)?(?<part>${NEG_PARTS})\b(?=(?<after>[^.?!]{0,40}))`,
  'g',
);

/** "it could have been handled better", "you should have been told": what should have been, by no one. */
const MODAL_PASSIVE = new RegExp(
  raw`\b(?<subj>(?:[\w']+\s+){0,3}?[\w']+)\s+(?:could|should|might|would|ought to)(?:'ve|\s+have)\s+been\s+(?:\w+ly\s+)?(?<part>handled|communicated|done|said|dealt with|managed|explained|told|shared|approached|raised|discussed|mentioned|disclosed|avoided|prevented)\b(?=(?<after>[^.?!]{0,40}))`,
  'g',
);

/** The agent named a few words on: "handled better by me", "shared with you by HR". */
const AGENT_AFTER =
  /^(?:\s+[\w']+){0,3}?,?\s+by\s+(?!accident|mistake|the way|then|now|the time|the end|email|text|phone|post|default|chance|far\b)\w/;

/** The head of a subject without a trailing "about my job", "of the house": "information about my work". */
function headOf(subj: string): string {
  return subj.replace(/\s+(?:about|of|in|on|for|from|with|regarding)\s+(?:\w+\s+)?\w+$/, '');
}

const YOU_PASSIVE = new RegExp(
  raw`\b(?:you|u)\s+(?:were|was|got|have been|'ve been|had been|were being|was being|kept being|kept getting)\s+${ADVS}(?:${alt(YOU_PARTICIPLES)})\b(?=(?<after>[^.?!]{0,30}))`,
  'g',
);

/** Subjects whose noun alone is enough: "mistakes were made", "promises got broken". */
const ACT_NOUNS =
  /\b(?:mistakes?|errors?|things|stuff|words|lies|promises?|boundaries|boundary|lines?|trust|feelings|decisions?|choices?|comments?|remarks?|confidences?|voices|damage|hurt|harm|money|savings|funds|deposit|inheritance|pension|rent money|messages?|texts?|dms?|emails?|diary|journal|phone|photos?|pics?|pictures?|videos?|secrets?|privacy|cards?|credit cards?|account|accounts|bottle|voicemail|kids|children|appointments?|vows|agreements?|bills|loans?|debts?|letters?|passwords?|location|friends|birthday|bday|anniversary|things i said|insults|threats|names|accusations|rules|commitments|information|details|impression|impressions|the move|search history|history|browser|laptop|bag|drawer|stuff|truth|rumou?rs|stories|secret|name|reputation|confidence|privacy|self-esteem|dignity|charges|payments?|calls|needs|wishes|concerns|opinions|questions|requests|belongings|possessions|clothes|jewell?ery|(?:engagement |wedding )?rings?|necklace|bracelet|earrings|heirlooms?|news|relationship|marriage|friendship|engagement|bond|connection|pain|suffering|distress|heartache|heartbreak|anguish|trauma|wounds|scars)\b/;

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
      if (/^[\s,;:\-–—]*(?:by\s+)?(?:me|myself)\b|^[^.]{0,20}[,\-–—]\s*by\s+(?:me|myself)\b/.test(after))
        return false;
      // The writer's own loss ("my phone was stolen", "my trust was broken too") hides no act of theirs.
      if (/\b(?:my|mine)\b/.test(headOf(subj))) return false;
      // Owned right after: "mistakes were made, and I made them", "…and it was me who did it".
      if (OWNED_AFTER.test(after) || AGENT_AFTER.test(after)) return false;
      // "your ring was given back to your mum", "the money was paid back": returned, not taken.
      if (/^(?:given|handed|passed on|sent|paid)$/.test(part) && /^\s+back\b/.test(after)) return false;
      // "the photos got out": only things that can be let out, with "got".
      if (part === 'out') {
        const auxWord = m[0].slice(subj.length).trim().split(/\s+/)[0] ?? '';
        return (
          /^(?:got|get|gets)$/.test(auxWord) &&
          /\b(?:photos?|pics?|pictures?|videos?|secrets?|messages|texts|news|screenshots|nudes)\b/.test(
            subj,
          ) &&
          !/^\s+of\b/.test(after)
        );
      }
      const words = subj.split(/\s+/);
      let head = words[words.length - 1] ?? '';
      const prev = words[words.length - 2] ?? '';
      if (/^(?:about|of|to|for|with|from|on|in|at|between)$/.test(prev))
        head = words[words.length - 3] ?? head;
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
      // "your password was changed", not "your flight was changed": only what locks them out.
      if (
        part === 'changed' &&
        !/\b(?:password|passwords|passcode|pin|locks?|code|will|account|number|settings|details)$/.test(subj)
      )
        return false;
      // "your birthday card was posted on Monday, so it should arrive soon": a delivery, not a hidden act.
      if (
        /^(?:posted|sent)$/.test(part) &&
        /\b(?:card|parcel|package|letter|present|gift|cheque|check|keys|stuff|things|box|boxes)$/.test(
          subj,
        ) &&
        /\b(?:arrive|arrives|should get|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|first class|recorded|tracked|today|yesterday|this morning|to your)\b/.test(
          after,
        )
      )
        return false;
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
        !/\b(?:mistakes?|errors?|decisions?|choices?|comments?|remarks?|promises?|threats?|accusations?|jokes?|cuts?|changes?|(?:bad|wrong|poor|terrible|awful|judgement|judgment) calls)\b/.test(
          subj,
        )
      )
        return false;
      if (
        /^(?:said|told|raised|done|caused|exchanged|lost|hurt)$/.test(part) &&
        !/\b(?:things|stuff|words|lies|voices|damage|harm|hurt|trust|feelings|some|a lot|much|certain|remarks?|comments?|insults|names|threats|accusations|kids|children|secrets?|truth|rumou?rs|stories|the news|money|savings|funds|cash|deposit|pain|suffering|distress|heartache)\b/.test(
          subj,
        )
      )
        return false;
      if (
        limited &&
        !(
          ACT_NOUNS.test(subj) &&
          (THEIR.test(subj) ||
            /\b(?:some|the|a few|a couple|certain|a lot of|many|several|those|two|three|four|five|\d+|hurtful|cruel|nasty|awful|horrible|unkind|vile|private|intimate|personal)\b/.test(
              subj,
            ))
        )
      ) {
        return (
          /\bwithout\s+(?:your|asking|telling|discussion|consulting|permission|consent|you|the)\b/.test(
            after,
          ) ||
          (/^(?:things|stuff|photos|pictures|pics|videos|messages|texts|screenshots)$/.test(subj) &&
            /^\s*(?:online\s+|around\s+|about you\s+)?(?:that|which)\s+(?:should(?:n't| not| never)|never should|were(?:n't| not)|was(?:n't| not))\b/.test(
              after,
            ))
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
    accept: (m) => {
      const after = m.groups?.['after'] ?? '';
      if (/^\s*by\s+/.test(after) || OWNED_AFTER.test(after) || AGENT_AFTER.test(after)) return false;
      // "you were used to me being home" is a habit; "you were followed home" by…? only with "by".
      if (/\bused$/.test(m[0]) && /^\s+to\b/.test(after)) return false;
      if (/\b(?:followed|watched|tracked)$/.test(m[0]) && !/^\s+(?:home|everywhere|around|for)\b/.test(after))
        return false;
      return true;
    },
  },
  {
    re: NEG_PASSIVE,
    negation: false,
    skipQuestion: true,
    accept: (m) => {
      const subj = (m.groups?.['subj'] ?? '').trim();
      const after = m.groups?.['after'] ?? '';
      if (/^\s*by\s+/.test(after) || OWNED_AFTER.test(after) || AGENT_AFTER.test(after)) return false;
      if (
        /\b(?:my|mine|i|we|he|she|they|it|this|that|there|which|who|what)\b/.test(
          subj.split(/\s+/).pop() ?? '',
        )
      )
        return false;
      if (/\bmy\b/.test(headOf(subj))) return false;
      if (/^(?:you|u)$/.test(subj.split(/\s+/).pop() ?? ''))
        return /^(?:listened to|heard|taken seriously|respected|considered|put first|believed|protected|supported|valued|appreciated|consulted|included|cared for|looked after|told the truth|told|treated (?:well|right|properly|fairly|kindly|with (?:respect|kindness|care)|the way you deserved))$/.test(
          m.groups?.['part'] ?? '',
        );
      return (
        THEIR.test(subj) ||
        ACT_NOUNS.test(subj) ||
        /\b(?:the|those|these|some|any)\s+(?:bills?|rent|debts?|calls?|texts?|messages?)\b/.test(subj)
      );
    },
  },
  {
    // "the way you were treated", "what was done to you", "everything that was said"
    re: /\b(?:(?:how|the way)\s+(?:you|u)\s+(?:were|got|have been|'ve been)\s+(?:treated|spoken to|talked to|handled|dealt with|left|talked about)|(?:what|everything|all|anything|something|some of what|much of what|all of what)\s+(?:that\s+)?(?:was|were|got|has been|had been)\s+(?:done|said)(?:\s+to\s+(?:you|u))?)\b(?=(?<after>[^.?!]{0,40}))/g,
    negation: true,
    accept: (m, s) => {
      const after = m.groups?.['after'] ?? '';
      // A real question asks ("what was said?"); "what was done to you was wrong" only opens like one.
      if (/\?\s*$/.test(s.text)) return false;
      if (/^\s*by\s+/.test(after) || OWNED_AFTER.test(after) || AGENT_AFTER.test(after)) return false;
      // "what was said to you at work", "all that was done for the wedding" are not hidden acts of the writer.
      if (/^\s+(?:at work|for|in the news|on the news|online)\b/.test(after)) return false;
      // "what was said" as the topic of a question of theirs: "you asked what was said"
      return !/\b(?:asked|wonder|wondered|know|knew|tell me|told me|heard|hear)\s+$/.test(
        s.text.slice(Math.max(0, m.index - 12), m.index),
      );
    },
  },
  {
    // "I'm sorry for how it was handled", "ashamed of the way things were done": the handling, by no one
    re: /\b(?:how|the way)\s+(?:it|this|that|things|everything|all of it|the \w+)\s+(?:was|were|got|has been|had been)\s+(?:\w+ly\s+)?(?:handled|dealt with|done|ended|managed|left|communicated)\b(?=(?<after>[^.?!]{0,40}))/g,
    negation: false,
    skipQuestion: true,
    accept: (m, s) => {
      const after = m.groups?.['after'] ?? '';
      if (/^\s*by\s+/.test(after) || OWNED_AFTER.test(after) || AGENT_AFTER.test(after)) return false;
      return /\b(?:sorry|apologi[sz]e|apologies|regret|ashamed|hate|awful|terrible|wrong|bad)\b[^,;.]{0,25}$/.test(
        s.text.slice(Math.max(0, m.index - 40), m.index),
      );
    },
  },
  {
    re: MODAL_PASSIVE,
    negation: false,
    skipQuestion: true,
    accept: (m) => {
      const subj = (m.groups?.['subj'] ?? '').trim();
      const head = subj.split(/\s+/).pop() ?? '';
      const after = m.groups?.['after'] ?? '';
      if (/^\s*by\s+/.test(after) || OWNED_AFTER.test(after) || AGENT_AFTER.test(after)) return false;
      if (/^(?:i|we|he|she|they|me|us|who|which|what)$/.test(head) || /\bmy\b/.test(headOf(subj)))
        return false;
      // "you should have been told", "it could have been handled better", "that could have been avoided"
      return true;
    },
  },
  {
    // "some money went missing", "your ring went missing": gone, with no one who took it.
    re: /\b(?<subj>(?:[\w'£$]+\s+){0,3}?(?:money|cash|funds|savings|jewell?ery|ring|necklace|watch|things|stuff|items|£\d+|\$\d+|\d+\s*(?:quid|pounds|grand)))\s+(?:went|had gone|has gone|have gone|kept going|started going|goes|go)\s+missing\b(?=(?<after>[^.?!]{0,40}))/g,
    negation: true,
    skipQuestion: true,
    accept: (m) => !/\bmy\b/.test(m.groups?.['subj'] ?? '') && !OWNED_AFTER.test(m.groups?.['after'] ?? ''),
  },
  {
    // "your private messages ended up on the group chat": it happened to them, and no one did it
    re: /\b(?:your|ur)\s+(?:(?:private|personal|old|intimate)\s+)?(?:messages|photos|pictures|pics|nudes|videos|secrets|texts|diary|journal|details|number|address|letters|emails|screenshots)\s+(?:somehow\s+|then\s+|just\s+)?(?:ended up|wound up|found (?:its|their) way|got out|made (?:its|their) way)\s+(?:on|onto|in|into|online|with|being|at|getting|all over|round|around|to)\b(?=(?<after>[^.?!]{0,40}))/g,
    negation: true,
    skipQuestion: true,
    accept: (m) =>
      !OWNED_AFTER.test(m.groups?.['after'] ?? '') && !AGENT_AFTER.test(m.groups?.['after'] ?? ''),
  },
  {
    // "there were things kept from you", "there were things said that night": the act with no one who did it
    re: /\bthere\s+(?:were|was|have been|'ve been|had been|has been)\s+(?:(?:some|a lot of|lots of|so many|many|certain|a few|hurtful|awful|cruel|nasty|terrible|unkind)\s+){0,2}(?:things|stuff|words|lies|comments|remarks|secrets|insults|names)\s+(?:that\s+(?:were|got)\s+)?(?:said|done|told|kept from (?:you|u)|hidden from (?:you|u)|called|shouted|thrown around)\b(?=(?<after>[^.?!]{0,40}))/g,
    negation: true,
    skipQuestion: true,
    accept: (m) => {
      const after = m.groups?.['after'] ?? '';
      return !/^\s*by\s+/.test(after) && !OWNED_AFTER.test(after) && !AGENT_AFTER.test(after);
    },
  },
  {
    // "it was decided that we'd move": the decision with no one who made it
    re: /\bit\s+(?:was|had been|has been|got)\s+(?:\w+ly\s+|just\s+)?(?:decided|assumed|chosen|determined)\s+(?:that|to)\b(?!\s+(?:i|we)\s+would\s+decide)(?=(?<after>[^.?!]{0,40}))/g,
    negation: false,
    skipQuestion: true,
    accept: (m) => !/\bby\s+(?:me|us|both|the two)\b/.test(m.groups?.['after'] ?? ''),
  },
];

export const evasivePassive: Rule = {
  id: 'evasive-passive',
  kind: 'problem',
  gate: /\b(?:was|were|got|get|gets|getting|been|is|are|being|became|wasn't|weren't|isn't|aren't|went|gone|ended|wound|found|made)\b/,
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
