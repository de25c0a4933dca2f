/**
 * More families of the `blame-shift` rule, written from the meaning in LABELS.md: their push as the
 * cause in softer words, others pushing or having the idea, "you're not innocent either", shared
 * blame and "it wasn't just me", the reason they gave, and the victim and offender turned round.
 */
import type { Sentence } from '../../analysis.js';
import { keys, type Pattern, raw } from './lib.js';

const YOU = raw`(?:you|u|ya)`;
const YOURE = raw`(?:you're|you are|your|u are|you were|u were|ur|u r)`;

/** What others push the writer towards that is good for them: not blame. */
const GOOD_PUSH =
  /^\s*(?:(?:to|into)\s+)?(?:go(?:ing)?\s+to\s+(?:therapy|counselling|counseling|a doctor|the doctor|rehab|meetings)|get(?:ting)?\s+help|see(?:ing)?\s+(?:someone|a therapist|a counsellor|a doctor)|apologi[sz]\w*|call(?:ing)?\s+you|talk(?:ing)?\s+to\s+you|be(?:ing)?\s+honest|tell(?:ing)?\s+you|writ\w*\s+(?:to\s+you|this)|stop(?:ping)?\s+drinking|quit\w*|own(?:ing)?\s+(?:it|up))/;

/** A good end in the sentence: "…insisted, so I finally went to the doctor". */
const GOOD_WORDS =
  /\b(?:therapy|therapist|doctor|counsell?(?:ing|or)|rehab|meetings|help|apologi[sz]e|sorry|honest|grateful|thankful|right to)\b/;

export function goodPush(s: Sentence, end: number): boolean {
  return GOOD_PUSH.test(s.text.slice(end, end + 40));
}

export const MORE_PATTERNS: readonly Pattern[] = [
  // "u kinda pushed me tho", "you pushed me over the edge", "you made me feel like I had no choice"
  {
    keys: keys('pushed|drove|forced|made'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:(?:kind of|sort of|kinda|basically|literally|honestly|really|just|\w+ly)\s+){0,2}(?:pushed|drove|forced)\s+me(?:\s+(?:to it|into it|over the edge|to the edge|to breaking point|too far|to my limit|to the limit)\b|(?:\s+(?:though|tho))?\s*(?=[,.!?]|$))|\b${YOU}\s+(?:\w+ly\s+)?(?:made|make)\s+me\s+feel\s+(?:like|as if)\s+i\s+(?:had|have|didn't have)\s+(?:no|a)\s+(?:other\s+)?(?:choice|option)\b`,
      'g',
    ),
    accept: (m, s) => {
      // "kind of" or "though" or an object of the push: a bare "you pushed me." may be a real push, told as
      // what they did; it is still their act offered as the cause only when something says so.
      if (/feel/.test(m[0]) || /(?:to it|into it|edge|point|too far|limit)$/.test(m[0])) return true;
      return /\b(?:kind of|sort of|kinda|basically|literally|honestly|really|just|though|tho)\b/.test(
        s.text.slice(m.index, m.index + m[0].length + 8),
      );
    },
  },
  // Others pushing: "the guys kept pushing me to have another drink", "my friends dared me to"
  {
    keys: keys('pushing|pressuring|pressing|egging|daring|goading|dragging|dared'),
    re: /\b(?:my|the|his|her|your|ur|our)\s+(?:\w+\s+)?(?:friends?|mates?|lads|boys|guys|girls|brother|sister|cousins?|mum|mom|dad|boss|colleagues?|coworkers?|family|team|group|squad)\s+(?:(?:kept|were|was|all|just|really)\s+){0,2}(?:pushing|pressuring|pressing|egging|daring|goading|dragging|dared|goaded)\s+me\b/g,
    accept: (m, s) => !goodPush(s, m.index + m[0].length),
  },
  // Their idea or their start: "it was my sister's idea", "your brother started it", "she started it"
  {
    keys: keys('idea|started'),
    re: /\b(?:it was|that was|it's|twas|the whole thing was)\s+(?:all\s+|actually\s+|really\s+|originally\s+)?(?:(?:my|your|ur|his|her|their)\s+)?[a-z]+'s\s+idea\b|\b(?:he|she|they|your\s+\w+|ur\s+\w+|my\s+\w+|his\s+\w+|her\s+\w+)\s+(?:\w+ly\s+)?started\s+(?:it|this|all this|the whole thing|the fight|the argument|the row)\b(?!\s+(?:as|when|years|back|off|with)\b|,\s+the\b)/g,
    accept: (m) => !/\b(?:i|i'm|we)\b/.test(m[0].replace(/^(?:it was|that was|it's)\s+/, '')),
  },
  // "you're not innocent either", "ur not exactly innocent in all this", "you did stuff too"
  {
    keys: keys('innocent|blameless|perfect|saint|angel|faultless|clean|stuff|things|shit|share|too|either'),
    re: new RegExp(
      raw`\b(?:${YOURE}|you're|${YOU})\s+(?:not|no)\s+(?:exactly\s+|completely\s+|totally\s+|entirely\s+|so\s+|that\s+|100%\s+|fully\s+)?(?:innocent|blameless|perfect|a saint|an angel|faultless|squeaky clean|without fault)\b(?:\s+(?:either|yourself|in all this|in this|here|you know))?|\b${YOU}(?:'ve| have)?\s+(?:did|done|said|had done)\s+(?:stuff|things|shit|bad stuff|bad things|your share|plenty|some things|some stuff|hurtful things|horrible things|awful things)\s+(?:to me\s+)?(?:too|as well|either|yourself)\b`,
      'g',
    ),
    negation: false,
    accept: (m, s) =>
      /\b(?:either|yourself|in all this|in this|here|too|as well)\b/.test(m[0]) ||
      /^\s*(?:either|yourself|in all this|in this|here|too|as well|you know|tho|though)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // Shared blame: "it's as much your fault as mine", "you're to blame too", "you share some of the blame"
  {
    keys: keys('fault|blame|share|shared|responsibility|part|role|just|only'),
    re: new RegExp(
      raw`\bas\s+much\s+(?:your|ur)\s+fault\s+as\s+(?:mine|my own|it is mine|it was mine)\b|\b(?:your|ur)\s+fault\s+(?:too|as well|as much as mine)\b|\b${YOURE}\s+(?:also\s+|partly\s+|just as much\s+|equally\s+|as much\s+)?to\s+blame\s+(?:too|as well|here|for (?:this|it|that|some of it|part of it))\b|\b${YOU}\s+(?:also\s+)?(?:share|shared|hold|carry|bear)\s+(?:some|part|half|a lot|your share|a share)\s+of\s+(?:the\s+)?(?:responsibility|blame)\b|\b(?:it|this|that)\s+(?:wasn't|was not|isn't|is not)\s+(?:just|only|all)\s+(?:me|on me|my fault|my doing)\b|\bi(?:'m|\s+am)\s+not\s+the\s+only\s+one\s+(?:at fault|to blame|in the wrong|(?:who|that|to)\s+(?:\w+\s+)?(?:messed|screwed|fucked|lied|cheated|did|made|hurt|said|broke|was wrong|is to blame|was at fault|let|crossed|got it wrong|should|owes|needs to))\b`,
      'g',
    ),
    negation: false,
  },
  // "you know what you did", "you gave me every reason to check", "what was I meant to do when you kept lying?"
  {
    keys: keys('know|knew|gave|give|given|reason|reasons|supposed|meant'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:knew|know)\s+(?:exactly\s+|full well\s+|damn well\s+)?what\s+${YOU}\s+did\b|\b${YOU}(?:'ve| have)?\s+(?:\w+ly\s+)?(?:gave|give|given)\s+me\s+(?:a|every|plenty of|good|many|more than enough|enough|all the)\s+(?:good\s+)?reasons?\s+to\s+(?:doubt|check|worry|suspect|look|snoop|be jealous|be suspicious|wonder|question|not trust|go through|lie)\b|\bwhat\s+(?:was|am|were)\s+i\s+(?:supposed|meant)\s+to\s+(?:do|think|feel|say)\b[^.?!]{0,30}?\b(?:when|after|with|if)\s+${YOU}\b`,
      'g',
    ),
    negation: false,
  },
  // Victim and offender turned round: "now I'm the bad guy?", "you should be apologising to me"
  {
    keys: keys(
      'guy|villain|one|monster|problem|enemy|apologising|apologizing|apology|apologise|apologize|upset',
    ),
    re: new RegExp(
      raw`\b(?:so\s+|and\s+|but\s+)?(?:now|suddenly|somehow|apparently)\s+i(?:'m| am)\s+(?:always\s+)?the\s+(?:bad guy|villain|bad one|monster|problem|one in the wrong|one to blame|enemy|bad person|evil one)\b|\bi(?:'m| am)\s+(?:always|somehow always|apparently always|forever)\s+the\s+(?:one in the wrong|bad guy|villain|one to blame|problem|one who has to apologi[sz]e)\b|\bi(?:'m| am)\s+the\s+one\s+who\s+(?:should|ought to|has a right to|deserves to|has every right to)\s+be\s+(?:upset|angry|mad|hurt|apologi[sz]ed to)\b|\b${YOU}\s+(?:should|need to|ought to|should really)\s+be\s+(?:the one\s+)?apologi[sz]ing\s+to\s+me\b|\b${YOU}\s+owe\s+me\s+an\s+apology\s+(?:too|as well|first)\b|\bwhere's\s+my\s+apology\b`,
      'g',
    ),
    negation: false,
  },
  // Their act as the cause: "that's what happens when you push me", "the way you treated me made me do it"
  {
    keys: keys('happens|happen|way'),
    re: new RegExp(
      raw`\b(?:that's|this is|that is)\s+what\s+happens\s+when\s+${YOU}\s+(?:push|provoke|nag|ignore|lie|accuse|wind|keep|go through|don't|treat|disrespect|start|test|corner)\b|\bthe\s+way\s+${YOU}\s+(?:\w+\s+){1,3}?(?:made|drove|pushed|forced)\s+me\b`,
      'g',
    ),
    negation: false,
    accept: (m, s) =>
      !/^\s+(?:laugh|smile|happy|feel (?:safe|loved|seen|special|welcome))/.test(
        s.text.slice(m.index + m[0].length, m.index + m[0].length + 25),
      ),
  },
  // The counterfactual in more shapes: "had you not gone through my phone, none of this…", "if only you'd
  // been home more, things would be different", "if you'd given me space I wouldn't have exploded"
  {
    keys: keys('if|had'),
    re: new RegExp(
      raw`\b(?:if\s+(?:only\s+)?(?:${YOU}'d|${YOU}\s+had|${YOU}\s+hadn't|${YOU}\s+had\s+not|${YOU}'d\s+not|${YOU}\s+weren't|${YOU}\s+were\s+not|${YOU}\s+wasn't|${YOU}\s+didn't|${YOU}\s+did\s+not|${YOU}\s+had\s+(?:ever|just|only)|${YOU}\s+(?:ever|just|only)\s+(?:\w+ed|gave|took|paid|spent|came|stayed|listened|told|asked|showed))|had\s+${YOU}\s+(?:not\s+|never\s+|just\s+|only\s+|ever\s+)?\w+)\b[^.?!]{0,90}?\b(?:i|we|it|none of this|none of it|this|that|nothing|things|everything|we'd|i'd)\s*(?:'d\s+(?:never|not|still\s+be|be\s+(?:fine|okay|ok|together|different))|(?:would|could)(?:n't|\s+not|\s+never)?(?:'ve|\s+have)?\s+(?:never\s+)?(?:have\s+)?(?:happened|come out|been (?:fine|okay|ok|different|avoided)|be (?:fine|okay|ok|together|different)|still be)|wouldn't|would not|would never|would(?:'ve| have) never|never would|might not|wouldn't have|couldn't have)\b`,
      'g',
    ),
    negation: false,
    accept: (m, s) =>
      !/\bif\s+(?:only\s+)?(?:you|u|ya)\s+(?:ever\s+)?(?:want|need|like|prefer|rather)\b/.test(m[0]) &&
      !/^\s*(?:have\s+|'ve\s+)?(?:blame|blamed|be surprised|mind|minded|hold it|held it|judge|judged|be (?:happier|better off))\b/.test(
        s.text.slice(m.index + m[0].length, m.index + m[0].length + 25),
      ),
  },
  // "some of this is on you", "it's on you as much as me", "you're partly responsible", "own your part"
  {
    keys: keys('on|responsible|accountable|responsibility|blame|part|share|role'),
    re: new RegExp(
      raw`\b(?:some|a lot|part|half|most|much|plenty|a good chunk|a big part|a lot more)\s+of\s+(?:this|it|that|the blame|what happened)\s+(?:is|was|'s|falls)\s+(?:\w+\s+)?on\s+${YOU}\b|\b(?:it's|this is|that's|it is|that is|this was|that was|it was)\s+(?:all\s+|also\s+|really\s+|just as much\s+|as much\s+)?on\s+${YOU}\b(?!\s+(?:to|now|whether|if|when|how|what|and only|alone))|\b${YOURE}\s+(?:also\s+|partly\s+|partially\s+|just as\s+|equally\s+|half\s+|as\s+|at least partly\s+)(?:responsible|accountable|guilty|culpable)\b|\b${YOU}\s+(?:need to|have to|should|must|gotta|got to|ought to|'ve got to|could)\s+(?:also\s+)?(?:take|accept|own|admit|carry|shoulder|bear)\s+(?:some|part|your|a bit|a share|half)\s+(?:of\s+(?:the\s+)?)?(?:own\s+)?(?:responsibility|blame|part|share|role|fault)\b|\b${YOU}\s+(?:also\s+)?(?:bear|carry|have|share)\s+(?:some|part|half|a lot|your share|a share)\s+(?:of\s+(?:the\s+)?)?(?:responsibility|blame)\b|\b${YOU}\s+(?:\w+\s+)?(?:had|have|played)\s+(?:a|your|some|your own)\s+(?:big|huge|major|large|equal|massive|real)?\s*(?:part|role|hand)\s+(?:in\s+(?:this|it|that|what|how|all|the\s+(?:mess|breakup|break-up|way|end|fight|problem)|us|our\s+(?:breakup|problems|mess|fights?))|to\s+play\s+(?:too|as well|in\s+(?:this|it|that|what|how|all)))\b`,
      'g',
    ),
    // negation on: "none of this is on you", "it's not on you"
    negation: true,
  },
  // "we" spreading the writer's act: "we both dropped the ball", "we let the drinking get out of hand"
  {
    keys: keys('both|let|mess'),
    re: /\b(?:we\s+both|both\s+of\s+us|we\s+were\s+both|we\s+each)\s+(?:\w+\s+){0,2}?(?:dropped the ball|lied|cheated|made a mess|made such a mess|messed (?:this|it|things) up|failed (?:each other|to)|neglected|ruined|broke|were wrong|did wrong|behaved badly|said (?:awful|horrible|hurtful|nasty|terrible|cruel|some) things|took (?:each other|it|this) for granted|fell short|crossed (?:lines|the line)|went too far|lost (?:the|our) (?:tempers?|plot)|got carried away|screamed|shouted|yelled)\b|\bwe\s+(?:kind of\s+|sort of\s+|just\s+|both\s+)?let\s+(?:the|our|things|my|work|money|drinking|the drinking|the job|the gambling|the spending)\b(?:\s+\w+){0,2}?\s+(?:get out of hand|get|take over|go too far|slide|spiral|run|drift|fall apart)\b|\bwe\s+(?:both\s+)?made\s+(?:a|such a)\s+mess\s+of\s+(?:things|it|this|everything)\b/g,
  },
  // "you never listened, so I stopped telling you things"; "none of this would have happened if you'd…"
  {
    keys: keys("never|always|didn't|wouldn't|happened"),
    re: new RegExp(
      raw`\b${YOU}\s+(?:never|always|didn't|wouldn't)\s+(?:\w+\s+){0,3}?\w+\s*,?\s*so\s+i\s+(?:stopped|had to|needed to|ended up|turned to|went elsewhere|looked elsewhere|found someone|started looking)\b|\b(?:none of (?:it|this|that)|nothing)\s+(?:would(?:'ve|\s+have)|'d\s+have)\s+(?:ever\s+)?happened\s+if\s+${YOU}(?:'d|\s+had|\s+hadn't|\s+didn't|\s+weren't|\s+wasn't|\s+had not|\s+did not|\s+were|\s+just|\s+only)\b`,
      'g',
    ),
    negation: false,
  },
  // Others as the cause: "my mate told me to do it", "it was my friend who suggested it", "Jake made me go"
  {
    keys: keys('told|insisted|suggested|made|idea|head|gave|caved|agreed'),
    re: /\b(?:my|the|his|her|your|ur)\s+(?:\w+\s+)?(?:friends?|mates?|lads|boys|guys|girls|brother|sister|cousins?|mum|mom|dad|boss|colleagues?|coworkers?|family|ex)\s+(?:\w+ly\s+)?(?:told|convinced|persuaded)\s+me\s+(?:to\s+)?(?:do it|do that|drink|stay|lie|keep it|take it|try it|send it|it would be fine|it was fine|it'd be fine|nobody would know|you'd never know)\b|\bit\s+was\s+(?:my|your|ur|his|her|the)\s+(?:\w+\s+)?(?:friends?|mates?|lads|boys|guys|girls|brother|sister|cousins?|mum|mom|dad|boss|colleagues?|family)\s+who\s+(?:suggested (?:it|that|going|we)|started (?:it|this|that)|came up with (?:it|the idea)|organised it|organized it|planned it|got me into)\b|\bbecause\s+(?:he|she|they|my\s+\w+|your\s+\w+|(?!(?:it|this|that|i|you|u|we|which|what|doing|being)\b)[a-z]+)\s+(?:insisted|made me|pushed me|pressured me|dared me|talked me into it)\b|\b(?!(?:i|you|u|it|this|that|which|what|who|we|nobody|no one)\b)[a-z]+\s+(?:made|forced|pressured)\s+me\s+(?:go|do it|do that|drink|stay out|lie|keep it quiet|keep it secret)\b|\b(?!i\b)\w+\s+(?:put|planted)\s+(?:the|that)\s+idea\s+in\s+my\s+head\b|\b(?:kept|were|was)\s+(?:going on at|on at|nagging|pushing|pressuring|badgering|hassling|begging)\s+me\s+(?:until|till|til)\s+i\s+(?:gave in|caved|said yes|agreed|went|did)\b/g,
    accept: (m, s) => !goodPush(s, m.index + m[0].length) && !GOOD_WORDS.test(s.text),
  },
  // Victim and offender turned round: "you hurt me way more than I hurt you", "what about what you did to
  // me?", "you're twisting everything", "you always make me out to be the bad guy", "stop making me the villain"
  {
    keys: keys(
      'more|worse|about|attacking|bullying|gaslighting|twisting|picking|ganging|make|making|made|paint|painting|cast|turn|turning',
    ),
    re: new RegExp(
      raw`\b${YOU}\s+(?:\w+ly\s+)?(?:hurt|betrayed|lied to|wronged|disrespected|humiliated)\s+me\s+(?:way\s+|far\s+|so\s+|much\s+|a lot\s+)?(?:more|worse)\s+than\s+i\b|\bwhat\s+about\s+(?:what|the things|everything|all the stuff|all the things|how)\s+${YOU}\s+(?:did|said|treated|have done|'ve done|put me through)\b|\b${YOURE}\s+(?:\w+ly\s+|just\s+)?(?:attacking|bullying|gaslighting|ganging up on|picking on|victimi[sz]ing|twisting)\s+(?:me|everything|it|this|my words|things|what happened)\b|\b(?:${YOU}\s+(?:always\s+|\w+ly\s+|keep\s+|just\s+)?|(?:stop|quit)\s+)(?:make|making|made|paint|painting|painted|cast|casting|turn|turning)\s+me\s+(?:out\s+)?(?:to\s+be\s+|as\s+|into\s+)?(?:the|a|an|some)\s+(?:\w+\s+)?(?:bad guy|villain|monster|bad one|abuser|problem|enemy|bad person|criminal|liar)\b`,
      'g',
    ),
    negation: false,
  },
  // Their act as the trigger: "you set me off", "you started this whole mess", "you didn't stop me",
  // "I did it because of how you treated me", "I hid it because you would have freaked out"
  {
    keys: keys('set|sets|setting|triggered|trigger|started|stop|let|because|cos|blame'),
    re: new RegExp(
      raw`\b(?:${YOU}|(?:your|ur)\s+\w+(?:\s+\w+){0,2}?)\s+(?:\w+ly\s+)?(?:set|sets|setting)\s+me\s+off\b|\b${YOU}\s+(?:\w+ly\s+)?(?:triggered|trigger)\s+me\b|\b${YOU}\s+(?:\w+ly\s+|still\s+)?started\s+(?:this whole|the whole|this|that|all of this|an?)\s*(?:mess|fight|argument|row|thing|drama)\b|\b${YOU}\s+(?:\w+ly\s+)?started\s+on\s+me\b|\b${YOU}\s+(?:didn't|did not|never)\s+(?:even\s+)?(?:try to\s+)?stop\s+me\b|\b${YOU}\s+(?:just\s+)?let\s+(?:it|this|that)\s+happen\b|\bbecause\s+of\s+(?:how|the way|what|all the things)\s+${YOU}\b|\b(?:because|cos|since|as)\s+${YOU}\s+(?:would(?:'ve|\s+have)?|'d\s+have|'d)\s+(?:\w+ly\s+)?(?:freaked|lost it|gone mad|kicked off|exploded|left|overreacted|been angry|gone crazy|lost your mind|gone mental|flipped|blown up|gone off|made a scene|judged me|shouted|yelled|never understood)\b|\b(?:it\s+)?(?:wasn't|was not|isn't)\s+me\s+(?:who|that)\s+(?:started|began|kicked off|made the first move)\b|\bblame\s+(?:\w+\s+)?\w+,?\s+not\s+me\b`,
      'g',
    ),
    negation: false,
    accept: (m) =>
      !/\b(?:you|u)\s+(?:never|didn't)\s+(?:\w+\s+)?(?:stop|let)\b.*\b(?:trust|love|believ)/.test(m[0]),
  },
  // Their conduct as the cause of the writer's act: "I only read your messages because you'd been so
  // distant", "you kept pushing and pushing until I snapped"
  {
    keys: keys('because|cos|since|bc|until|till|til'),
    re: new RegExp(
      raw`\bi\s+(?:only\s+|just\s+)?(?:read|checked|looked|went through|lied|cheated|snapped|yelled|shouted|hid|left|drank|followed|tracked|snooped)\b[^.?!]{0,40}?\b(?:because|cos|since|bc)\s+${YOU}(?:'d|\s+had|\s+were|'re|\s+are|\s+was)?\s+(?:been\s+)?(?:(?:acting|being)\s+)?(?:so\s+|really\s+|always\s+|constantly\s+)?(?:distant|cold|secretive|shady|off with me|weird|absent|flirting|ignoring me|hiding (?:things|stuff|something)|lying|pushing me away|never (?:home|around|there))\b|\b${YOU}\s+(?:just\s+)?(?:kept|keep|wouldn't stop|would not stop|were)\s+(?:on\s+)?(?:pushing|needling|provoking|nagging|going on|poking|winding me up|pushing my buttons|on at me|at me|prodding|goading)\b[^.?!]{0,40}?\b(?:until|till|til)\s+i\s+(?:finally\s+|just\s+)?(?:snapped|lost it|lost my temper|exploded|blew up|cracked|lashed out|hit|shouted|yelled|screamed)\b`,
      'g',
    ),
    negation: false,
  },
  // The fix handed to them: "you need to fix this, not me", "you're the one who has to apologise, not me"
  {
    keys: keys('me'),
    re: new RegExp(
      raw`\b${YOU}(?:'re|\s+are)?\s+(?:the\s+one\s+(?:who|that)\s+)?(?:need(?:s)?\s+to|has\s+to|have\s+to|should|must|gotta|ought\s+to)\s+(?:fix|sort(?:\s+out)?|deal\s+with|own|apologi[sz]e(?:\s+for)?|change|work\s+on|make\s+(?:this|it|things)\s+right|take\s+responsibility(?:\s+for)?)\b[^.?!]{0,30}?,?\s+not\s+me\b`,
      'g',
    ),
    negation: false,
  },
  // What they could have done instead: "you knew I was struggling, you could have offered", "you should
  // have stopped me"
  {
    keys: keys('could|should'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:could|should)(?:'ve|\s+have|\s+of)\s+(?:just\s+|at least\s+|easily\s+)?(?:offered|helped|stopped me|said something|told me sooner|noticed|checked on me|reached out|done something|asked me|seen (?:it|this) coming|warned me|picked up)\b`,
      'g',
    ),
    negation: false,
    // Only against an apology or with their knowledge: "you knew I was struggling"; not a wish ("I wish").
    accept: (_m, s) =>
      /\b(?:sorry|apologi[sz]e|apologies|but|you knew|u knew|though)\b/.test(s.text) &&
      !/\bi wish\b/.test(s.text),
  },
  // Their side as the reason it was doomed: "your family never liked me, so it was always going to go wrong"
  {
    keys: keys('liked|wanted|accepted|supported|gave'),
    re: new RegExp(
      raw`\b(?:your|ur)\s+(?:family|mum|mom|dad|parents|friends|mates|sister|brother|kids)\s+(?:never|always|didn't ever)\s+(?:liked|wanted|accepted|supported|gave\s+me\s+a\s+chance|hated)\s*(?:me|us)?\b(?=[^.?!]{0,40}\b(?:so|that's why|which is why|no wonder|always going to|was never going to|of course)\b)`,
      'g',
    ),
    negation: false,
  },
  // The hurt turned round: "why do you keep doing this to me", "why are you punishing me"
  {
    keys: keys('why'),
    re: new RegExp(
      raw`\bwhy\s+(?:do|are|would|did|must)\s+${YOU}\s+(?:(?:keep|always|have\s+to)\s+(?:doing|do|punishing|torturing|putting\s+me\s+through)\s+(?:this|that|me)(?:\s+to\s+me)?|(?:doing|do|punishing|torturing)\s+(?:this|that)\s+to\s+me)\b`,
      'g',
    ),
    negation: false,
  },
];
