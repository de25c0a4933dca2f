/**
 * `criticism`: attacks the recipient's character ("you're so selfish", "typical you") or generalises
 * about them with always/never ("you never listen"). Praise with always/never ("you always made me
 * laugh", "you never judged me") and the writer owning what they once said ("I called you selfish,
 * and it was cruel") are not criticism.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { alt, dedupe, keys, othersSay, runPatterns, type Pattern } from './lib.js';

const REASON = 'This describes who they are rather than what happened, and it can land as an attack.';
const SUGGESTION = 'Leave their character out of it and keep to your own part.';
const GENERAL_REASON = "'Always' and 'never' turn one moment into who they are.";
const GENERAL_SUGGESTION =
  'Drop the generalisation. If something still needs saying, name one moment and how it felt to you, later.';

/** Character words that attack: "selfish", "a liar", "emotionally unavailable". */
const TRAITS = [
  'selfish',
  'self-centred',
  'self-centered',
  'self centred',
  'self centered',
  'self-absorbed',
  'self-righteous',
  'self righteous',
  'crazy',
  'insane',
  'unhinged',
  'psycho',
  'psychotic',
  'nuts',
  'mental',
  'deranged',
  'toxic',
  'controlling',
  'clingy',
  'needy',
  'possessive',
  'two-faced',
  'two faced',
  'fake',
  'stubborn',
  'impossible',
  'cold',
  'cold-hearted',
  'heartless',
  'cruel',
  'vindictive',
  'petty',
  'bitter',
  'spiteful',
  'manipulative',
  'narcissistic',
  'pathetic',
  'immature',
  'childish',
  'ungrateful',
  'spoiled',
  'spoilt',
  'lazy',
  'useless',
  'hopeless',
  'paranoid',
  'delusional',
  'judgmental',
  'judgemental',
  'arrogant',
  'entitled',
  'emotionally unavailable',
  'emotionally stunted',
  'emotionally immature',
  'unavailable',
  'hypocritical',
  'miserable',
  'boring',
  'dumb',
  'stupid',
  'thick',
  'spineless',
  'disloyal',
  'untrustworthy',
  'dishonest',
  'sneaky',
  'nasty',
  'vile',
  'evil',
  'abusive',
  'obsessed',
  'obsessive',
  'greedy',
  'uptight',
  'frigid',
  'rude',
  'disrespectful',
  'unbearable',
  'exhausting',
  'draining',
  'jealous',
  'cheap',
  'heartless',
  'unreasonable',
  'irrational',
  'hysterical',
  'ridiculous',
  'impossible to please',
  'impossible to talk to',
  'impossible to apologi[sz]e to',
  'impossible to live with',
  'the worst',
  'a liar',
  'a coward',
  'a narcissist',
  'a psycho',
  'a hypocrite',
  'a bitch',
  'an idiot',
  'a loser',
  'a joke',
  'a nightmare',
  'a control freak',
  'a snake',
  'a manipulator',
  'a child',
  'a baby',
  'a martyr',
  'a mess',
  'a piece of work',
  'a user',
  'a cheat',
  'a cheater',
  'a fraud',
  'a bully',
  'a monster',
  'a brat',
  'a liability',
  'a lost cause',
  'an embarrassment',
  'a disgrace',
  'dramatic',
  'sensitive',
  'oversensitive',
  'a drama queen',
];
/** Intensifiers and hedges between "you're" and the trait. */
const INTENS = String.raw`(?:(?:so|such|really|honestly|just|actually|kinda|kind of|sort of|a bit|a little|too|very|pretty|totally|completely|absolutely|literally|truly|seriously|incredibly|fucking|bloody|such a|being|being so|being such|a total|a real|an absolute|a complete|a bit of|still|always|also|now|clearly|obviously|genuinely)\s+){0,3}`;
const YOU_BE = String.raw`(?:you're|you are|your|ur|u r|u are|youre|you were|u were|you've become|you have become|you've been|you have been|you sound|you seem|you look|you act|you can be|you could be|u can be|you become|you get|you're being|you are being|you're acting|you came across as|you come across as)`;

const TRAIT_KEYS: ReadonlySet<string> = new Set(
  TRAITS.flatMap((t) => t.split(/[\s-]+/)).filter((w) => !['a', 'an', 'to', 'the', 'of'].includes(w)),
);
const ADJ_TRAITS = TRAITS.filter((t) => !/^an? /.test(t));
const NOUN_TRAITS = TRAITS.filter((t) => /^an? /.test(t)).map((t) => t.replace(/^an? /, ''));
const TRAIT_RE = new RegExp(
  String.raw`\b${YOU_BE}\s+${INTENS}(?:the\s+most\s+)?(?:${alt(ADJ_TRAITS).replace(/\\\[sz\\\]/g, '[sz]')})(?:\s+(?:person|man|woman|guy|girl|people))?\b|\b${YOU_BE}\s+(?:such\s+|just\s+|honestly\s+|really\s+|nothing but\s+)?an?\s+${INTENS}(?:${alt(NOUN_TRAITS)})\b`,
  'g',
);

/** After always: kind acts (praise). After never: unkind acts (praise). */
const KIND =
  /^(?:(?:been|were|are|be)\s+)?(?:brilliant|good|great|kind|amazing|wonderful|generous|patient|strong|the one|the best|the better|a good|a great|lovely|beautiful|smart|clever|talented|funny|honest|loyal|caring|thoughtful|there|right|better at|so good|so kind|the (?:strong|smart|brave|kind|sensible|organi[sz]ed|responsible|calm|fun|creative)|had a (?:knack|gift|way|talent|eye|good)|have a (?:knack|gift|way|talent|eye)|said|say|told me|used to say|wanted|want|hated|disliked|preferred|thought|wished|dreamed|dreamt|hoped|liked|enjoyed|made|welcome|beautiful|so beautiful)\b|^(?:made me (?:laugh|smile|happy|feel (?:safe|loved|special|good|better|wanted|seen))|support|believ|lov|car(?:ed|e|ing)|been (?:there|good|kind|honest|supportive|amazing|great|wonderful|patient|fair|right|the (?:best|one|better)|a (?:good|great|wonderful|loving|better)|my|so (?:kind|good|patient|strong|supportive|loving|generous)|such a (?:good|great|wonderful|kind))|were (?:there|good|kind|honest|supportive|amazing|great|wonderful|patient|fair|right|the (?:best|one|better)|a (?:good|great|wonderful|loving|better)|my|so (?:kind|good|patient|strong|supportive|loving|generous))|knew|know (?:how|what|when)|tried|try|help|forg[ai]ve|understood|understand|listen|had my back|have my back|deserved|deserve|mean|meant|look(?:ed)? (?:out|after)|put (?:me|us|the kids|others|everyone|your family) first|gave|give|showed|shown|stood|stand|be (?:there|my|the|special|welcome|loved|in my heart|a part)|have (?:a place|my love|my heart|a home)|kept your (?:word|promises)|keep your word|told (?:me )?the truth|tell (?:me )?the truth|apologi[sz]|admit|answer|call(?:ed)?|text(?:ed)? (?:me )?back|remember|respect|trust|encourag|smil|laugh|welcom|treat(?:ed)? me (?:well|right|kindly)|find (?:a way|the good|the words)|found (?:a way|the good|the words)|managed|make (?:time|it work|me laugh|me smile)|made (?:time|it work)|wanted the best|want the best|took care|take care|looked so|look so|seemed to know|were right|are right|come through|came through|fought for)/;
const UNKIND =
  /^(?:fail|want|wanted|knew(?! how| when| what to)|know about|found out|suspected|had (?:a|the) chance|got (?:to|the chance)|heard|learned|learnt|realised|realized|told (?:her|him|them|anyone|a soul)|ask\b(?! (?:how|about|me how|what|if))|asked (?:for|me for|anything)|did (?:anything|a thing|nothing) wrong|deserved|hurt|lied|cheated|complained|blamed|judged|asked (?:for|me)|gave up|let me down|stopped|failed|once blamed|raised your voice|held (?:it|that) against|made me feel (?:small|stupid|bad|guilty)|meant (?:to|any) (?:hurt|harm|upset)|wanted to hurt|had to|have to|need(?:ed)? to|owed?|should|must|gave me (?:a )?reason|did anything|pushed|pressured|forced|made a fuss|said a (?:bad|cruel|mean|harsh|unkind) word|betrayed|left me|cared about money|took advantage|once complained|even (?:complained|asked))/;

const OBJECT_BEFORE =
  /\b(?:with|to|at|for|from|about|of|reminding|remind|tell|told|love|loved|miss|missed|see|saw|call|called|text|texted|thank|thanks|giving|give|gave|leading|lead|like|want|need|make|made|let|help|helped|bring|brought|keep|kept|show|showed|hold)\s+$/;
/** After "you were always…": the states that complain rather than praise. */
const NEGATIVE_STATE = new RegExp(
  String.raw`^(?:${alt(TRAITS)}|late|busy|working|out|away|at (?:work|the|your)|on (?:your|ur|the) (?:phone|laptop)|angry|mad|cross|grumpy|moody|in a mood|distant|absent|drunk|on edge|critical|negative|defensive|suspicious|quick to|so quick to|so sure|right about everything|the victim|the martyr|somewhere else|elsewhere|checked out|glued to|complaining|moaning|nagging|criticising|criticizing|picking|blaming|accusing|shouting|yelling|starting)\b`,
);

const GENERALISATION =
  /\b(?:you|u)(?:'ve|'d|'re|\s+have|\s+had|\s+were|\s+are|\s+was|\s+would)?\s+(?:(?:just|really|honestly|literally|also|still|been|actually|basically|seriously|ever|and|have)\s+){0,2}(?<adv>always|never|constantly|forever|continually|consistently|not once|every single time)\b(?:\s+(?:once|actually|really|even|ever|just|been|did|do|have|will))*\s*(?<rest>[^.,;!?]{0,50})/g;

export const PATTERNS: readonly Pattern[] = [
  {
    keys: TRAIT_KEYS,
    re: TRAIT_RE,
    accept: (m, s) => {
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // "you're crazy good at this", "you're insane at chess", "you were so cold that night" about weather
      if (
        /^\s+(?:good|talented|smart|beautiful|about|at|in love|for (?:me|us)|lucky|fun|funny|strong|brave)\b/.test(
          after,
        )
      )
        return false;
      if (/\bcold$/.test(m[0]) && /^\s+(?:out|outside|there|in)\b/.test(after)) return false;
      if (/\bjealous$/.test(m[0]) && /^\s+of\b/.test(after)) return false;
      if (
        /\b(?:you look|you get|you seem)\s+(?:\w+\s+)?(?:cold|tired|exhausting|draining|mental)$/.test(m[0])
      )
        return false;
      return true;
    },
  },
  {
    keys: keys(
      "typical classic like very only kind must perfect little adult grow says wrong need problem nothing never change always strong suit determined love loves likes victim martyr every have has can't cannot hope playing stop quit if",
    ),
    re: new RegExp(
      String.raw`\b(?:typical|classic|so typical of|that's so|thats so|how very|just like)\s+(?:you|u)\b(?!\s+(?:to\s+(?:be|think|remember|care|help)|know|said|were right|are right))|\bonly\s+(?:you|u)\s+(?:could|would|can)\b|\bwhat\s+kind\s+of\s+(?:a\s+)?(?:person|mother|father|mum|mom|dad|man|woman|human|human being|wife|husband|partner|friend)\s+(?!are you|do you|would you|is right|is best)\w+|\bmust\s+be\s+(?:nice|exhausting|lovely|great|comforting|so nice|very nice|very comforting|hard)\s+(?:being|to be|to always|to never)\b|\bmust\s+be\s+(?:very\s+|so\s+|really\s+)?(?:nice|comforting|lovely)\b(?=\s*$|\s*[.!])|\b(?:stop|quit)?\s*playing\s+the\s+(?:wounded party|victim|martyr|innocent)\b|\bif\s+(?:you|u)\s+(?:weren't|wasn't|were not|were less|were a bit less|weren't always)\s+(?:so\s+|such\s+a\s+)?(?:${alt(TRAITS)})\b|\b(?:you|u)\b[^.?!]{0,60}?\bevery\s+single\s+time\b|\bnot\s+perfect\s+like\s+(?:you|u)\b|\b(?:stop|quit)\s+being\s+(?:so\s+|such\s+a\s+)?(?:dramatic|sensitive|selfish|childish|petty|difficult|paranoid|clingy|controlling|a drama queen|a baby|a child)\b|\b(?:your|ur)\s+perfect\s+little\s+(?:life|world|bubble)\b|\bcan't\s+even\s+be\s+an\s+adult\b|\b(?:grow|grow the hell|grow the fuck)\s+up\b|\bsays\s+(?:a lot|so much|everything)\s+about\s+(?:you|u|who you are)\b|\bwhat(?:'s| is)\s+wrong\s+with\s+(?:you|u)\b|\b(?:you|u)\s+need\s+(?:help|therapy|to get help|your head checked|to see someone)\b|\b(?:you're|you are|ur)\s+the\s+(?:real\s+)?problem\b|\bthe\s+problem\s+(?:is|was)\s+(?:you|u)\b(?!\s+(?:and|were|are|didn't))|\bnothing\s+(?:i|i ever)\s+(?:\w+\s+)?(?:do|did|does)\s+is\s+(?:ever\s+)?(?:good\s+)?enough\s+for\s+(?:you|u)\b|\b(?:you're|you are|ur)\s+never\s+(?:happy|satisfied|pleased)\b|\b(?:you|u)(?:'ll| will)?\s+never\s+change\b|\blike\s+(?:you|u)\s+always\s+(?:do|did)\b|\bwas\s+never\s+your\s+strong\s+(?:suit|point)\b|\b(?:determined|love|loves|like|likes)\s+(?:to\s+be|being|playing)\s+the\s+(?:victim|martyr)\b|\balways\s+the\s+(?:victim|martyr)\b|\b(?:at|over|about)\s+every\s+little\s+thing\b|\b(?:and\s+)?(?:have|has)\s+always\s+been,?\s+(?:someone|somebody|the kind|the type|a person)\s+(?:who|that|to)\b|\b(?:you|u)\s+(?:can't|cannot|never)\s+(?:even\s+)?(?:admit|handle|accept)\s+(?:you're|you were|you are|when you're|being|criticism|responsibility|the blame|you were wrong|that you)\b|\bhope\s+(?:you|u)\s+manage\s+to\s+stick\b`,
      'g',
    ),
  },
  {
    keys: keys('always never constantly forever continually consistently once every'),
    re: GENERALISATION,
    reason: GENERAL_REASON,
    suggestion: GENERAL_SUGGESTION,
    accept: (m, s) => {
      const adv = m.groups?.['adv'] ?? '';
      const rest = (m.groups?.['rest'] ?? '').trim();
      // "you always will", "you'll always be special to me" (future), "thank you for always…"
      if (/^(?:will|would)\b/.test(rest)) return false;
      if (/\b(?:thank|thanks)\s+(?:\w+\s+)?$/.test(s.text.slice(Math.max(0, m.index - 12), m.index)))
        return false;
      if (
        /\b(?:for|that|how|like)\s+$/.test(s.text.slice(Math.max(0, m.index - 6), m.index)) &&
        /^been\b|^(?:made|make)/.test(rest)
      )
        return false;
      if (OBJECT_BEFORE.test(s.text.slice(Math.max(0, m.index - 16), m.index))) return false;
      if (/\b(?:if|even if|unless|whether)\s+$/.test(s.text.slice(Math.max(0, m.index - 10), m.index)))
        return false;
      if (/^(?:(?:were|was|are|is|did|do|does|have|had|has|been)\b\s*)?$/.test(rest))
        return adv !== 'never' && adv !== 'not once';
      if (/^(?:who|what|when|where|which|how|isn't|aren't|wasn't|doesn't|don't|didn't|is|was)\b/.test(rest))
        return false;
      // "fighting with you constantly", "reminding you always": here "you" is not the one acting.
      if (OBJECT_BEFORE.test(s.text.slice(Math.max(0, m.index - 16), m.index))) return false;
      // Yes/no questions ("do you always celebrate with family?") ask; "why do you always…" accuses.
      if (
        s.isQuestion &&
        /^\W*(?:do|does|did|have|has|are|is|was|were|can|could|will|would|don't|didn't|haven't|aren't)\b/.test(
          s.text,
        )
      )
        return false;
      const act = rest.replace(/^(?:the one|the person|someone|somebody) (?:who|that) /, '');
      if (adv === 'never' || adv === 'not once') return !UNKIND.test(act);
      if (act !== rest) return !KIND.test(act);
      const head = m[0].slice(0, m[0].length - (m.groups?.['rest'] ?? '').length);
      const linking =
        /\b(?:you're|you are|you were|u are|u were|are|were|'re|been|your|ur|u r)\b/.test(head) ||
        /^(?:seemed|seem|looked|look|sounded|sound|been|were|are)\b/.test(act);
      if (linking) {
        const bare = act.replace(/^(?:seemed|seem|looked|look|sounded|sound|been|were|are)\s+/, '');
        const comp = bare.replace(/^(?:so|such|too|really|very|a bit|quite)\s+/, '');
        const who =
          /^(?:one|someone|somebody|the (?:kind|type|sort)(?: of (?:person|man|woman|guy|girl))?|a (?:person|man|woman|guy|girl))\s+(?:who|that|to|for)\s+(.*)$/.exec(
            comp,
          );
        if (who) return !KIND.test(who[1] ?? '');
        if (comp === bare && /^\w+ing\b/.test(comp)) return !KIND.test(comp);
        return NEGATIVE_STATE.test(comp);
      }
      return !KIND.test(act);
    },
  },
];

/** "My therapist thinks you're emotionally unavailable, and she's right": the writer endorses it. */
const ENDORSED =
  /\b(?:and|honestly|i think|i agree|frankly)\s+(?:\w+\s+)?(?:she's|he's|they're|she is|he is|they are|she was|he was|they were)\s+right\b|\bi\s+agree\b/;
const DISCLAIMER =
  /\b(?:not|never|won't|wouldn't|can't|don't|didn't)\s+(?:\w+\s+){0,2}(?:saying|say|think|thinking|calling|call|believe|mean)\s+(?:that\s+)?$/;

export const criticism: Rule = {
  id: 'criticism',
  kind: 'problem',
  gate: /\b(?:you|u|your|ur|you're|youre|typical|classic|only|what|must|not|grow|says|nothing|was|determined|love|loves|like|likes|always|at|over|about|have|has|hope|the)\b/,
  find(s: Sentence): Hit[] {
    const hits = runPatterns(s, PATTERNS, REASON, SUGGESTION);
    // Keep an endorsed third-party judgement ("my therapist thinks you're X, and she's right").
    const endorsed = ENDORSED.test(s.text) ? endorsedHits(s) : [];
    return dedupe(
      [...hits, ...endorsed].filter(
        (h) => !DISCLAIMER.test(s.text.slice(Math.max(0, h.start - 40), h.start)),
      ),
    );
  },
};

function endorsedHits(s: Sentence): Hit[] {
  const out: Hit[] = [];
  TRAIT_RE.lastIndex = 0;
  for (let m = TRAIT_RE.exec(s.text); m; m = TRAIT_RE.exec(s.text)) {
    if (othersSay(s, m.index))
      out.push({ start: m.index, end: m.index + m[0].length, reason: REASON, suggestion: SUGGESTION });
  }
  return out;
}
