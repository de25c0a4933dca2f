/**
 * `criticism`: attacks the recipient's character ("you're so selfish", "typical you") or generalises
 * about them with always/never ("you never listen"). Praise with always/never ("you always made me
 * laugh", "you never judged me") and the writer owning what they once said ("I called you selfish,
 * and it was cruel") are not criticism.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { BEHAVIOUR, CHILD_ROLES, HARSH, LACKS, MORE_TRAITS, ROLES, SELF } from './criticism.list.js';
import { WIDE_PATTERNS } from './criticism.wide.js';
import { alt, dedupe, keys, othersSay, type Pattern, runPatterns, words, raw } from './lib.js';

const REASON = 'This describes who they are rather than what happened, and it can land as an attack.';
const SUGGESTION = 'Leave their character out of it and keep to your own part.';
const GENERAL_REASON = "'Always' and 'never' turn one moment into who they are.";
const GENERAL_SUGGESTION =
  'Drop the generalisation. If something still needs saying, name one moment and how it felt to you, later.';

/** Character words that attack: "selfish", "a liar", "emotionally unavailable". */
const CORE_TRAITS = words(
  'selfish|self-centred|self-centered|self centred|self centered|self-absorbed|self-righteous|self righteous|crazy|insane|unhinged|psycho|psychotic|nuts|mental|deranged|toxic|controlling|clingy|needy|possessive|two-faced|two faced|fake|stubborn|impossible|cold|cold-hearted|heartless|cruel|vindictive|petty|bitter|spiteful|manipulative|narcissistic|pathetic|immature|childish|ungrateful|spoiled|spoilt|lazy|useless|hopeless|paranoid|delusional|judgmental|judgemental|arrogant|entitled|emotionally unavailable|emotionally stunted|emotionally immature|unavailable|hypocritical|miserable|boring|dumb|stupid|thick|spineless|disloyal|untrustworthy|dishonest|sneaky|nasty|vile|evil|abusive|obsessed|obsessive|greedy|uptight|frigid|rude|disrespectful|unbearable|exhausting|draining|jealous|cheap|heartless|unreasonable|irrational|hysterical|ridiculous|impossible to please|impossible to talk to|impossible to apologi[sz]e to|impossible to live with|the worst|a liar|a coward|a narcissist|a psycho|a hypocrite|a bitch|an idiot|a loser|a joke|a nightmare|a control freak|a snake|a manipulator|a child|a baby|a martyr|a mess|a piece of work|a user|a cheat|a cheater|a fraud|a bully|a monster|a brat|a liability|a lost cause|an embarrassment|a disgrace|dramatic|sensitive|oversensitive|a drama queen',
);
const TRAITS = [...new Set([...CORE_TRAITS, ...MORE_TRAITS])];
/** Intensifiers and hedges between "you're" and the trait. */
const INTENS = raw`(?:(?:so|such|really|way|far|honestly|just|actually|kinda|kind of|sort of|a bit|a little|too|very|pretty|totally|completely|absolutely|literally|truly|seriously|incredibly|fucking|bloody|such a|being|being so|being such|a total|a real|an absolute|a complete|a bit of|still|always|also|now|clearly|obviously|genuinely|nothing but|emotionally|mentally|verbally|morally|financially|physically)\s+){0,3}`;
const YOU_BE = raw`(?:you're|you are|your|ur|u r|u are|youre|you were|u were|you've become|you have become|you've been|you have been|you sound|you seem|you look|you act|you can be|you could be|u can be|you become|you get|you're being|you are being|you're acting|you came across as|you come across as)`;

/** Harsh adjectives before a noun trait: "a spoiled brat", "a lying cheat", "a pathetic little coward". */
const NOUN_ADJ =
  'spoiled|spoilt|selfish|pathetic|lying|cheating|manipulative|fucking|bloody|stupid|miserable|bitter|lazy|little|nasty|evil|vile|heartless|cruel|toxic|two-faced|narcissistic|entitled|pathetic little|sad little|selfish little|spoiled little|spoilt little';
const TRAIT_KEYS: ReadonlySet<string> = new Set(
  TRAITS.flatMap((t) => t.split(/[\s-]+/)).filter((w) => !words('a|an|to|the|of').includes(w)),
);
const ADJ_TRAITS = TRAITS.filter((t) => !/^an? /.test(t));
const NOUN_TRAITS = TRAITS.filter((t) => /^an? /.test(t)).map((t) => t.replace(/^an? /, ''));
const TRAIT_RE = new RegExp(
  raw`\b${YOU_BE}\s+${INTENS}(?:the\s+most\s+)?(?:${alt(ADJ_TRAITS).replace(/\\\[sz\\\]/g, '[sz]')})(?:\s+(?:person|man|woman|guy|girl|people))?\b|\b${YOU_BE}\s+(?:(?:such|just|honestly|really|literally|genuinely|basically|seriously|nothing but)\s+){0,2}an?\s+${INTENS}(?:(?:${NOUN_ADJ})\s+)?(?:${alt(NOUN_TRAITS)})\b`,
  'g',
);

/** Kind qualities that "the least …" denies: "the least supportive person I know". */
const KIND_QUALITIES =
  'supportive|caring|kind|loving|empathetic|patient|understanding|reliable|honest|trustworthy|considerate|thoughtful|self-aware|generous|helpful|affectionate|romantic|present|grateful|mature|responsible|attentive|compassionate|fun';
/** Negative reactions of theirs after "every time I…": "every time I try to talk you shut down". */
const REACTIONS =
  'shut|shuts|walk|walks|storm|storms|twist|throw|blow|kick|run|hang|ignore|block|scream|shout|yell|sulk|attack|blame|accuse|pull|roll|mock|dismiss|leave|change the subject|flip|explode|lose it|lash out|stonewall|go quiet|go silent|go cold|go off|freak out|overreact|get (?:angry|defensive|mad|nasty|cold|arsey|funny|weird)|start (?:shouting|yelling|a fight|an argument|on me)|turn (?:it|things) (?:around|on me)|bring up|play the victim|make it about (?:you|yourself)|laugh at me|roll your eyes';

/** The writer as the subject just before: "I'll stop being…", "I need to stop being…". */
const FIRST_PERSON_BEFORE =
  /\b(?:i|i'll|i'm|i've|i will|i need to|i want to|i have to|i must|i should|i can|let me|help me|need to|we|we need to)\s+(?:\w+\s+){0,3}$/;

/** Patterns of attacks beyond "you're + trait" and always/never. */
function MORE_PATTERNS(): Pattern[] {
  const youBe = raw`\b${YOU_BE}\s+(?:such\s+|just\s+|honestly\s+|really\s+|literally\s+|genuinely\s+|nothing but\s+)?`;
  return [
    {
      // "you're a terrible mother", "ur such a shit boyfriend", "you were an absent father"
      keys: new Set(HARSH),
      re: new RegExp(
        raw`${youBe}an?\s+${INTENS}(?:${alt(HARSH)})(?:,?\s+(?:${alt(HARSH)}))?\s+(?:excuse\s+for\s+an?\s+\w+|${alt(ROLES)})\b`,
        'g',
      ),
    },
    {
      // "you're the least supportive person I know"
      keys: keys('least'),
      re: new RegExp(
        raw`${youBe}the\s+least\s+(?:${KIND_QUALITIES})\s+(?:person|man|woman|guy|girl|partner|human|one)\b`,
        'g',
      ),
    },
    {
      // "you have no empathy", "you've got zero self-awareness", "you lack any compassion"
      keys: keys('no|zero|lack|lacks|lacking|not|bone'),
      re: new RegExp(
        raw`\b(?:you|u)(?:'ve|\s+have)?\s+(?:got\s+|have\s+|possess\s+)?(?:absolutely\s+|literally\s+|honestly\s+)?(?:no|zero|not one|not an ounce of|not a shred of|not a single|not a|not any)\s+(?:ounce of\s+|shred of\s+|bit of\s+|scrap of\s+|fucking\s+|bloody\s+|real\s+)?(?<lack>${alt(LACKS)})\b|\b(?:you|u)\s+(?:completely\s+|totally\s+|just\s+)?(?:lack|lacks|are lacking|'re lacking)\s+(?:any\s+)?(?<lack2>${alt(LACKS)})\b|\b(?:you|u)\s+(?:don't|do not|haven't got|have not got)\s+(?:have\s+|got\s+)?an?\s+(?:kind|caring|loving|nice|decent|honest|romantic|empathetic|selfless|generous|genuine)\s+bone\s+in\s+(?:your|ur)\s+body\b|\b(?:you|u)\s+(?:don't|do not)\s+(?:even\s+)?have\s+a\s+(?:heart|soul|conscience|spine|backbone)\b`,
        'g',
      ),
      negation: false,
      accept: (m, s) => {
        const lack = m.groups?.['lack'] ?? m.groups?.['lack2'] ?? '';
        const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
        if (lack === 'life' && /^\s*\w/.test(after)) return false;
        if (
          /^(?:feelings|emotions|respect|shame|patience)$/.test(lack) &&
          /^\s+(?:for|in|left|anymore|with)\b/.test(after)
        )
          return /^\s+for\s+(?:anyone|anybody|others|other people)\b/.test(after);
        // "you had no…" about their past ("you had no clue") is not here; only "have / 've got".
        return !/\bhad\b/.test(m[0]);
      },
    },
    {
      // "you only care about yourself", "all you care about is you", "it's always about you"
      keys: keys('only|all|about|revolves'),
      re: new RegExp(
        [
          raw`\b(?:you|u)\s+(?:only|just|only ever|ever only)\s+(?:ever\s+)?(?:care|cared|think|thought|look|looked|worry|worried)\s+(?:about|of|after|out for)\s+${SELF}(?!\s+(?:and|&)\s+(?:me|us|the kids))\b`,
          raw`\ball\s+(?:you|u)\s+(?:ever\s+)?(?:care|cared|think|thought|worry|worried)\s+(?:about|of)\s+(?:is|was|are|were)\s+${SELF}\b`,
          raw`\b(?:it's|its|it is|it was|it has to be|it had to be|it always has to be|it always had to be)\s+(?:always|all|only ever|always all)\s+about\s+(?:you|u|yourself)\b(?!\s*(?:for me|to me|now|right now|here|and (?:how|what) you))`,
          raw`\beverything(?:'s| is| was| has to be| had to be)\s+(?:always\s+|all\s+)?about\s+(?:you|u|yourself)\b(?!\s*(?:for me|to me|now|right now|here))`,
          raw`\b(?:you|u)\s+(?:always\s+)?(?:make|made|turn|turned|making|turning)\s+(?:everything|it all|every\s+(?:conversation|argument|fight|row|single thing)|it)\s+(?:always\s+)?about\s+(?:you|u|yourself)\b`,
          raw`\b(?:you|u)\s+think\s+(?:the world|everything|the universe|the whole world)\s+revolves\s+around\s+(?:you|u)\b`,
        ].join('|'),
        'g',
      ),
    },
    {
      // "you can't take a joke", "you can't handle criticism"
      keys: keys("can't|cannot|never|couldn't"),
      re: /\b(?:you|u)\s+(?:can't|cannot|can never|never could|couldn't ever|just can't)\s+(?:ever\s+)?(?:take|handle|stand|accept)\s+(?:a joke|criticism|any criticism|feedback|a hint|no for an answer|being wrong|being told|the truth|a compliment)\b/g,
    },
    {
      // "you've always been like this", "you're always like this"
      keys: keys('always'),
      re: /\b(?:you|u)(?:'ve|\s+have)?\s+always\s+been\s+(?:like\s+(?:this|that)|this\s+way|that\s+way)\b|\b(?:you're|you are|ur)\s+always\s+like\s+(?:this|that)\b/g,
    },
    {
      // "every time I try to talk you shut down"
      keys: keys('every|time'),
      re: new RegExp(
        raw`\bevery\s+(?:single\s+)?time\s+(?:i|we)\b[^.?!]{0,50}?[\s,]+(?:you|u)\s+(?:just\s+|always\s+|immediately\s+|instantly\s+|straight away\s+)?(?:${REACTIONS})\b`,
        'g',
      ),
      accept: (m) =>
        !/\b(?:of|with|to|for|at|love|miss|see|tell|thank)\s+(?:you|u)\s+\S+$/.test(m[0]) ||
        /,\s*(?:you|u)\s+\S+$/.test(m[0]),
    },
    {
      // "you think you're better than everyone", "you think you're perfect"
      keys: keys('think|thought|reckon|believe'),
      re: /\b(?:you|u)\s+(?:really\s+|honestly\s+|actually\s+|genuinely\s+|clearly\s+|obviously\s+)?(?:think|thought|reckon|believe)\s+(?:that\s+)?(?:you're|you are|ur|you were)\s+(?:so\s+|always\s+)?(?:better than|perfect|so clever|clever|so smart|smarter than|superior|above (?:it|everyone|everybody|me|all)|always right|never wrong|god's gift|untouchable|the only one who|some kind of (?:saint|victim|hero|martyr)|a saint|an angel|hot shit|the centre of|the center of)/g,
    },
    {
      // "no wonder nobody likes you", "no wonder you're still single"
      keys: keys('wonder'),
      re: /\bno\s+wonder\s+(?:(?:no one|nobody|noone|no-one)\s+(?:\w+\s+)?(?:likes|wants|loves|can stand|puts up with|trusts|talks to|stays with)\s+(?:you|u)|(?:you're|you are|ur|you)\s+(?:still\s+|always\s+)?(?:single|alone|lonely|on your own|by yourself)|(?:he|she|they|everyone|everybody|all your \w+)\s+(?:left|leave|dumped|cheated on|walked out on|dropped|ditched)\s+(?:you|u))\b/g,
    },
    {
      // "you ruin everything", "you push everyone away"
      keys: keys(
        'ruin|ruined|ruins|destroy|destroyed|destroys|poison|poisoned|wreck|wrecked|spoil|spoiled|spoilt|sabotage|sabotaged|push|pushed|pushes|drive|drove|drives',
      ),
      re: /\b(?:you|u)\s+(?:always\s+|just\s+|constantly\s+)?(?:ruin|ruined|ruins|destroy|destroyed|destroys|poison|poisoned|wreck|wrecked|spoil|spoiled|spoilt|sabotage|sabotaged)\s+(?:everything|every\s+(?:single\s+)?(?:thing|relationship|friendship|day|holiday|christmas|birthday|moment)|it all|anything good|all of it|all your relationships)\b|\b(?:you|u)\s+(?:always\s+|just\s+)?(?:push|pushed|pushes|drive|drove|drives)\s+(?:everyone|everybody|people|anyone|all your \w+)\s+away\b/g,
    },
    {
      // "you've got issues", "you have a temper", "you have serious problems"
      keys: keys('issues|problems|problem|screw|temper|ego|attitude'),
      skipQuestion: true,
      re: /\b(?:you|u)(?:'ve|\s+have)?\s+(?:got\s+)?(?:serious\s+|real\s+|some\s+|so many\s+|major\s+|deep\s+|massive\s+|big\s+|such\s+)?(?:issues|problems|a problem|a (?:serious|real|big) problem|a screw loose|an attitude problem|anger issues|commitment issues|mummy issues|mommy issues|daddy issues|a temper|a nasty temper|an ego|a big ego|an attitude)\b(?!\s+(?:with\s+(?:me|what i|my|the way i|how i|it|that|this)|at\s+work|at\s+home|of\s+your\s+own|to\s+(?:deal|sort|work)|going\s+on|right\s+now|that\s+i|because\s+of\s+me|i\s+caused|from\s+(?:me|what)))/g,
      accept: (m, s) =>
        !/\b(?:if|whether|when|unless|even if)\s+$/.test(s.text.slice(Math.max(0, m.index - 10), m.index)),
    },
    {
      // "get over yourself", "grow a spine", "you need to man up"
      keys: keys('over|grow|man|toughen'),
      re: /\bget\s+over\s+(?:yourself|urself)\b|\bgrow\s+(?:a\s+pair|a\s+spine|a\s+backbone|some\s+balls|a\s+brain|a\s+heart)\b|\b(?:just|you need to|you should|u need to|u should)\s+(?:man|toughen)\s+up\b/g,
    },
    {
      // "you're incapable of love", "you don't know how to love anyone"
      keys: keys('incapable|capable|know'),
      re: /\b(?:you're|you are|ur|you were|you've always been|you have always been)\s+(?:just\s+|completely\s+|totally\s+|utterly\s+|simply\s+)?(?:incapable|not capable)\s+of\s+(?:love|loving|empathy|honesty|being honest|being faithful|being kind|kindness|compassion|commitment|committing|change|changing|listening|apologi[sz]ing|admitting|taking responsibility|caring|real feelings|a real relationship|being happy|thinking about (?:anyone|others))\b|\b(?:you|u)\s+(?:don't|do not|wouldn't|never)\s+(?:even\s+)?know\s+how\s+to\s+(?:love|care about|treat|be kind to|be honest with|be faithful to|listen to|communicate with)\s+(?:anyone|anybody|people|someone|a (?:partner|woman|man|person))\b/g,
      negation: false,
    },
    {
      // "you act like a child", "you behave like a spoilt brat", "you acted like the victim"
      keys: keys('act|acted|acting|acts|behave|behaved|behaving|behaves|sound|sounded|carry|carried'),
      re: new RegExp(
        raw`\b(?:you|u)(?:'re|\s+are|\s+were)?\s+(?:always\s+|just\s+|really\s+|honestly\s+)?(?:act|acted|acting|acts|behave|behaved|behaving|sound|sounded|carry on|carried on|carrying on)\s+like\s+(?:such\s+)?(?:a|an|some|the)\s+(?:\w+\s+)?(?:${alt(CHILD_ROLES)})\b`,
        'g',
      ),
    },
    {
      // "why are you so cold?", "how can you be so selfish?", "why can't you ever just listen?"
      keys: keys('why|how|are|were|r'),
      re: new RegExp(
        raw`\b(?:why|how come)\s+(?:are|were|r)\s+(?:you|u)\s+(?:always\s+|being\s+|acting\s+|still\s+)?(?:so|such\s+an?|this|that)\s+(?:${alt(TRAITS).replace(/\\\[sz\\\]/g, '[sz]')})\b|\b(?:are|were|r)\s+(?:you|u)\s+(?:really\s+|actually\s+|seriously\s+|honestly\s+|just\s+)?(?:so|this|that)\s+(?:${alt(TRAITS).replace(/\\\[sz\\\]/g, '[sz]')})\b(?=\s*\?|\s*$)|\bhow\s+(?:can|could)\s+(?:you|u)\s+be\s+(?:so\s+|this\s+|that\s+|such\s+an?\s+)?(?:${alt(TRAITS).replace(/\\\[sz\\\]/g, '[sz]')})\b|\b(?:why|how come)\s+(?:can't|cannot|won't)\s+(?:you|u)\s+(?:ever|just ever)\b`,
        'g',
      ),
    },
    {
      // "your selfishness ruined us", "your lack of empathy", "your need to control everything"
      keys: keys(
        'selfishness|arrogance|narcissism|hypocrisy|laziness|stubbornness|immaturity|coldness|cruelty|nastiness|neediness|negativity|pettiness|spite|vanity|dishonesty|possessiveness|entitlement|temper|ego|lack|inability|need|constant|drama|mood|attitude|self-absorption|self-pity',
      ),
      also: keys('your|ur'),
      skipQuestion: true,
      re: new RegExp(
        raw`\b(?:your|ur)\s+(?:constant\s+|endless\s+|complete\s+|total\s+|utter\s+|sheer\s+|usual\s+|pathological\s+)?(?:selfishness|arrogance|narcissism|hypocrisy|laziness|stubbornness|immaturity|coldness|cruelty|nastiness|neediness|negativity|pettiness|spite|vanity|dishonesty|possessiveness|self-absorption|self-pity|entitlement|ego|temper|lack of (?:${alt(LACKS)})|inability to \w+|need to (?:control|be right|win|have the last word|be the victim|be in control)|constant (?:nagging|moaning|complaining|criticism|need|lying|lies|drama)|drama|mood swings|attitude problem)\b`,
        'g',
      ),
      accept: (m, s) => {
        // Not the writer owning their part: "I know my lying fed your insecurity", "I made your temper worse".
        const clause =
          s.text
            .slice(0, m.index)
            .split(/[,;:]|\b(?:and|but|because)\b/)
            .pop() ?? '';
        if (
          /\b(?:i|i've|i'd|i'm|me|my)\b/.test(
            clause.replace(/\b(?:i think|i feel like|i just think|honestly)\b/g, ''),
          )
        )
          return false;
        const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        return !/^\s+(?:made sense|was (?:fair|understandable|justified|my fault|on me)|is (?:fair|understandable|justified)|was never|is not|isn't|wasn't)\b/.test(
          after,
        );
      },
    },
    {
      // "you lie all the time", "you do this all the time", "you moan about everything constantly"
      keys: keys('time|constantly|24/7|non-stop|nonstop'),
      re: new RegExp(
        raw`\b(?:you|u)\s+(?:\w+\s+)?(?:lie|moan|complain|nag|criticise|criticize|shout|yell|scream|sulk|whinge|whine|lecture|judge|interrupt|ignore|blame|accuse|twist|pick|argue|fight|overreact|exaggerate|flirt|do this|do that|start|kick off|go on|bitch|snap)\b[^.,;!?]{0,30}?\b(?:all the time|24/7|non-?stop|every (?:single )?day|day in day out|constantly)\b`,
        'g',
      ),
    },
    {
      // "stop being so selfish", "just stop being such a child"
      keys: keys('stop|quit'),
      re: new RegExp(
        raw`\b(?:stop|quit)\s+being\s+(?:so\s+|such\s+|this\s+|that\s+)?(?:an?\s+)?(?:${alt(TRAITS.map((t) => t.replace(/^an? /, ''))).replace(/\\\[sz\\\]/g, '[sz]')})\b`,
        'g',
      ),
      accept: (m, s) => !FIRST_PERSON_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index)),
    },
    {
      // "you're the kind of person who always has to win", "you're someone who runs from everything"
      keys: keys('kind|type|sort|someone|somebody|person'),
      re: /\b(?:you're|ur|you are|u r)\s+(?:just\s+|honestly\s+|really\s+|basically\s+)?(?:the\s+(?:kind|type|sort)\s+of\s+(?:person|man|woman|guy|girl|people|partner)|someone|somebody|a\s+person)\s+(?:who|that)\s+(?:always\s+(?:has to|needs to|makes|plays|blames|runs|twists|puts (?:yourself|himself|herself|themselves)|takes|lies|uses)|never\s+(?:listens|admits|apologi[sz]es|changes|takes|thinks|says sorry)|only\s+(?:cares|thinks)|lies|cheats|blames|runs away|runs from|uses people|hurts|manipulates|twists|takes advantage|needs to (?:control|be right|win)|has to (?:be right|win|have)|can't (?:admit|handle|take|let go|commit)|won't (?:admit|listen|commit|change))\b/g,
    },
    {
      // "Typical." as a whole reply
      keys: keys('typical'),
      re: /^\s*(?:so\s+|how\s+|just\s+)?typical(?:\s+(?:really|honestly|tbh))?\s*[.!]*\s*$/g,
    },
    {
      // "Real mature.", "wow, how grown up of you": sarcastic praise as a whole reply
      keys: keys('mature|classy|grown|adult'),
      re: /^\W*(?:(?:wow|oh|yeah|well)\W+)?(?:real|really|how|very|so|super)\s+(?:mature|classy|grown[- ]up|adult)(?:\s+of\s+(?:you|u|ya))?(?:\s+(?:there|honestly|tbh|lol))?\s*[.!]*\s*$/g,
    },
    {
      // "Typical of you to make it all about yourself", "that's so typical of you", "typical u"
      keys: keys('typical'),
      re: /\b(?:so\s+|how\s+|just\s+)?typical(?:\s+of)?\s+(?:you|u|ya)\b(?!\s+(?:to be so (?:kind|thoughtful|generous|sweet)|to remember))/g,
    },
  ];
}

/** After always: kind acts (praise). After never: unkind acts (praise). */
const KIND =
  /^(?:(?:been|were|are|be)\s+)?(?:brilliant|good|great|kind|amazing|wonderful|generous|patient|strong|the one|the best|the better|a good|a great|lovely|beautiful|smart|clever|talented|funny|honest|loyal|caring|thoughtful|there|right|better at|so good|so kind|the (?:strong|smart|brave|kind|sensible|organi[sz]ed|responsible|calm|fun|creative)|had a (?:knack|gift|way|talent|eye|good)|have a (?:knack|gift|way|talent|eye)|said|say|told me|used to say|wanted|want|hated|disliked|preferred|thought|wished|dreamed|dreamt|hoped|liked|enjoyed|made|welcome|beautiful|so beautiful)\b|^(?:saw through|see through|saw the (?:best|good)|see the (?:best|good)|(?:made|make|makes|making) me (?:laugh|smile|happy|feel (?:safe|loved|special|good|better|wanted|seen|at home|calm|understood|beautiful|like myself))|support|believ|lov|car(?:ed|e|ing)|been (?:there|good|kind|honest|supportive|amazing|great|wonderful|patient|fair|right|the (?:best|one|better)|a (?:good|great|wonderful|loving|better)|my|so (?:kind|good|patient|strong|supportive|loving|generous)|such a (?:good|great|wonderful|kind))|were (?:there|good|kind|honest|supportive|amazing|great|wonderful|patient|fair|right|the (?:best|one|better)|a (?:good|great|wonderful|loving|better)|my|so (?:kind|good|patient|strong|supportive|loving|generous))|knew|know (?:how|what|when)|tried|try|help|forg[ai]ve|understood|understand|listen|had my back|have my back|deserved|deserve|mean|meant|look(?:ed)? (?:out|after)|put (?:me|us|the kids|others|everyone|your family) first|push(?:ed)? me to (?:be|do|grow|try|get)|gave(?! up)|give(?! up)|showed|shown|stood|stand|be (?:there|my|the|special|welcome|loved|in my heart|a part)|have (?:a place|my love|my heart|a home)|kept your (?:word|promises)|keep your word|told (?:me )?the truth|tell (?:me )?the truth|apologi[sz]|admit|answer|call(?:ed)?|text(?:ed)? (?:me )?back|remember|respect|trust|encourag|smil|laugh|welcom|treat(?:ed)? me (?:well|right|kindly)|find (?:a way(?! to (?:make|blame|twist|turn|ruin|get out|wriggle|avoid|start))|the good|the words)|found (?:a way(?! to (?:make|blame|twist|turn|ruin|get out|wriggle|avoid|start))|the good|the words)|managed|make (?:time|it work|me laugh|me smile)|made (?:time|it work)|wanted the best|want the best|took care|take care|looked so|look so|seemed to know|were right|are right|come through|came through|fought for)/;
const UNKIND =
  /^(?:anything (?:wrong|bad|to deserve)|(?:made|make) me feel (?:unwanted|unloved|small|stupid|bad|guilty|worthless|ugly|alone|like (?:a|an|i|nothing|rubbish|dirt))|let (?:it|that|on|me see it) show|let on|a thing wrong|to\b|got (?:the|an?|any|to|what)|get (?:the|an?|any|to|what)|(?:were|was|are|been|be)\s+(?:the (?:problem|issue|one to blame)|to blame|at fault|a burden|too much|asking too much|wrong|the bad guy|the reason)|the (?:problem|issue|one to blame|bad guy)|fail|want|wanted|knew(?! how| when| what to)|know about|found out|suspected|had (?:a|the) chance|got (?:to|the chance)|heard|learned|learnt|realised|realized|told (?:her|him|them|anyone|a soul)|ask\b(?! (?:how|about|me how|what|if))|asked (?:for|me for|anything)|did (?:anything|a thing|nothing) wrong|deserved|hurt|lied|cheated|complained|blamed|judged|asked (?:for|me)|gave up|let me down|stopped|failed|once blamed|raised your voice|held (?:it|that) against|made me feel (?:small|stupid|bad|guilty)|meant (?:to|any) (?:hurt|harm|upset)|wanted to hurt|had to|have to|need(?:ed)? to|owed?|should|must|gave me (?:a )?reason|did anything|pushed|pressured|forced|made a fuss|said a (?:bad|cruel|mean|harsh|unkind) word|betrayed|left me|cared about money|took advantage|once complained|even (?:complained|asked)|forgot|forgotten|missed (?:a|an|one|my|our|the|his|her|their)\b|let (?:anyone|us|them|the kids|her|him) down)/;

const OBJECT_BEFORE =
  /\b(?:with|to|at|for|from|about|of|reminding|remind|tell|told|love|loved|miss|missed|see|saw|call|called|text|texted|thank|thanks|giving|give|gave|leading|lead|like|want|need|make|made|let|help|helped|bring|brought|keep|kept|show|showed|hold)\s+$/;
/** After "you were always…": the states that complain rather than praise. */
const NEGATIVE_STATE = new RegExp(
  raw`^(?:${alt(TRAITS)}|late|busy|working|out|away|at (?:work|the|your)|on (?:your|ur|the) (?:phone|laptop)|angry|mad|cross|grumpy|moody|in a mood|distant|absent|drunk|on edge|critical|negative|defensive|suspicious|quick to|so quick to|so sure|right about everything|the victim|the martyr|somewhere else|elsewhere|checked out|glued to|complaining|moaning|nagging|criticising|criticizing|picking|blaming|accusing|shouting|yelling|starting)\b`,
);

/** A complaint about what they do, in the clause before an echo: "you lie to everyone, you always have". */
const ECHOED_COMPLAINT =
  /\b(?:you|u)\s+(?:\w+\s+)?(?:lie|lied|moan|complain|nag|criticise|criticize|shout|yell|scream|sulk|whinge|whine|lecture|judge|interrupt|ignore|blame|accuse|twist|pick|argue|fight|overreact|exaggerate|flirt|flirted|cheat|cheated|run|ran|hide|hid|take|took|push|pushed|walk|walked|forget|lose|leave|break|miss)\b[^.;!?]{0,40},\s*$/;

const GENERALISATION =
  /\b(?:you|u)(?:'ve|'d|'re|\s+have|\s+had|\s+were|\s+are|\s+was|\s+would)?\s+(?:(?:just|really|honestly|literally|also|still|been|actually|basically|seriously|ever|and|have)\s+){0,2}(?<adv>always|never|constantly|forever|continually|consistently|not once|every single time|(?:don't|do not|didn't|did not|won't|can't|cannot)\s+(?:even\s+)?ever)\b(?:\s+(?:once|actually|really|even|ever|just|been|did|do|have|will))*\s*(?<rest>[^.,;!?]{0,50})/g;

export const PATTERNS: readonly Pattern[] = [
  {
    keys: TRAIT_KEYS,
    re: TRAIT_RE,
    accept: (m, s) => {
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // "I treated you like you were stupid": the writer's framing of them, owned.
      if (
        /\b(?:i|i've|i'd)\s+(?:\w+\s+){0,3}(?:like|as if|as though)\s+$/.test(
          s.text.slice(Math.max(0, m.index - 40), m.index),
        )
      )
        return false;
      // "you're crazy good at this", "you're insane at chess", "you were so cold that night" about weather
      if (
        /^\s+(?:good|talented|smart|beautiful|at|in love|for (?:me|us)|lucky|fun|funny|strong|brave)\b/.test(
          after,
        )
      )
        return false;
      // "you're being dramatic" is about this reaction (minimizing), not who they are.
      if (
        /\b(?:you're|you are|ur|u r|youre|you were|u were)\s+being\s+(?:(?:a bit|a little|really|so|very|too|way too|just)\s+)?(?:dramatic|sensitive|oversensitive|over-sensitive|extra|hysterical|emotional|touchy|paranoid|ridiculous|silly|unreasonable|petty|irrational)$/.test(
          m[0],
        )
      )
        return false;
      // "you're crazy about him" is fondness; "you're so controlling about money" is still an attack.
      if (
        /^\s+about\b/.test(after) &&
        /\b(?:crazy|mad|nuts|insane|wild|sure|serious|right|wrong|passionate|excited|sensitive|weird)$/.test(
          m[0],
        )
      )
        return false;
      if (/\bcold$/.test(m[0]) && /^\s+(?:out|outside|there|in)\b/.test(after)) return false;
      if (/\bjealous$/.test(m[0]) && /^\s+of\b/.test(after)) return false;
      // "you're impossible to reach in the day": how easy they are to contact, not who they are.
      if (
        /\bimpossible$/.test(m[0]) &&
        /^\s+to\s+(?:reach|contact|get hold of|get a hold of|ring|call|find|book|catch)\b/.test(after)
      )
        return false;
      // "you're mean to be resting", "you were weak from the chemo", "a difficult time", "negative for covid"
      if (/\bmean$/.test(m[0]) && /^\s+(?:to|it|that|what|anything)\b/.test(after)) return false;
      if (/\b(?:weak|unstable)$/.test(m[0]) && /^\s+(?:from|after|with|on)\b/.test(after)) return false;
      if (
        /\bdifficult$/.test(m[0]) &&
        /^\s+(?:time|situation|position|year|few|day|week|period)\b/.test(after)
      )
        return false;
      if (/\bnegative$/.test(m[0]) && /^\s+(?:for|result|test)\b/.test(after)) return false;
      // A moment, not who they are: "you were a bit unfair to me that night".
      const behaviour = new RegExp(raw`\b(?:${alt(BEHAVIOUR)})$`).test(m[0]);
      if (
        behaviour &&
        (/^(?:you were|u were|you've been|you have been|you came across as)\b/.test(m[0]) ||
          /^[^.]{0,30}\b(?:that (?:night|day|evening|time|weekend)|last (?:night|week|time)|yesterday|earlier|then|at the|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/.test(
            after,
          ))
      )
        return false;
      // "you're too much" ends there: "u r too much close to my heart" is not it.
      if (
        /\btoo much$/.test(m[0]) &&
        !/^\s*(?:$|[,.!?;)]|sometimes|honestly|tbh|lol|for (?:anyone|me|everyone|people)|to (?:handle|deal with|be around))/.test(
          after,
        )
      )
        return false;
      if (
        /\b(?:you look|you get|you seem)\s+(?:\w+\s+)?(?:cold|tired|exhausting|draining|mental)$/.test(m[0])
      )
        return false;
      return true;
    },
  },
  {
    keys: keys(
      "typical|classic|like|very|only|kind|must|perfect|little|adult|grow|says|wrong|need|problem|nothing|never|change|always|strong|suit|determined|love|loves|likes|victim|martyr|every|have|has|can't|cannot|hope|playing|stop|quit|if",
    ),
    re: new RegExp(
      raw`\b(?:typical|classic|so typical of|that's so|thats so|how very|just like)\s+(?:you|u)\b(?!\s+(?:to\s+(?:be|think|remember|care|help)|know|said|were right|are right))|\bonly\s+(?:you|u)\s+(?:could|would|can)\b|\bwhat\s+kind\s+of\s+(?:a\s+)?(?:person|mother|father|mum|mom|dad|man|woman|human|human being|wife|husband|partner|friend)\s+(?!are you|do you|would you|is right|is best)\w+|\bmust\s+be\s+(?:nice|exhausting|lovely|great|comforting|so nice|very nice|very comforting|hard)\s+(?:being|to be|to always|to never)\b|\bmust\s+be\s+(?:very\s+|so\s+|really\s+)?(?:nice|comforting|lovely)\b(?=\s*$|\s*[.!])|\b(?:stop|quit)?\s*playing\s+the\s+(?:wounded party|victim|martyr|innocent)\b|\bif\s+(?:you|u)\s+(?:weren't|wasn't|were not|were less|were a bit less|weren't always)\s+(?:so\s+|such\s+a\s+)?(?:${alt(TRAITS)})\b|\b(?:you|u)\b[^.?!]{0,60}?\bevery\s+single\s+time\b|\bnot\s+perfect\s+like\s+(?:you|u)\b|\b(?:stop|quit)\s+being\s+(?:so\s+|such\s+a\s+)?(?:dramatic|sensitive|selfish|childish|petty|difficult|paranoid|clingy|controlling|a drama queen|a baby|a child)\b|\b(?:your|ur)\s+perfect\s+little\s+(?:life|world|bubble)\b|\bcan't\s+even\s+be\s+an\s+adult\b|\b(?:grow|grow the hell|grow the fuck)\s+up\b|\bsays\s+(?:a lot|so much|everything)\s+about\s+(?:you|u|who you are)\b|\bwhat(?:'s| is)\s+wrong\s+with\s+(?:you|u)\b|\b(?:you|u)\s+need\s+(?:help|therapy|to get help|your head checked|to see someone)\b|\b(?:you're|you are|ur)\s+the\s+(?:real\s+)?problem\b|\bthe\s+problem\s+(?:was|is)\s+(?:you|u)\b(?!\s+(?:and|were|are|didn't))|\bnothing\s+(?:i|i ever)\s+(?:\w+\s+)?(?:do|did|does)\s+is\s+(?:ever\s+)?(?:good\s+)?enough\s+for\s+(?:you|u)\b|\b(?:you're|you are|ur)\s+never\s+(?:happy|satisfied|pleased)\b|\b(?:you|u)(?:'ll| will)?\s+never\s+change\b|\blike\s+(?:you|u)\s+always\s+(?:do|did)\b|\bwas\s+never\s+your\s+strong\s+(?:suit|point)\b|\b(?:determined|love|loves|like|likes)\s+(?:to\s+be|being|playing)\s+the\s+(?:victim|martyr)\b|\balways\s+the\s+(?:victim|martyr)\b|\b(?:at|over|about)\s+every\s+little\s+thing\b|\b(?:and\s+)?(?:have|has)\s+always\s+been,?\s+(?:someone|somebody|the kind|the type|a person)\s+(?:who|that|to)\b|\b(?:you|u)\s+(?:can't|cannot|never)\s+(?:even\s+)?(?:admit|handle|accept)\s+(?:you're|you were|you are|when you're|being|criticism|responsibility|the blame|you were wrong|that you)\b|\bhope\s+(?:you|u)\s+manage\s+to\s+stick\b`,
      'g',
    ),
    // "I'll stop being so selfish": the writer's own promise, not an order to them.
    accept: (m, s) =>
      !/^(?:stop|quit)\b/.test(m[0]) ||
      !FIRST_PERSON_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index)),
  },
  {
    keys: keys('always|never|constantly|forever|continually|consistently|once|every|ever'),
    re: GENERALISATION,
    reason: GENERAL_REASON,
    suggestion: GENERAL_SUGGESTION,
    accept: (m, s) => {
      const adv = m.groups?.['adv'] ?? '';
      const rest = (m.groups?.['rest'] ?? '').trim();
      // "you always will", "you'll always be special to me" (future), "thank you for always…"
      if (/^(?:will|would|going to|gonna)\b/.test(rest)) return false;
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
      // "things you never agreed to", "what you never asked for": a relative clause about the writer's act.
      if (
        adv === 'never' &&
        /\b(?:things|stuff|something|anything|everything|what|which|whatever|purchases|charges|places|people)\s+$/.test(
          s.text.slice(Math.max(0, m.index - 14), m.index),
        )
      )
        return false;
      const neg = adv === 'never' || adv === 'not once' || /\bever$/.test(adv);
      // "you always were", "you always have", "you never were": an echo of the clause before, which
      // carries the judgement (praise as often as not) and is checked on its own.
      // It stands only after a complaint about what they do: "you flirt with everyone, you always have".
      if (/^(?:(?:were|was|are|is|did|do|does|have|had|has|been)\b\s*)?$/.test(rest))
        return !neg && ECHOED_COMPLAINT.test(s.text.slice(Math.max(0, m.index - 60), m.index));
      // "You never know who's watching": the generic you of the idiom, unless it is about them
      // ("you never know when to stop", "you never know what you want").
      if (
        adv === 'never' &&
        /^know\b(?!\s+(?:how|when|what|where|who|if|whether)\s+(?:to|you|u|your)\b)/.test(rest)
      )
        return false;
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
      if (neg) return !UNKIND.test(act);
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
  ...MORE_PATTERNS(),
];

/** "My therapist thinks you're emotionally unavailable, and she's right": the writer endorses it. */
const ENDORSED =
  /\b(?:everyone|everybody|all your (?:friends|mates|family|exes)|anyone who knows you)\s+(?:\w+\s+)?(?:says|say|said|thinks|think|thought|knows|know|agrees|agree)\b|\b(?:and|honestly|i think|i agree|frankly)\s+(?:\w+\s+)?(?:she's|he's|they're|she is|he is|they are|she was|he was|they were)\s+right\b|\bi\s+agree\b/;
const DISCLAIMER =
  /\b(?:not|never|won't|wouldn't|can't|don't|didn't)\s+(?:\w+\s+){0,2}(?:saying|say|think|thinking|calling|call|believe|mean)\s+(?:that\s+)?$/;

const ALL_PATTERNS: readonly Pattern[] = [...PATTERNS, ...WIDE_PATTERNS];

export const criticism: Rule = {
  id: 'criticism',
  kind: 'problem',
  gate: /\b(?:you|u|your|ur|you're|youre|typical|mature|classy|grown|classic|only|what|must|not|grow|says|nothing|was|determined|love|loves|like|likes|always|at|over|about|have|has|hope|the|stop|quit|yourself|urself)\b/,
  find(s: Sentence): Hit[] {
    const hits = runPatterns(s, ALL_PATTERNS, REASON, SUGGESTION);
    // Keep an endorsed third-party judgement ("my therapist thinks you're X, and she's right").
    const endorsed = ENDORSED.test(s.text) ? endorsedHits(s) : [];
    return dedupe(
      [...hits, ...endorsed].filter(
        (h) =>
          !DISCLAIMER.test(s.text.slice(Math.max(0, h.start - 40), h.start)) &&
          !threatOrCounterfactual(s, h) &&
          // "the most stubborn person, in the best way": fondness, said as such.
          !/^[^.!?]{0,25}?\b(?:in the best (?:possible )?way|in a good way|and i loved (?:it|that)|which i loved|and i love (?:it|that))\b/.test(
            s.text.slice(h.end, h.end + 50),
          ),
      ),
    );
  },
};

/**
 * Not a judgement of their character: a threat's outcome ("I'll make sure you never see them again",
 * "everyone will know what kind of person you are" is `threat`), or a counterfactual ("you'd never
 * have known").
 */
const THREAT_FRAME =
  /\b(?:make sure|see to it that|see to it|ensure|guarantee)\s+(?:that\s+)?$|\b(?:everyone|everybody|people|they|the world|the whole \w+|all (?:your|our) \w+)\s+(?:\w+\s+){0,3}?(?:will\s+|(?:is|are|'s|'re)\s+(?:going to|gonna)\s+)?(?:know|knows|find out|finds out|see|sees|learn|learns|hear|hears)\s+(?:exactly\s+|just\s+|all about\s+)?$|\btell (?:everyone|them|people|the world)\s+$/;

function threatOrCounterfactual(s: Sentence, h: Hit): boolean {
  const span = s.text.slice(h.start, h.end);
  if (/^(?:you|u)(?:'d|\s+would)\s+never\s+(?:have|'ve|of)\b/.test(span)) return true;
  // "you'll wish you'd never met me", "if only you had never…": a wish, not what they are like.
  if (
    /^(?:you|u)(?:'d|\s+had)\s+never\b/.test(span) &&
    /\b(?:wish|wishes|wished|wishing|if only)\s+(?:that\s+)?$/.test(
      s.text.slice(Math.max(0, h.start - 20), h.start),
    )
  )
    return true;
  return THREAT_FRAME.test(s.text.slice(Math.max(0, h.start - 60), h.start));
}

function endorsedHits(s: Sentence): Hit[] {
  const out: Hit[] = [];
  TRAIT_RE.lastIndex = 0;
  for (let m = TRAIT_RE.exec(s.text); m; m = TRAIT_RE.exec(s.text)) {
    if (othersSay(s, m.index))
      out.push({ start: m.index, end: m.index + m[0].length, reason: REASON, suggestion: SUGGESTION });
  }
  return out;
}
