/**
 * `impact`: the writer acknowledges what their act did to the other person ("I know I hurt you",
 * "I broke your trust", "you must have felt humiliated", "I made you feel small", "I can only
 * imagine how alone you felt", "you deserved better"). Not the writer's own hurt ("I was hurt too"),
 * not "you hurt me", not "sorry if you felt hurt" (conditional-apology).
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { ADV, alt, keys, type Pattern, scan, words, raw } from './lib.js';

const HARM_VERBS = words(
  'hurt|wounded|humiliated|embarrassed|scared|frightened|terrified|devastated|crushed|destroyed|wrecked|traumati[sz]ed|shamed|isolated|upset|betrayed|broke|shattered|damaged|gutted|exposed|affected|impacted|traumatised|ruined',
);
const TRUST = raw`(?:(?:that|the|our) trust|trust|heart|confidence|faith|feelings|self-esteem|sense of \w+|spirit|dignity|peace of mind|world|life|family|privacy)`;
const FEELINGS = raw`(?:alone|lonely|small|stupid|worthless|crazy|invisible|unwanted|unloved|humiliated|embarrassed|ashamed|scared|afraid|frightened|terrified|unsafe|betrayed|abandoned|exposed|foolish|insecure|anxious|like (?:\w+\s+){0,6}|that (?:\w+\s+){0,6}|as if|as though|used|trapped|powerless|helpless|hurt|sick|devastated|broken|heartbroken|rejected|ignored|dismissed|belittled|second best|second-best|not enough|unimportant|unheard|like nothing|like dirt|responsible|guilty|mortified|erased|sidelined|overlooked|disrespected|judged|watched|controlled|suffocated|on edge|miserable|unhappy|sad|paranoid|ugly|unattractive|disgusting|desperate|hopeless|nervous|uneasy|uncomfortable|a burden|a failure|a fool|jealous|needy|unwelcome)`;
const POSITIVE =
  /^\s*(?:feel\s+)?(?:special|loved|happy|good|safe|beautiful|better|welcome|laugh|smile|proud|great|amazing|wanted|at home|dinner|breakfast|a cake|a card)\b/;

const ACT_SUBJECT = raw`(?:i|it|that|this|what i did|what i said|what i've done|my(?:\s+\w+){1,2}|those words|which|doing that|my lying|my lies|the lies|the lying|the cheating|the affair)`;

const PATTERNS: Pattern[] = [
  // "I hurt you", "I broke your trust", "I know it scared you"
  {
    re: new RegExp(
      raw`\b(?<s>${ACT_SUBJECT}(?:'ve|'d)?\s+${ADV}(?:have\s+|has\s+|had\s+)?(?:${alt(HARM_VERBS)})\s+(?:(?:you|ya)\b(?!\s+(?:too|as well|back)\b)|(?:your|ya)\s+${TRUST}|(?:that|the|our) trust|(?:the|our|your) (?:kids|children)\b|our (?:family|home))(?:\s+(?:so (?:badly|much|deeply)|badly|deeply|so bad|more than \w+))?)`,
      'g',
    ),
    apology: false,
    // "before it affected you" is the harm that did not happen
    check: (m, s) =>
      !/\b(?:before|until|till|in case|lest)\s+$/.test(s.text.slice(Math.max(0, m.index - 12), m.index)),
  },
  // "i made ur brothers wedding about me and humiliated u"
  {
    re: new RegExp(
      raw`\bi\b[^.!?]{0,60}?\b(?:and|,)\s+(?:then\s+)?(?<s>(?:${alt(HARM_VERBS)})\s+(?:(?:you|ya)\b(?!\s+(?:too|as well|back)\b)|(?:your|ya)\s+${TRUST}|(?:that|the|our) trust))`,
      'g',
    ),
  },
  // "I made you feel small", "it made you doubt your own memory", "I made your life small"
  {
    re: new RegExp(
      raw`\b(?<s>${ACT_SUBJECT}(?:'ve|\s+have|\s+has)?\s+${ADV}(?:made|makes|make|left|has left|have left|'ve left|kept)\s+(?:you|ya)\s+(?:feel(?:ing)?\s+${FEELINGS}|(?:doubt|question|second-guess|regret|wonder|worry|guess|beg|chase|wait|cry|carry|manage|handle|pick up|cover|clean up|do (?:everything|it all|all of it)|the (?:bad guy|one)|a liar|feel|hate yourself|blame yourself|apologi[sz]e|lie|hide|think (?:it was|you were|you'd|you had)|believe (?:it was|you were|you'd|you had))\b(?:\s+\w+){0,4}|${FEELINGS}\b))`,
      'g',
    ),
    check: (m) => !POSITIVE.test(m[0].replace(/^.*?\b(?:made|makes|make|left|kept)\s+(?:you|ya)/, '')),
  },
  {
    re: /\b(?<s>(?:i|it|that|what i did)\s+(?:made|left)\s+(?:your|ya)\s+(?:life|days|world|home|year|nights)\s+(?:small|hell|miserable|harder|difficult|lonely|smaller|a misery)(?:\s+\w+){0,3})/g,
  },
  {
    re: /\b(?<s>i\s+(?:left|abandoned)\s+(?:you|ya)\s+(?:alone|to (?:\w+\s+){0,3}(?:alone|on your own|yourself|by yourself)|on your own|by yourself|to cope|to deal|to grieve|to pick up|to handle|holding|waiting|with (?:all|the|everything))(?:\s+\w+){0,4})/g,
  },
  // "you must have felt humiliated", "that must have been terrifying for you"
  {
    re: /\b(?<s>(?:you|ya)\s+must(?:\s+have|'ve|\s+of)\s+(?:felt|been|thought|wondered|worried|hated|dreaded|gone through|carried|had)(?:\s+\w+){0,5})/g,
    check: (m) =>
      !/must(?:\s+have|'ve|\s+of)\s+(?:felt|been)\s+(?:so\s+|really\s+|very\s+)?(?:busy|joking|mistaken|confused|tired|asleep|out|up|proud|thrilled|delighted|excited|happy|relieved|amazing|great|good|wonderful|on top of the world|over the moon|chuffed|pleased|glad|lucky|special)\b/.test(
        m[0],
      ),
  },
  {
    re: /\b(?<s>(?:that|it|this|which|those \w+|that \w+)\s+must(?:\s+have|'ve|\s+of)\s+(?:felt|been)\s+(?:so |really |incredibly |absolutely |utterly )?(?:awful|horrible|terrifying|frightening|humiliating|mortifying|lonely|devastating|hard|painful|crushing|scary|confusing|exhausting|like)(?:\s+\w+){0,5})/g,
  },
  {
    re: /\b(?<s>how\s+(?:\w+\s+){1,6}?must(?:\s+have|'ve|\s+of)\s+(?:felt|been)(?:\s+for (?:you|ya))?)/g,
    hedge: false,
  },
  // "I can only imagine how alone you felt", "I imagine you still tense up"
  {
    re: /\b(?<s>i\s+(?:can|could)(?:\s+only)?\s+(?:imagine|picture|guess)\s+(?:how|what)(?:\s+\w+){1,6})/g,
  },
  {
    re: /\b(?<s>i\s+can't\s+(?:even\s+|begin to\s+)?imagine\s+(?:how|what)(?:\s+\w+){1,6})/g,
    negation: false,
  },
  { re: /\b(?<s>i\s+imagine\s+(?:you|ya|it|that)\s+(?:\w+\s+){0,6})/g },
  // "I know how much it hurt", "I know you felt alone", "I know what it cost you"
  {
    re: new RegExp(
      raw`\b(?<s>i\s+(?:know|knew|understand|realise|realize|see|saw|watched|noticed|now see|can see|recognise|recognize|get|appreciate|am aware)\s+(?:now\s+)?(?:that\s+)?(?:how\s+(?:much|badly|bad|hard|deeply|scared|frightened|alone|lonely|humiliated|small|embarrassed|painful|frightening|humiliating|hurtful|awful|hurt|afraid|unsafe|betrayed|upsetting|lonely)\b|what\s+(?:it|that|this|i did|my \w+|i put you through|you went through)\s+(?:cost|did|meant|took|was like|has done|does|put you through)|(?:you|ya)\s+(?:felt|were (?:hurt|scared|humiliated|alone|lonely|embarrassed|terrified|frightened|devastated|crushed|afraid|exhausted|heartbroken|betrayed|angry|upset|left)|spent|sat|had to|stopped|lost|carried|ended up|still|started|gave up|cried|couldn't|can't|have been|must|went through|feel|lie awake|lay awake|laid awake|check|flinch|were the one|went home|didn't eat|didn't sleep|were scared|were afraid)|(?:you're|you are|your) the one who (?:has|had) to|(?:it|that|this|i|my \w+)\s+(?:hurt|scared|humiliated|embarrassed|made you|left you|cost you|broke|wrecked|stayed with you|changed how|damaged))(?:\s+\w+){0,5})`,
      'g',
    ),
    check: (m, s) =>
      !/\b(?:is|are) for (?:you|ya)\b/.test(s.text.slice(m.index, m.index + 90)) &&
      !/\b(?:you|ya) (?:can't|couldn't) (?:be the one|fix|help|save|solve|make)\b/.test(m[0]) &&
      !/\bhow much (?:you|ya) (?:love|loved|like|liked|enjoy|enjoyed|want|wanted|miss|missed|adore|adored)\b/.test(
        m[0],
      ),
  },
  // "I know what I did to you", "I took away your sense of safety"
  {
    re: /\b(?<s>i\s+(?:know|see|understand|realise|realize|recognise|recognize|can see|now see)\s+(?:now\s+)?(?:exactly\s+)?what\s+i\s+(?:did|have done|'ve done|put you through)(?:\s+to\s+(?:you|ya))?)/g,
  },
  {
    re: /\b(?<s>i\s+(?:took|have taken|'ve taken|stole)\s+(?:away\s+)?(?:your|ya)\s+(?:sense|trust|peace|safety|confidence|joy|dignity|faith|security|innocence|hope|hopes|belief|freedom|voice|\w+ of)(?:\s+\w+){0,3})/g,
  },
  // "I understand the pain you felt", "the look on your face", "what it was like for you"
  {
    re: /\b(?<s>the\s+(?:pain|hurt|fear|embarrassment|humiliation|loneliness|shame|grief|heartbreak|betrayal|confusion|anxiety)\s+(?:that\s+)?(?:you|ya)\s+(?:felt|feel|went through|carried|must have felt|experienced|suffered|were in|lived with)(?:\s+\w+){0,3})/g,
  },
  {
    re: /\b(?<s>the look on (?:your|ya) face(?:\s+\w+){0,4})/g,
    check: (_m, s) => /\b(?:i|me|my)\b/.test(s.text),
  },
  {
    re: /\b(?<s>what (?:it|that|this|those \w+|that \w+) (?:was|were|must have been|has been) like for (?:you|ya))\b/g,
  },
  {
    re: /\b(?<s>how (?:it|this|that) (?:felt|must have felt|made you feel)(?:\s+for (?:you|ya))?(?:\s+\w+){0,3})/g,
  },
  {
    re: /\b(?<s>(?:i|it|that|what i did|my \w+)\s+made\s+(?:things|it|everything|life|your life|that year|the \w+)\s+(?:so\s+|much\s+|a lot\s+|even\s+)?(?:harder|worse|more difficult|unbearable|hell)(?:\s+for (?:you|ya))?)/g,
  },
  {
    re: /\b(?<s>(?:you|ya)\s+were\s+(?:so\s+|completely\s+|utterly\s+)?(?:humiliated|devastated|crushed|heartbroken|terrified|traumati[sz]ed|shattered|broken|alone|isolated)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => /\b(?:i|me|my)\b/.test(s.text) && !/\bsorry\b/.test(s.text),
  },
  {
    // "how unfair that was" judges the act (responsibility); the experience is "how lonely that was"
    re: /\b(?<s>how\s+(?!(?:unfair|wrong|cruel|selfish|manipulative|unkind|mean|dishonest|disrespectful|controlling|petty|childish|stupid|immature|cowardly|low|nasty|out of order)\b)\w+\s+(?:it|this|that)\s+(?:felt|was|must have been|must have felt)(?:\s+for (?:you|ya))?)/g,
  },
  {
    re: /\b(?<s>(?:you|ya)\s+(?:had to|were left to|ended up having to|got left to)\s+(?:deal with|handle|explain|cope with|pick up (?:the pieces|after me|my mess|the mess)|clean up|face|sort out|manage|carry|tell|hold)(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "you deserved better"
  {
    re: /\b(?<s>(?:you|ya)\s+(?:deserved|deserve|deserves)\s+(?:so much\s+|far\s+|much\s+|a lot\s+)?better(?:\s+than\s+\w+(?:\s+\w+){0,2})?)/g,
  },
  // "You had to deal with everything alone", "you sat in that waiting room alone"
  {
    re: /\b(?<s>(?:you|ya)\s+(?:had to|were left|were the one (?:left|who)|ended up|sat|waited|grieved|coped|cried|dealt|did|raised|handled|carried|spent|went through|faced)\b[^.!?]{0,60}?\b(?:alone|on your own|by yourself|without me|all by yourself|largely alone))\b/g,
  },
  {
    re: /\b(?<s>(?:you|ya)\s+(?:\w+\s+){1,8}?(?:because of me|because i|because of what i|thanks to me|over what i did))\b/g,
    check: (m) =>
      !/^(?:you|ya)\s+(?:are|were|'re|made|make|did|do|said|told|think|thought|blame|hate|left|should|know|knew|heard|asked|saw|see|got|get|can|could|will|would|'ll|need|want)\b/.test(
        m[0],
      ),
  },
  // "the pain I caused", "what I put you through", "how much damage my lying did"
  {
    re: /\b(?<s>(?:the\s+)?(?:hurt|pain|damage|harm|stress|grief|anxiety|fear|shame|humiliation|trauma|mess)\s+(?:that\s+)?(?:i|i've|i have|my \w+)\s+(?:caused|did|done|brought|inflicted|put you through|created|gave|have given|'ve given)(?:\s+(?:you|ya))?)/g,
  },
  {
    re: /\b(?<s>(?:i|i've|i have|i had|what i)\s+(?:caused|put)\s+(?:you|ya)\s+(?:through|in (?:that|a|an|this)|so much|a lot of|pain|hurt|harm|grief|stress|distress|anxiety|through hell)(?:\s+\w+){0,3})/g,
  },
  {
    re: /\b(?<s>(?:it|that|this|what i did|my \w+)\s+(?:cost|took from|took away from)\s+(?:you|ya)\b(?:\s+\w+){0,4})/g,
  },
  // "I know they've stayed with you for years"; "you weren't overreacting"
  {
    re: /\b(?<s>(?:it|that|they|those words|what i said)(?:\s+(?:have|has)|'ve|'s)?\s+(?:stayed|stuck) with (?:you|ya))\b/g,
  },
  {
    re: /\b(?<s>(?:you|ya)(?:\s+(?:aren't|weren't|are not|were not|never were)|'re not)\s+(?:overreacting|making too much of (?:this|it)|being dramatic|too sensitive|being too sensitive|imagining (?:it|things)))\b/g,
    negation: false,
  },
  // the burden they carried: "You had to hold it together while I made a scene", "You were the one left explaining"
  {
    re: /\b(?<s>(?:you|ya)\s+(?:had to|ended up|were left|got left|were forced to|were the one (?:left|who had to|stuck)|are the one who has to|were the one who had to)\s+(?!(?:find out|hear|learn|discover|read about|see it)\b)\w+(?:\s+[^\s,.;:!?]+){0,6})/g,
    check: (_m, s) => /\b(?:i|me|my|sorry)\b/.test(s.text),
  },
  {
    re: /\b(?<s>(?:you|ya)\s+(?:(?:finally|eventually|slowly|just|even)\s+)?(?:stopped (?:laughing|trusting|believing|sleeping|eating|talking|reaching|trying|feeling|going out|asking|singing|smiling|coming)|gave up (?:a|your|on|so much|everything|years)|lost (?:your|ya|a|the|years|precious|sleep|friends|faith|trust|confidence|so much|time)|walked on eggshells|(?:were|felt|was) (?:scared|afraid|frightened|terrified) of me|felt (?:so |really |completely |totally |utterly )?(?:alone|lonely|humiliated|abandoned|betrayed|invisible|worthless|small|stupid|ashamed|unsafe|unloved|unwanted|like (?:a|an|the|you|nothing|dirt|an afterthought))|cried (?:yourself|every|for|alone|in)|were stuck|got stuck|started (?:to (?:believe|doubt|think|blame|question)|doubting|blaming|believing|thinking|questioning|editing)|blamed yourself|doubted yourself|defended me|covered for me|carried (?:the|my|that|it|all|so)|spent (?:years|months|weeks|that|two|three|the whole|nights|so long|every|a year))\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    check: (m, s) =>
      /\b(?:i|me|my|sorry)\b/.test(s.text) && !/\b(?:first|long before|before i did)\b/.test(m[0]),
  },
  { re: /\b(?<s>(?:you|ya)\s+(?:were\s+)?(?:walking|walked) on eggshells)\b/g },

  // "im sorry for hurting u", "I knew it would hurt", "I knew it was hurting you"
  {
    re: /\b(?<s>(?:for|about)\s+(?:hurting|humiliating|embarrassing|scaring|frightening|betraying|belittling|breaking (?:your|ya) (?:trust|heart))\s+(?:you|ya|your)?)/g,
  },
  {
    re: /\b(?<s>i\s+(?:knew|know)\s+(?:(?:it|that|this|i|they|those words|what i was doing)\s+)(?:would|was|were|could|might)\s+(?:\w+\s+)?(?:hurt|hurting|crush|crushing|humiliate|humiliating|devastate|upset|upsetting|scare|scaring|destroy|destroying|break|breaking)(?:\s+(?:you|ya))?)/g,
  },
  { re: /\b(?<s>to hurt (?:you|ya),? and it did)\b/g },
  {
    re: /\b(?<s>(?:it|that|this|which|i|what i did|my \w+)\s+caused (?:you|ya) (?:\w+\s+){0,2}(?:pain|hurt|harm|grief|stress|distress|anxiety|embarrassment|humiliation|shame|trouble|problems|heartache|damage|suffering|fear)\b)/g,
  },
  // "I never meant to hurt you, and I did anyway", "i didnt want to upset u but i did"
  {
    re: /\b(?<s>(?:mean|meant|want|wanted|intend|intended)\s+to\s+(?:hurt|upset|scare|frighten|humiliate|embarrass)\s+(?:you|ya)\b,?\s+(?:and|but)\s+i\s+(?:did|have|still did)(?:\s+anyway)?)\b/g,
    negation: false,
    // the hurt not intended: "I wanted to hurt you and I did" is not an acknowledgement
    check: (m, s) =>
      /\b(?:never|not|didn't|did not|don't|do not|wasn't)\s+(?:\w+\s+)?$/.test(
        s.text.slice(Math.max(0, m.index - 20), m.index),
      ),
  },
  // "I made Christmas miserable for you and the kids", "i made that whole year hell for u"
  {
    re: /\b(?<s>(?:i|it|that|what i did|my \w+)(?:'ve|\s+have|\s+has)?\s+(?:\w+ly\s+)?made\s+(?:(?:your|ya|our|the|that|this|last|every|those)\s+)?(?:[\w']+\s+){0,3}?(?:hell|miserable|a misery|a nightmare|unbearable|awful|horrible|lonely|frightening|so hard|harder|difficult)\s+for\s+(?:you|ya|the kids|the children|both of you|all of you|everyone)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  // "I broke something between us that took years to build"
  {
    re: /\b(?<s>i(?:'ve|\s+have)?\s+(?:\w+ly\s+)?(?:broke|broken|damaged|destroyed|wrecked|ruined|killed|lost)\s+something\s+(?:between us|we (?:had|built|shared)|that (?:took|was|we)|precious|special)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "I know the kids were frightened, and so were you"
  {
    re: /\b(?<s>i\s+(?:know|knew|saw|could see|understand|realise|realize)\s+(?:that\s+)?(?:the kids|the children|our (?:kids|children|son|daughter|boy|girl|boys|girls)|(?:they|he|she)(?=\s+(?:were|was|felt|got)\s+\w+\s+and so (?:were|did) (?:you|ya)\b))\s+(?:were|was|felt|got)\s+(?:so\s+|really\s+)?(?:scared|frightened|terrified|afraid|upset|humiliated|embarrassed|hurt|devastated|confused|shaken|crying|distressed)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "u were hurt and i was the one who hurt u"
  {
    re: /\b(?<s>i\s+was\s+the\s+one\s+who\s+(?:hurt|scared|humiliated|betrayed|broke)\s+(?:you|ya|your))\b/g,
  },
  // consequences named: "you paid for it", "you spent four months … because of my lie", "it cost you your job",
  // "I know you woke up to an empty flat", "the trust you had in me was wrecked by me", "I let you believe…"
  {
    re: /\b(?<s>(?:you|ya) (?:\w+ly )?(?:paid|were paying|have paid|'ve paid) (?:for (?:it|that|this|all of it|my \w+)|the price))\b/g,
  },
  {
    re: /\b(?<s>(?:you|ya)\b[^.!?]{3,80}?\bbecause of (?:me|my (?:\w+ )?(?:lie|lies|lying|choices?|drinking|gambling|affair|actions|behaviou?r|absence|silence|temper|decisions?|mistakes?|selfishness|cowardice)|what i (?:did|said|chose|hid)))\b/g,
    check: (m) => !/\b(?:you|ya) (?:can|could|should|might|will|'ll)\b/.test(m[0]),
  },
  {
    re: /\b(?<s>(?:i|my \w+|that|it|which|this) (?:\w+ly )?(?:cost|robbed|took from|stole from|denied) (?:you|ya) (?:your|the|years|months|weeks|time|sleep|friends|a job|trust|peace|confidence|a chance|everything|so much|a lot|more than)(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    re: /\b(?<s>i know (?:that )?(?:you|ya) (?:\w+ly )?(?:woke up to|spent (?:nights|weeks|months|years|days|hours)|went through|sat (?:alone|up|with)|lay awake|were left (?:alone|to)|carried|cried|couldn't (?:sleep|eat|trust|breathe)|stopped (?:trusting|sleeping|eating|believing)|had to (?:explain|pick up|cope|deal|face|carry|tell|manage|hold|go through|find out))(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  {
    re: /\b(?<s>(?:the|your) trust (?:you (?:had|put) in me |you gave me )?(?:was|got|has been) (?:\w+ly )?(?:wrecked|broken|destroyed|shattered|betrayed|ruined|damaged) by me)\b/g,
  },
  {
    re: /\b(?<s>i (?:let|made) (?:you|ya) (?:believe|think|doubt|question) (?:you were (?:imagining|crazy|paranoid|wrong|overreacting)|yourself|your own|it was (?:you|your fault))(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  // "it took something from you", "I stole years from you", "I robbed you of the chance to say goodbye"
  {
    re: /\b(?<s>(?:i|it|that|this|which|what i did|my \w+)(?:'ve|\s+have|\s+has)?\s+(?:took|taken|stole|stolen|robbed)\s+(?:something|so much|a lot|a part|part|years|months|the best years|the joy|things|time)\b[^.!?]{0,20}?\bfrom (?:you|ya)\b|i(?:'ve|\s+have)?\s+(?:robbed|deprived|cheated)\s+(?:you|ya)\s+(?:of|out of)\s+\w+(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I wasted years of your life", "I wasted your time"
  {
    re: /\b(?<s>i(?:'ve|\s+have)?\s+(?:\w+ly\s+)?wasted\s+(?:(?:so much|so many|all|the best|years|months|\w+ years|\w+ months) (?:of )?)?(?:your|ya)\s+(?:time|years|life|youth|twenties|thirties|forties|savings|money|energy|love|best years|effort|patience|chance))\b/g,
  },
  // "I ruined your birthday", "I damaged your relationship with your family", "I spoiled what should have been your day"
  {
    re: /\b(?<s>(?:i|it|that|what i did|my (?:\w+\s+)?(?:lies|lying|drinking|gambling|affair|temper|behaviou?r|actions|cheating))(?:'ve|\s+have|\s+has)?\s+(?:\w+ly\s+)?(?:ruined|spoiled|spoilt|wrecked|destroyed|damaged|harmed|tainted|soured|poisoned|strained|trashed)\s+(?:your|ya|what should have been|our (?:anniversary|holiday|wedding|trip|weekend|christmas))\b(?:\s+[^\s,.;:!?]+){1,5})/g,
    apology: true,
  },
  // "I chipped away at your confidence", "I wore you down", "I broke something in you"
  {
    re: /\b(?<s>(?:i|it|that|what i did|my \w+)(?:'ve|\s+have|\s+has)?\s+(?:\w+ly\s+)?(?:chipped away at|eroded|undermined|drained|killed|crushed|flattened|dimmed|broke|shook|shaken|rattled|knocked|dented|battered|shattered)\s+(?:your|ya)\s+(?:confidence|self-esteem|self-worth|spirit|joy|light|energy|sense of \w+|belief|faith|hope|trust|happiness|sparkle|spark|heart|will)\b|(?:i|it|that|what i did|my \w+)(?:'ve|\s+have|\s+has)?\s+(?:wore|worn|ground|wearing)\s+(?:you|ya)\s+down\b|(?:i|it|that|what i did|my \w+)(?:'ve|\s+have|\s+has)?\s+(?:broke|broken|damaged|killed|hurt)\s+(?:something|a part of|part of)\s+(?:in|of)?\s*(?:you|ya)\b)/g,
  },
  // "I let you down", "I let you down when you needed me most"
  {
    re: /\b(?<s>i(?:'ve|\s+have)?\s+(?:\w+ly\s+)?(?:let|kept letting)\s+(?:you|ya)\s+down)\b(?!\s+(?:gently|easy|easily|lightly|softly|kindly|slowly))(?:\s+(?:so (?:badly|much|bad)|badly|again|when you needed me(?: most)?))?/g,
  },
  // "You were left picking up the pieces", "I turned your friends against you"
  {
    re: /\b(?<s>(?:you|ya)\s+(?:were|was|got|have been|'ve been)\s+left\s+(?:picking up|to pick up|holding|cleaning up|to clean up|to deal with|dealing with|to cope|coping|to explain|explaining|with nothing|with the (?:bills|debt|kids|mess))\b(?:\s+[^\s,.;:!?]+){0,4}|i\s+turned\s+(?:your|ya)\s+(?:\w+\s+){0,2}against (?:you|ya)\b)/g,
  },
  // "You were so scared that night, and I did that"
  {
    re: new RegExp(
      raw`\b(?<s>(?:you|ya)\s+(?:were|felt|looked|seemed)\s+(?:so\s+|really\s+|completely\s+|utterly\s+)?${FEELINGS})`,
      'g',
    ),
    check: (_m, s) =>
      /\b(?:i did that|i caused (?:it|that)|that was (?:me|on me|my fault|my doing)|that's on me|that is on me|it was my fault|because of me|my fault|thanks to me|i made (?:it|that) happen)\b/.test(
        s.text,
      ),
  },
  // "I know how abandoned you felt", "I understand why that feels like a violation"
  {
    re: new RegExp(
      raw`\b(?<s>i\s+(?:know|knew|understand|realise|realize|can see|see|get|now see|now understand)\s+(?:now\s+)?how\s+(?:\w+\s+)?${FEELINGS}(?:\s+and\s+\w+)?\s+(?:you|ya)\s+(?:felt|were|must|have|'ve|feel|are|'re|got))`,
      'g',
    ),
  },
  {
    re: /\b(?<s>i\s+(?:completely\s+|fully\s+|totally\s+|now\s+)?(?:understand|get|see|know|can see)\s+(?:now\s+)?why\s+(?:you|ya|that|it|this)\s+(?:feel|felt|feels|are|were|'re|can't|couldn't|don't|didn't|left|want|need|stopped|hate|lost|would|might)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "That was your night and I made it about me", "what it did to your credit score"
  {
    re: /\b(?<s>i\s+(?:\w+ly\s+)?made\s+(?:it|that|the (?:night|day|evening|wedding|funeral|party|whole thing)|your \w+(?: \w+)?)\s+(?:all\s+)?about me)\b/g,
  },
  {
    re: /\b(?<s>what\s+(?:it|that|this|i|my \w+)\s+(?:did|has done|have done|'s done|'ve done|was doing)\s+to\s+(?:you|ya|your)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  // "You were the one left explaining to the kids"
  {
    re: /\b(?<s>(?:you|ya)\s+were\s+(?:the one|the only one)\s+(?:left\s+|stuck\s+)?(?:explaining|picking up|cleaning up|holding|dealing|coping|answering|telling|covering|carrying|making excuses)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "that night still haunts you", "I made home feel unsafe for you"
  {
    re: /\b(?<s>(?:it|that|this|that night|that day|what i (?:did|said)|those words|the memory|the things i said)\s+(?:still\s+)?(?:haunts|haunted|stays with|follows|followed|weighs on|weighed on|eats at|ate at|keeps you up|kept you up)\s+(?:you|ya)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  {
    re: /\b(?<s>(?:i|it|that|what i did|my \w+)(?:'ve|\s+have|\s+has)?\s+(?:made|turned)\s+(?:home|our home|the house|the flat|your home|your own home|every day|our bed|the kitchen)\s+(?:feel\s+|into\s+)?(?:unsafe|scary|frightening|like a prison|a prison|tense|hostile|miserable|cold|a minefield|a war zone|like a war zone|lonely)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  // "I made your last year at uni hell", "You've been carrying this on your own"
  {
    re: /\b(?<s>(?:i|it|that|what i did|my \w+)(?:'ve|\s+have|\s+has)?\s+made\s+(?:your|ya)\s+(?:[\w']+\s+){0,4}?(?:hell|a misery|miserable|a nightmare|unbearable|lonely|frightening))\b/g,
  },
  {
    re: /\b(?<s>(?:you|ya)(?:'ve|\s+have)?\s+(?:been\s+)?(?:carrying|carried|dealing with|dealt with|coping with|coped with|holding|held)\s+(?:this|that|it|all of (?:it|this|that)|everything|so much)\s+(?:on your own|alone|by yourself|all by yourself)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  {
    re: /\b(?<s>i\s+(?:can|could)\s+tell\s+how\s+(?:much|badly|deeply|hard)\s+(?:it|that|this|i|my \w+)\s+(?:hurt|shook|scared|upset|humiliated|affected|cost|crushed|rattled)\s+(?:you|ya)\b)/g,
  },
];

/** What fear kept them from doing: "you were scared to come home", "afraid to tell me anything". */
const AFRAID_TO = raw`(?:come home|go home|tell me|speak|talk to me|ask me|say (?:anything|no|how|what)|bring (?:it|anything|things) up|answer|be honest|disagree|leave|stay|sleep|open (?:up|the door)|look at me|be alone with me|upset me|make me angry|cry|raise (?:it|anything)|be yourself|argue|push back|check your phone|pick up|go out|see your friends|spend money|have friends over)`;

const MORE: Pattern[] = [
  // "You couldn't trust anything I said after that", "you stopped being able to believe me"
  {
    keys: keys("couldn't|can't|cannot|not|stopped|longer"),
    re: /\b(?<s>(?:you|ya)\s+(?:couldn't|could not|can't|cannot|can no longer|could no longer|no longer|stopped being able to|never could|didn't|did not|don't|do not)\s+(?:fully\s+|really\s+|ever\s+)?(?:trust|believe|rely on|count on|feel safe (?:with|around)|relax (?:with|around))\s+(?:anything|a word|a single word|what|me|anyone|people|yourself|your own|a thing|the things|men|women|partners)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    negation: false,
  },
  // "You lost sleep over it", "you lost your friendship with Nadia over this"
  {
    keys: keys('lost|losing'),
    re: /\b(?<s>(?:you|ya)(?:'ve|\s+have)?\s+(?:lost|were losing|ended up losing)\s+(?:so much\s+)?(?:sleep|your (?:friend|friendship|friends|confidence|faith|trust|appetite|sense of \w+|spark|joy|peace|self-respect|self-esteem|belief|voice)|friends|(?:precious |so much |years of |months of |time )?time with|years|months|faith in|trust in|touch with|yourself|a friend|the friendship|friendships|your place|your home)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    check: (m, s) =>
      /\b(?:sleep|confidence|faith|trust|self-respect|self-esteem|yourself|joy|spark|voice|peace)\b/.test(
        m[0],
      ) ||
      /\b(?:over (?:it|this|that|me|what i|my)|because|after (?:that|it|what i)|thanks to me|through (?:it|me|this))\b/.test(
        s.text,
      ),
  },
  // "you were scared to come home", "afraid to tell me anything", "ashamed in front of the neighbours"
  {
    keys: keys('scared|afraid|frightened|terrified|ashamed|embarrassed|humiliated|nervous'),
    re: new RegExp(
      raw`\b(?<s>(?:you|ya)\s+(?:were|felt|got|have been|'ve been|became|grew)\s+(?:so\s+|really\s+|too\s+|always\s+|often\s+|constantly\s+)?(?:scared|afraid|frightened|terrified|nervous|ashamed|embarrassed|humiliated)(?:\s+and\s+(?:scared|afraid|frightened|terrified|ashamed|embarrassed|humiliated))?\s+(?:to ${AFRAID_TO}|of (?:me|my|what i|how i|the way i)|in front of (?:the|your|our|everyone|people|them|him|her|\w+'s)|(?:that|when|whenever|every time|if) i\b|i'd\b|i would\b))(?:\s+[^\s,.;:!?]+){0,4}`,
      'g',
    ),
  },
  // "you had to walk on eggshells", "You never knew which version of me was coming home"
  { keys: keys('eggshells'), re: /\b(?<s>(?:you|ya)\b[^.!?]{0,30}?\bwalk(?:ed|ing)? on eggshells)\b/g },
  {
    keys: keys('knew|know'),
    re: /\b(?<s>(?:you|ya)\s+(?:never|didn't|did not|couldn't|could not|never once)\s+(?:knew|know)\s+(?:which|what|when|where|if|whether|who)\s+(?:version of me|mood|me|i|i'd|i was|i would|to expect|you'd get|you would get|was coming)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    negation: false,
  },
  // "I've made it hard for you to trust anyone", "I made it impossible for you to relax"
  {
    keys: keys('made|make'),
    re: /\b(?<s>(?:i|it|that|what i did|my \w+)(?:'ve|\s+have|\s+has)?\s+(?:made|make)\s+it\s+(?:so\s+|really\s+|almost\s+|nearly\s+)?(?:hard|harder|impossible|difficult|so hard|unbearable|scary|frightening|painful)\s+for (?:you|ya) to\s+\w+(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "Because of me, you don't feel safe in your own home"
  {
    keys: keys('because'),
    re: /\b(?<s>because of (?:me|what i did|what i said|my (?:\w+\s+)?(?:lies|lying|drinking|gambling|affair|temper|choices|behaviou?r|actions|cheating|silence|absence)),?\s+(?:you|ya)\b(?:\s+[^\s,.;:!?]+){1,7})/g,
  },
  // "You trusted me and I threw it away", "I let you defend me to your friends"
  {
    keys: keys('trusted'),
    re: /\b(?<s>(?:you|ya) trusted me\b[^.!?]{0,30}?\b(?:and|but)\s+i\s+\w+(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    keys: keys('let'),
    re: /\b(?<s>i\s+(?:let|left)\s+(?:you|ya)\s+(?:defend me|carry|take the blame|take the fall|pay for|cover for me|apologi[sz]e|explain|believe|think|wonder|worry|wait up|wait for|blame yourself|go through|face|deal with|make excuses|pick up the pieces|clean up|lie for me)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "I made a fool of you", "I made you look stupid in front of everyone"
  {
    keys: keys('fool|look'),
    re: /\b(?<s>(?:i|it|that|what i did|my \w+)\s+(?:makes|made)\s+(?:a fool (?:out\s+)?of (?:you|ya)|(?:you|ya) look (?:stupid|foolish|like (?:a|an) (?:fool|idiot|liar)|bad|small|ridiculous|weak|silly|crazy|naive|pathetic))\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "You had every right to be angry", "your anger makes sense", "your reaction was fair"
  {
    keys: keys('right|reason|sense|fair|justified|valid|understandable|reasonable'),
    re: /\b(?<s>(?:you|ya)\s+(?:had|have)\s+every (?:right|reason)\s+to\s+(?:be (?:angry|upset|hurt|furious|scared|afraid|suspicious|done|livid|wary|cautious|sad|gutted)|feel (?:the way|how|what|that|angry|hurt|betrayed|upset)|leave|walk away|end it|go|not trust me|stop trusting me|doubt me|hate me|be done with me|say no|keep your distance|want space|cut me off|react)|(?:your|ya)\s+(?:anger|reaction|feelings|hurt|fear|distrust|suspicion|response|rage|silence|distance)\s+(?:makes|make|made)\s+(?:complete |total |perfect )?sense|(?:your|ya)\s+(?:anger|reaction|feelings|hurt|fear|distrust|suspicion|response|silence)\s+(?:is|was|are|were)\s+(?:completely |totally |entirely |perfectly |absolutely |100% )?(?:fair|justified|valid|reasonable|understandable|right|earned|deserved))\b/g,
  },
  // "You should never have had to hear that on your own"
  {
    keys: keys("should|shouldn't|never"),
    re: /\b(?<s>(?:you|ya)\s+(?:should never have|shouldn't have|should not have|never should have|never should've|shouldn't've|should never've)\s+had to\s+\w+(?:\s+[^\s,.;:!?]+){0,6})/g,
    negation: false,
  },
  // "You spent years thinking you'd done something wrong"
  {
    keys: keys('spent'),
    re: /\b(?<s>(?:you|ya)\s+spent\s+(?:years|months|weeks|nights|so long|ages|the whole \w+|every \w+|that whole \w+|(?:so )?many (?:nights|years|months))\s+(?:thinking|wondering|blaming yourself|believing|worrying|crying|waiting|doubting|feeling|apologi[sz]ing|second-guessing|checking|questioning|covering|making excuses|defending me|explaining|picking up|cleaning up|scared|afraid|alone|on your own|by yourself)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "the kids were angry at you and you had no idea why"
  {
    keys: keys('idea'),
    re: /\b(?<s>(?:you|ya)\s+(?:had|have)\s+no idea\s+(?:why|what (?:was|had) (?:happening|going on|wrong|happened)|what you'd done|what you had done))(?=\s*(?:[.,;:!-]|$|\band\b))/g,
  },
  // "what it actually did was leave you talking to a closed door", "I left you waiting for hours"
  {
    keys: keys('left|leave|leaving'),
    re: /\b(?<s>(?:i|it|that|this|my \w+|what (?:it|i|that) (?:really |actually )?did was)\s+(?:(?:always|often|just)\s+)?(?:leave|leaving|left)\s+(?:you|ya)\s+(?:talking to|waiting|wondering|guessing|crying|doubting|questioning|holding|carrying|explaining|picking up|cleaning up|covering|worrying|hanging|in the dark|with nothing|to pick up)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // the burden they carried: "you had to hide your savings", "you had to explain to everyone"
  {
    keys: keys('had'),
    re: /\b(?<s>(?:you|ya)\s+(?:(?:always|often|then|still|even)\s+)?had to\s+(?:hide|lie|explain|pretend|beg|ask (?:permission|me for)|cover for|apologi[sz]e|defend|protect (?:yourself|the kids|them)|hold (?:it|everything|things|the family) together|cope|deal with|face|pick up the pieces|keep (?:it|secrets|quiet|it together)|sneak|watch (?:me|your back)|walk on|tiptoe|chase|wonder|guess|manage (?:everything|it all|alone|on your own)|go through|sit (?:through|alone)|endure|put up with|tell (?:the kids|your|everyone|people|them)|look after|carry|fight)\b(?:\s+[^\s,.;:!?]+){0,6})/g,
  },
  // "I can still see your face the day you found it"
  {
    keys: keys('face'),
    re: /\b(?<s>i\s+(?:can\s+)?(?:still\s+(?:see|picture|remember)\s+(?:your|ya)\s+face|(?:see|picture|remember)\s+(?:your|ya)\s+face\s+(?:when|the day|the moment|that night|as|after))(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "I took your choices away from you"
  {
    keys: keys('took|taken'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:took|taken)\s+(?:away\s+)?(?:your|ya)\s+(?:choices?|chance|voice|say|freedom|independence|friends|time|years|youth|future|options|right to \w+|ability to \w+|best years|peace|privacy|joy|innocence|choice)(?:\s+away)?(?:\s+from (?:you|ya))?)/g,
  },
  // "you got nothing back", "you never heard back from me"
  {
    keys: keys('nothing|heard'),
    re: /\b(?<s>(?:you|ya)\s+(?:got|heard|received)\s+(?:nothing|no (?:reply|answer|response|word))(?:\s+back)?(?:\s+from me)?|(?:you|ya)\s+never heard (?:back )?from me)\b/g,
  },
  // "that must have hurt", "you must feel so betrayed", "I know you're hurting"
  {
    keys: keys('must'),
    re: /\b(?<s>(?:that|it|this|which)\s+must(?:\s+have|'ve|\s+of)\s+(?:hurt|stung|crushed you|broken your heart|gutted you|floored you|scared you|humiliated you)|(?:you|ya)\s+must\s+(?:feel|be feeling|be)\s+(?:so\s+|really\s+|completely\s+)?(?:betrayed|angry|hurt|humiliated|furious|devastated|exhausted|heartbroken|confused|alone|lonely|scared|used|foolish|sick|gutted|crushed|let down|so let down))\b/g,
  },
  {
    keys: keys('know'),
    re: /\b(?<s>i\s+(?:know|understand|can see|see|get)\s+(?:that\s+)?(?:you're|you are|ya)\s+(?:still\s+|so\s+|really\s+)?(?:hurting|in pain|heartbroken|devastated|grieving|scared of me|afraid of me|wary of me|frightened of me))\b/g,
  },
  // "I can only imagine the pain", "seeing you cry"
  {
    keys: keys('imagine'),
    re: /\b(?<s>i\s+(?:can\s+(?:only\s+)?|can't\s+(?:even\s+|begin to\s+)?)imagine\s+(?:the|your)\s+(?:pain|hurt|fear|humiliation|embarrassment|shock|betrayal|confusion|loneliness|anger|grief|heartbreak)(?:\s+[^\s,.;:!?]+){0,4})/g,
    negation: false,
  },
  {
    keys: keys('seeing|watching|hearing|saw|watched|heard'),
    re: /\b(?<s>(?:seeing|watching|hearing|i saw|i watched|i heard)\s+(?:you|ya)\s+(?:cry|crying|so upset|hurt|hurting|suffer|suffering|in pain|break down|breaking down|fall apart|falling apart|shaking|sob|sobbing|scream)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => /\b(?:i|me|my)\b/.test(s.text),
  },
  // "while you were hurting, I was out drinking"
  {
    keys: keys('hurting|struggling|suffering|pain|falling|drowning|coping|lowest|wreck'),
    re: /\b(?<s>(?:you|ya)\s+(?:were|was)\s+(?:(?:so|really|barely|clearly|obviously)\s+)?(?:hurting|struggling|suffering|in (?:so much |real |a lot of )?pain|falling apart|drowning|barely coping|not coping|a wreck|at your lowest|breaking))\b/g,
    check: (_m, s) => /\b(?:i|me|my)\b/.test(s.text),
  },
  // "I put you in danger", "I put the kids at risk"
  {
    keys: keys('danger|risk'),
    re: /\b(?<s>i(?:'ve| have)?\s+put\s+(?:you|ya|the kids|our kids|the children|our children|your \w+|all of you|both of you)\s+(?:in danger|at risk|in harm's way|in a dangerous)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  // "You were home with a sick baby while I was out drinking", "you believed in me while I was lying to you"
  {
    keys: keys('while|whilst'),
    re: /\b(?<s>(?:you|ya)\s+(?:were|was|sat|stayed|waited|cried|worked|held|looked after|cared for|grieved|believed|defended|trusted|did|carried|handled|raised|kept|spent|paid|covered|planned|saved|lay|stood)\b[^.!?]{0,60}?\b(?:while|whilst) i\s+(?:was (?:(?:still|just|busy)\s+)?(?:out|drinking|gambling|betting|lying|cheating|with (?:her|him|them|someone)|at the pub|at the casino|partying|on my phone|texting (?:her|him)|making a fool|hiding|seeing (?:her|him|someone)|somewhere else|away)|went out|stayed out|lied|cheated|drank|gambled|partied|slept with|played|chose|spent (?:it|the money|our|your)|kept (?:lying|drinking|gambling|seeing))\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // narrated consequences in a letter: "you came home to an empty house", "you found the messages yourself"
  {
    keys: keys('came|come'),
    re: /\b(?<s>(?:you|ya)\s+(?:came|come|got|went) home to (?:an empty|a dark|a cold|nothing|no one|nobody|a locked|an empty bed|a note|a mess|bailiffs|the police)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    keys: keys('found|discovered|saw|read|came|stumbled'),
    re: /\b(?<s>(?:you|ya)\s+(?:found|discovered|came across|stumbled on|had to find)\s+(?:out\s+)?(?:the|my|those|them|all the|her|his)\s+(?:\w+\s+)?(?:messages|texts|receipts|bottles|letters|photos|pictures|statements|emails|dms|chats|evidence|truth|lies|debts?|betting slips|bank statements|affair|app)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (m, s) =>
      !/\b(?:when|after|before|once|until|since|by the time|the day|the moment|if)\s+$/.test(
        s.text.slice(Math.max(0, m.index - 20), m.index),
      ),
  },
  {
    keys: keys('tell|last'),
    re: /\b(?<s>(?:your|ya) (?:sister|brother|mum|mom|dad|friend|friends|best friend|mate|boss|neighbour|neighbor|family|kids|daughter|son)\s+had to tell (?:you|ya)|(?:someone|a stranger|the bank|the police|the school|strangers|other people) had to tell (?:you|ya)|(?:you|ya) were the last (?:one |person )?to (?:know|find out|hear))\b(?!\s+about (?:the party|the plans|the surprise))/g,
  },
  {
    keys: keys('took'),
    re: /\b(?<s>it took (?:you|ya) (?:\w+\s+){0,2}?(?:months|years|weeks|ages|a long time|so long|forever) to (?:feel (?:safe|okay|ok|normal|like yourself)|trust|sleep|stop (?:crying|shaking|checking|flinching)|believe|be (?:okay|ok|yourself)|get over|leave the house|go out|laugh|eat)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    keys: keys('saw|watched|heard'),
    re: /\b(?<s>(?:the kids|our kids|the children|our (?:son|daughter|boy|girl)|they|she|he|everyone|your (?:mum|mom|dad|parents|friends|family))\s+(?:saw|watched|heard)\s+(?:you|ya)\s+(?:cry|crying|so upset|hurt|hurting|break down|breaking down|fall apart|falling apart|shaking|sob|sobbing|humiliated)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    keys: keys('both|parents|everything|strong'),
    re: /\b(?<s>(?:you|ya)\s+had to be\s+(?:both parents|mum and dad|mom and dad|everything|the strong one|the adult|the grown-up|the one holding (?:it|everything) together|the only parent))\b/g,
  },
  {
    keys: keys('waited'),
    re: /\b(?<s>(?:you|ya)\s+(?:waited|sat) up\s+(?:for me|all night|until|night after night|every night)(?:\s+[^\s,.;:!?]+){0,4}|(?:you|ya)\s+waited\s+(?:for me|by the phone|and waited|for hours|all night|night after night)(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "nobody should have to go through that", "not something you should ever have had to deal with"
  {
    keys: keys('nobody|no|should'),
    re: /\b(?<s>(?:no one|nobody|noone)\s+should (?:ever\s+)?(?:have|'ve) to (?:go through|live with|deal with|feel|hear|find out|experience|put up with|carry|face)(?:\s+[^\s,.;:!?]+){0,4}|(?:something|nothing|not something|not what) (?:you|ya) should (?:ever\s+)?(?:have|'ve) (?:had\s+)?to (?:go through|live with|deal with|feel|hear|find out|experience|put up with|carry|face)(?:\s+[^\s,.;:!?]+){0,4})/g,
    negation: false,
  },
  // "you doubted your own sanity", "you started to believe you were the problem", "you felt like you were going mad"
  {
    keys: keys('doubted|questioned|second-guessed|started|began|felt|feel'),
    re: /\b(?<s>(?:you|ya)\s+(?:doubted|questioned|second-guessed|stopped trusting)\s+(?:your own|yourself|your sanity|your memory|your judg(?:e)?ment|everything|your instincts|your gut)(?:\s+[^\s,.;:!?]+){0,3}|(?:you|ya)\s+(?:started|began)\s+(?:to\s+)?(?:believe|believing|think|thinking|doubt|doubting|question|questioning|blame|blaming)\s+(?:you|yourself|your own|that you|it was you|it was your)(?:\s+[^\s,.;:!?]+){0,4}|(?:you|ya)\s+(?:felt|feel|started to feel|began to feel)\s+(?:so\s+|really\s+)?(?:like you were|like you're|as if you were|as though you were)\s+(?:going mad|going crazy|crazy|mad|losing your mind|the problem|invisible|nothing|a burden|worthless|to blame|not enough|unwanted|unloved|stupid|a fool|imagining (?:it|things)|paranoid|overreacting|too much|alone|on your own))\b/g,
  },
];

const REASON = 'Showing that you see what it did to them tells them their hurt is real to you.';
const SUGGESTION =
  'Keep this. It lands best in their words, about their experience, without turning to yours.';

/** One fixed table; the keyed patterns at its end run only where the sentence holds a key. */
const TABLE: readonly Pattern[] = [...PATTERNS, ...MORE];

export const impact: Rule = {
  id: 'impact',
  kind: 'strength',
  gate: /\b(?:kids|children|danger|risk|seeing|watching|fool|our|nobody|no one|why|something)\b|about me|look on|\byou|\bya\b|trust|hurt|must|imagine|deserv|knew|know|caused|stayed|trust|heart|affect|impact|took|stole|haunt|home|house|tell/,
  suppressedBy: ['conditional-apology'],
  find(s: Sentence): Hit[] {
    return scan(s, TABLE, REASON, SUGGESTION);
  },
};
