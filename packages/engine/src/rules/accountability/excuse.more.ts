/**
 * More families of the `excuse` rule, written from the meaning in LABELS.md rather than from corpus
 * lines: drink and tiredness in other words, not thinking, good intentions, being only human,
 * being busy, the writer's nature, and a force that "got the better of me".
 */
import type { Sentence } from '../../analysis.js';
import { keys, type Pattern } from './lib.js';

/** An apology or a cause in the same sentence: "sorry…", "that's why I…", "…and I snapped". */
const CAUSE_NEAR =
  /\b(?:sorry|apologi[sz]e|apologies|that's why|which is why|so i|and i|because|cos|since|when i)\b/;

/** The writer's own act or lapse named in the sentence: "I forgot", "it slipped my mind", "I snapped". */
const ACT_VERB =
  /\b(?:i\s+(?:\w+\s+){0,2}?(?:snapped|shouted|yelled|forgot|missed|lashed out|took it out|blew up|lost it|lost track|lost my temper|reacted|went off|screamed|ignored|ghosted|cancelled|canceled|bailed|didn't (?:call|reply|text|answer|come|show)|never (?:called|replied|texted|answered|came|showed)|haven't (?:called|replied|texted|had time)|hadn't (?:called|replied|texted))|(?:it|that|this|your \w+)\s+(?:completely\s+|totally\s+|just\s+)?(?:slipped my mind|went out of my head|got away from me))\b/;

/** The state is over and the writer is doing something about it: "I'm doing better now", "I'm getting help". */
export const RECOVERY =
  /\b(?:better now|doing better|getting help|got help|in therapy|been sober|sober for|seeing (?:a|someone|my) (?:therapist|counsell?or|doctor)|sober now|i'm sober|clean now|recovered|recovering|working on (?:it|myself|that))\b/;

/** Words that own the act rather than defend it: "I didn't think, I was selfish". */
const OWNING_NEAR =
  /\b(?:selfish|a coward|cowardly|arrogant|careless|thoughtless|my choice|i chose|no excuse|excuses? what i did|excuses? it|excuses? anything|not an excuse|isn't an excuse|is no excuse|doesn't excuse|does not excuse|that's on me|my fault|my responsibility)\b/;

function notOwned(m: RegExpExecArray, s: Sentence): boolean {
  return !OWNING_NEAR.test(s.text.slice(m.index, m.index + m[0].length + 60));
}

/**
 * The writer repeating their own past words to own them ("I told you I was only trying to help, and
 * that was a lie"): the frame sits right before the match, with no clause break between. Narrower
 * than the shared guard, so "I'm sorry I said those things, I was drunk" is still read as an excuse.
 */
const OWN_FRAME =
  /\b(?:i|i've|i'd)\s+(?:\w+ly\s+)?(?:said|told (?:you|myself|people|everyone|them|him|her)|kept (?:saying|telling (?:you|myself))|used to (?:say|tell you)|pretended|claimed|insisted|made (?:out|it sound|it seem|it look)|convinced myself|told myself|tell myself|acted (?:like|as if|as though)|played it (?:off|down) (?:like|as if)|let (?:you|u|everyone|people) (?:believe|think)|blamed (?:it|that|everything|this) on|used to blame (?:it|everything) on)\s+(?:that\s+)?$/;

export function ownedTight(s: Sentence, pos: number): boolean {
  return OWN_FRAME.test(s.text.slice(Math.max(0, pos - 50), pos));
}

export const MORE_PATTERNS: readonly Pattern[] = [
  // Drink in other words: "I'd had way too much to drink", "I'd had a few", "I was v drunk and not thinking"
  {
    keys: keys('had|drink|drinks|drinking|few|drunk|wasted|high|tipsy|buzzed|hammered'),
    re: /\b(?:i'd|i had)\s+(?:already\s+)?(?:had\s+)?(?:(?:way|far|much|a bit|a little)\s+)?(?:too much|a lot|so much|loads|plenty|a fair bit|quite a bit|a bit much)\s+to\s+drink\b|\bi\s+(?:was|had been|'d been)\s+(?:\w+\s+)?(?:drunk|wasted|high|tipsy|buzzed|hammered)\s+and\s+(?:just\s+)?(?:not|wasn't)\s+thinking\b/g,
  },
  // "I'd had a few" is drink only beside the act or a cause: "sorry, I'd had a few and I said things"
  {
    keys: keys('few'),
    re: /\b(?:i'd|i had)\s+(?:already\s+)?had\s+a\s+few(?:\s+(?:drinks|too many))?\b(?!\s+(?:days|weeks|months|years|times|minutes|hours|chats|talks|conversations|sessions|people|friends|of|more|questions|things))/g,
    accept: (m, s) => notOwned(m, s) && (ACT_VERB.test(s.text) || CAUSE_NEAR.test(s.text)),
  },
  // A force that took over: "the drink got the better of me", "alcohol makes me say stupid things"
  {
    keys: keys('better|best|over|away|makes|made|make'),
    re: /\b(?:my|the)\s+(?:drink|drinking|alcohol|booze|wine|beer|stress|pressure|anger|temper|jealousy|insecurity|insecurities|emotions|feelings|nerves|pride|ego|anxiety|depression|adhd|panic|exhaustion|tiredness|grief|fear|hormones)\s+(?:\w+ly\s+)?(?:got|gets|had|took|ran|had taken)\s+(?:the\s+(?:better|best)\s+of\s+me|over|away\s+with\s+me|hold\s+of\s+me)\b|\b(?:it|that)\s+(?:just\s+)?got\s+the\s+(?:better|best)\s+of\s+me\b|\b(?:alcohol|drink|drinking|booze|being drunk|stress|tiredness|anxiety|pressure)\s+(?:always\s+|just\s+|really\s+)?(?:makes|made)\s+me\s+(?:\w+\s+){0,2}?(?:say|do|act|react|snap|lash|behave|angry|mean|nasty|stupid|different|someone else|a different person|lose)\b/g,
  },
  // States in more words: "in a really dark place mentally", "running on empty", "half asleep"
  {
    keys: keys('place|headspace|space|way|state|empty|fumes|asleep|awake|autopilot'),
    re: /\bi\s+(?:was|had been|'d been|'ve been|have been)\s+(?:(?:just|so|really|very|honestly|genuinely|in all honesty)\s+)?in\s+(?:such\s+)?a\s+(?:(?:really|very|pretty|super|genuinely|truly|horribly)\s+)?(?:bad|dark|terrible|awful|horrible|low|rough|weird|strange|messed up|fucked up|difficult|hard|tough|shit|crap|bleak|black|broken|fragile|vulnerable|sad)\s+(?:place|way|headspace|head space|space|state|spot|patch)\b|\bi\s+(?:was|had been|'d been)\s+(?:just\s+|basically\s+|literally\s+)?(?:running on (?:empty|fumes|autopilot)|half asleep|on autopilot|barely awake)\b/g,
    // A state told as a life update ("I was in a dark place last year, I'm doing better now") is not a defence.
    accept: (m, s) =>
      notOwned(m, s) && (ACT_VERB.test(s.text) || CAUSE_NEAR.test(s.text)) && !RECOVERY.test(s.text),
  },
  // Recently and still: "I've been going through a lot", "i was dealing with so much", "I'm going through a rough time"
  {
    keys: keys('going|dealing|through'),
    re: /\bi(?:'ve| have)?\s+(?:been|was|'m|am)\s+(?:(?:just|really|honestly|genuinely)\s+)?(?:going\s+through|dealing\s+with|juggling|carrying|struggling\s+with)\s+(?:(?:a|so|such|really|too)\s+)?(?:lot|much|many things|a lot|loads|stuff|things|so much|too much|everything|a rough time|a hard time|a tough time|a difficult time|a bad time|a rough patch|a dark time|some stuff|some things|personal stuff|my own stuff|a lot of stuff)\b/g,
    accept: (m, s) =>
      notOwned(m, s) &&
      (ACT_VERB.test(s.text) || CAUSE_NEAR.test(s.text) || /^i(?:\s+was|'ve|\s+have)\b/.test(m[0])),
  },
  // "with everything going on, I just forgot", "it was a crazy week at work and it slipped my mind"
  {
    keys: keys('going|happening|plate|week|day|month|weeks|time'),
    re: /\bwith\s+(?:everything|all this|all that|so much|all the stuff|everything else|all of this|all the stress|all the drama|the move|the baby|the kids)\s+(?:that\s+(?:was|is|has been)\s+|that's been\s+)?(?:going on|happening|on my plate)\b|\b(?:it was|it's been|it has been|it had been|i had|i've had|i'd had)\s+(?:such\s+)?(?:a|the)\s+(?:\w+\s+)?(?:crazy|busy|mad|hectic|insane|rough|stressful|long|hard|tough|manic|nightmare|horrible|awful|chaotic)\s+(?:week|day|month|few weeks|few days|time|year)\b/g,
    accept: (m, s) => notOwned(m, s) && ACT_VERB.test(s.text),
  },
  // Busy: "I've been so busy", "I was so busy with work that I forgot"
  {
    keys: keys('busy|swamped|slammed|snowed|flat|run'),
    re: /\bi(?:'ve| have)?\s+(?:been|was|'d been|had been)\s+(?:(?:so|really|super|crazy|very|just|insanely|ridiculously|mad|that)\s+)?(?:busy|swamped|slammed|snowed under|flat out|run off my feet|up to my eyes)\b/g,
    accept: (m, s) => notOwned(m, s) && (ACT_VERB.test(s.text) || CAUSE_NEAR.test(s.text)),
  },
  // Not thinking: "I didn't think it through", "I wasn't thinking", "i didnt think u would care that much"
  {
    keys: keys('think|thinking|thought|realise|realize|stop|know|understand|expect'),
    re: /\bi\s+(?:just\s+|honestly\s+|really\s+|simply\s+|genuinely\s+|clearly\s+|obviously\s+)?(?:didn't|did not|never)\s+(?:stop\s+to\s+)?(?:think|thought)(?:\s+(?:it\s+through|about\s+(?:it|how|what|the\s+consequences|what it would)|(?:that\s+)?(?:it|you|u|this|that|anyone|people)\s+(?:would|'d|will|might|could|was going to)\s+(?:\w+\s+){0,2}?(?:mind|care|matter|notice|find out|see|hurt|upset|bother|affect|mean|be\s+(?:a|an|such|so|that|this))|twice|straight|properly|clearly|at the time|at all)\b|\s*(?=[,;.!]|$|\s+(?:and|but)\s+i\s+(?:just|acted|did|went|said|reacted|sent)\b))|\bi\s+(?:just\s+|honestly\s+|really\s+|simply\s+|clearly\s+|obviously\s+)?(?:wasn't|was not)\s+thinking\b(?!\s+(?:of|about\s+(?:us|leaving|you\s+(?:every|all))))|\bi\s+(?:just\s+|honestly\s+|really\s+|genuinely\s+)?(?:didn't|did not|never)\s+(?:realise|realize|know|understand|expect)\s+(?:that\s+)?(?:it|this|that|you|u|it all)\s+(?:would|'d|was going to|could|might)\s+(?:\w+\s+){0,2}?(?:hurt|upset|matter|bother|affect|mean so|be\s+(?:(?:a|an|such|so|that)\s+){1,2}(?:big|huge|deal|problem|issue))/g,
    negation: false,
    accept: (m, s) => {
      if (!notOwned(m, s)) return false;
      // "I didn't think you'd ever forgive me" is not about the act.
      if (/\b(?:forgive|reply|answer|speak|talk|write|read|want|take me back|ever)\b/.test(m[0]))
        return false;
      return !/\bwhen\s+$|\bif\s+$/.test(s.text.slice(Math.max(0, m.index - 6), m.index));
    },
  },
  // Good intentions: "I meant well", "my intentions were good", "I did it for us", "all I wanted was to protect you"
  {
    keys: keys('meant|intentions|intention|heart|place|did|wanted|tryna|trying|try'),
    re: /\bi\s+(?:only\s+|really\s+|honestly\s+|genuinely\s+|truly\s+)?meant\s+(?:it\s+)?well\b|\bmy\s+(?:intentions|intention|heart)\s+(?:were|was)\s+(?:(?:always|really|honestly|only|genuinely|good|in the right place|pure|never bad)\s*)+|\bi\s+(?:had|only had)\s+(?:the\s+)?(?:best|good|pure|the best of)\s+intentions\b|\b(?:it|this|that)\s+(?:all\s+)?came\s+from\s+a\s+(?:good|loving|kind)\s+place\b|\bi\s+(?:only\s+|just\s+|really\s+)?did\s+(?:it|that|this|all of it|all that|what i did|everything)\s+(?:for\s+(?:us|you|u|the kids|the family|our family|our future|both of us)|because\s+i\s+(?:love|loved|care|cared|was worried)(?:\s+about)?\s+(?:you|u|us))\b|\ball\s+i\s+(?:ever\s+)?(?:wanted|was trying to do|tried to do|meant to do|wanted to do)\s+was\s+(?:to\s+)?(?:help|protect|keep|make|look after|do right|be there|fix|spare|give)\b|\bi\s+was\s+(?:only\s+|just\s+)?(?:tryna|trying\s+to|tryin\s+to)\s+(?:help|protect|look out for|look after|keep (?:you|u|us|the peace|things)|make (?:you|u|things|it) (?:happy|better|easier|work)|do (?:the right thing|right by)|spare|save|fix|surprise)\b/g,
    accept: notOwned,
  },
  // Being human: "I'm only human", "I'm human, I make mistakes"
  {
    keys: keys('human'),
    accept: notOwned,
    re: /\bi'm\s+(?:only|just)\s+human\b|\bi(?:'m| am)\s+(?:only\s+|just\s+)?human,?\s+(?:and\s+)?(?:i\s+make\s+mistakes|we\s+all\s+make\s+mistakes|after all)\b|\bwe're\s+(?:all\s+)?only\s+human\b/g,
  },
  // Rhetorical: "who wouldn't have looked?", "any1 would've done it"
  {
    keys: keys("wouldn't|would|any1|anyone1"),
    re: /\bwho\s+(?:wouldn't|would not)(?:'ve|\s+have)\s+(?:done|looked|checked|reacted|gone|said|snapped|been (?:tempted|angry|jealous|suspicious)|lied|cheated|kept)\b|\bany1\s+(?:would|'d)(?:'ve|\s+have|\s+of)\s+\w+/g,
  },
  // The writer's nature: "that's just how I am", "I've always had a temper", "I have anger issues"
  {
    keys: keys('how|way|who|temper|anger|fuse|issues'),
    re: /\b(?:that's|that is|it's|it is|this is)\s+(?:just\s+)?(?:how|the way|who)\s+i\s+(?:am|'m|react|get|cope|deal with (?:things|stuff|stress)|handle (?:things|stuff|stress)|was made|am made|'m made|'m built|am built)\b(?!\s+(?:now|trying|learning|changing|going to))|\bi(?:'ve| have)?\s+(?:always\s+)?(?:had|have|got|'ve got)\s+(?:a\s+)?(?:bad\s+|short\s+|quick\s+|real\s+|serious\s+)?(?:temper|anger issues|anger problems|short fuse|jealousy issues|temper issues)\b(?!\s+(?:and i'm|that i'm|but i'm|i'm working|i'm getting|i need to|that i need))/g,
    accept: (m, s) =>
      notOwned(m, s) &&
      !/\b(?:therapy|working on|getting help|anger management|course|learning|i need to|deal with it|for it|counsell?ing)\b/.test(
        s.text,
      ),
  },
  // Stress in other words: "I was under enormous strain", "the stress of the job was getting to me",
  // "work had me stretched so thin", "I'd had a long day and I was short with you"
  {
    keys: keys(
      'under|strain|stress|pressure|thin|got|getting|top|much|overwhelmed|wore|long|hard|rough|shift',
    ),
    re: /\bi\s+(?:was|had been|'d been)\s+under\s+(?:\w+\s+){0,3}?(?:pressure|stress|strain)\b|\b(?:the\s+)?(?:stress|pressure|strain|work|my job|the job|everything|it all|things|grief|exhaustion|tiredness|drink|alcohol)(?:\s+of\s+(?:\w+\s+){0,2}?\w+)?\s+(?:was\s+|had\s+|just\s+|really\s+|all\s+)*(?:getting to me|got to me|getting on top of me|got on top of me|got too much|was too much|became too much|overwhelmed me|wore me down|was wearing me down)\b|\bstretched\s+(?:so\s+|too\s+|really\s+|very\s+)?thin\b|\b(?:i'd had|i had|after)\s+(?:such\s+)?(?:a|the)\s+(?:really\s+|very\s+|so\s+)?(?:long|hard|rough|awful|terrible|horrible|bad|shit|crap|stressful|exhausting)\s+(?:day|week|shift|night)\b/g,
    accept: (m, s) =>
      notOwned(m, s) &&
      (!/(?:day|week|shift|night)$/.test(m[0]) ||
        ACT_VERB.test(s.text) ||
        /\bi was (?:short|rude|mean|cold|harsh|snappy|horrible)\b/.test(s.text)),
  },
  // Tired or drinking as the reason: "I was exhausted from the night shifts", "I was drinking a lot back then",
  // "I'd had a couple of glasses of wine", "I was a bit tipsy"
  {
    keys: keys(
      'exhausted|tired|drained|knackered|shattered|wiped|drinking|glasses|drinks|beers|pints|shots|tipsy|buzzed|pissed|sloshed|steaming|trollied|tanked|sozzled',
    ),
    re: /\bi\s+was\s+(?:so\s+|really\s+|completely\s+|just\s+)?(?:exhausted|tired|drained|wiped out|knackered|shattered|burnt out|burned out)\s+(?:from|after|because of)\s+(?:the|my|work|all|those|night|double|long|a|that|uni|school)\b|\bi\s+was\s+drinking\s+(?:a lot|heavily|too much|so much|every night|loads|way too much)\b|\b(?:i'd|i had)\s+(?:had\s+)?(?:a couple of|a few|several|too many|a lot of|loads of|a bunch of|two|three|four|five|six)\s+(?:glasses of wine|glasses|drinks|beers|pints|shots|ciders|cans|wines)\b|\bi\s+was\s+(?:a\s+bit\s+|a\s+little\s+|kind of\s+|kinda\s+|quite\s+|pretty\s+|so\s+|really\s+)?(?:tipsy|buzzed|sloshed|steaming|trollied|tanked|sozzled|half cut)\b/g,
    accept: (m, s) =>
      notOwned(m, s) &&
      !RECOVERY.test(s.text) &&
      !/\bwhen\s+$|\bif\s+$/.test(s.text.slice(Math.max(0, m.index - 6), m.index)) &&
      (!/(?:from|after|because of)\s+\w+$/.test(m[0]) || ACT_VERB.test(s.text) || CAUSE_NEAR.test(s.text)),
  },
  // Protective motives: "I only did it to keep the peace", "I lied to spare your feelings", "I kept it quiet so
  // you wouldn't worry", "I only wanted what was best for us"
  {
    keys: keys('peace|spare|protect|avoid|worry|hurt|upset|stress|panic|best'),
    re: /\bi\s+(?:only\s+|just\s+)?(?:did (?:it|this|that)|lied|kept (?:it|that|this|quiet|it quiet|it from you|it secret|it to myself)|hid (?:it|this|that)|said (?:it|that|nothing)|didn't tell you|never told you|didn't say anything)\s+(?:\w+\s+){0,3}?(?:to\s+(?:keep the peace|spare (?:you|your feelings)|protect (?:you|your feelings|us)|avoid (?:a fight|an argument|drama|hurting you|upsetting you)|not (?:hurt|upset|worry) you)|so\s+(?:that\s+)?(?:you|u)\s+(?:wouldn't|would not|didn't|did not|won't|wouldnt)\s+(?:worry|get hurt|be hurt|be upset|get upset|stress|panic|freak out))\b|\bi\s+(?:only\s+|just\s+)?wanted\s+(?:what was|what's)\s+best\s+for\s+(?:us|you|u|the kids|everyone|the family)\b/g,
    accept: notOwned,
  },
  // Everyone would: "you'd have done the same thing", "you would of done the same"
  {
    keys: keys("you'd|would|same"),
    re: /\b(?:you|u)(?:'d|\s+would)(?:\s+have|'ve|\s+of|\s+'ve)?\s+(?:done|did)\s+(?:the same|exactly the same|it too|the exact same|it as well|the same thing)\b(?!\s+for\s+(?:me|us|him|her|them))/g,
    negation: false,
    accept: (m, s) =>
      !/\b(?:never|not|wouldn't)\s+$/.test(s.text.slice(Math.max(0, m.index - 10), m.index + 4)),
  },
  // No choice in other words: "it was the only option I had", "there was nothing else I could do"
  {
    keys: keys('only|else|other'),
    re: /\b(?:it|this|that)\s+(?:was|seemed|felt like)\s+(?:like\s+)?the\s+only\s+(?:option|choice|way)\b(?!\s+(?:to (?:make|fix|show|earn|get)|i (?:can|could) (?:make|fix|show)))|\bthere\s+(?:was|wasn't|was not)\s+(?:nothing|anything)\s+else\s+(?:i|we)\s+could\s+(?:have\s+)?(?:do|done)\b|\bthere\s+was\s+no\s+other\s+(?:option|choice|way)\s*(?=[,.!;]|$)/g,
    negation: false,
  },
  // Impulse and youth: "I acted without thinking", "a spur of the moment thing", "I didn't know any better",
  // "I was raised that way"
  {
    keys: keys('without|impulse|impulsively|spur|moment|better|raised|brought'),
    re: /\b(?:without thinking|on impulse|impulsively|spur of the moment|in a moment of (?:madness|weakness|panic|anger|stupidity)|a moment of (?:madness|weakness))\b|\bi\s+(?:didn't|did not)\s+know\s+(?:any\s+)?better\b|\bi\s+was\s+(?:raised|brought up|taught)\s+(?:that way|like that|to (?:think|believe|hide|keep)|(?:not to|never to|to never|to not)\s+(?:talk|show|cry|say|share|ask|admit|trust))\b/g,
    negation: false,
    accept: notOwned,
  },
  // Good intentions as the reason: "I read your diary, I was just worried about you", "I was only trying to
  // protect you", "I was just happy to see you"
  {
    keys: keys('just|only'),
    re: /\bi\s+(?:was|'m|am)\s+(?:just|only|simply|honestly just)\s+(?:(?:so|really)\s+)?(?:worried about (?:you|u)|scared for (?:you|u)|trying to (?:help|protect (?:you|u)|look out for (?:you|u)|make (?:you|u) (?:laugh|smile)|be honest|be nice|be funny)|looking out for (?:you|u)|being (?:honest|protective|careful|funny|friendly|nice)|curious|happy to see (?:you|u)|excited|nervous|jealous|protective of (?:you|u)|scared of losing (?:you|u)|missing (?:you|u))\b/g,
    negation: false,
    accept: (m, s) => notOwned(m, s) && (ACT_VERB.test(s.text) || CAUSE_NEAR.test(s.text)),
  },
  // The writer's nature, leaned on: "you know how I am", "you know I'm awkward", "you know I get loud"
  {
    keys: keys('know'),
    re: /\b(?:you|u|ya)\s+know\s+(?:how\s+i\s+(?:am|get|can be|react)(?=\s*(?:$|[.!,;]|lol|haha|when|after))|what\s+i'm\s+like|i(?:'m|\s+am)\s+(?:awkward|like that|bad (?:at|with)|not good (?:at|with)|terrible (?:at|with)|hopeless (?:at|with)|shy|clumsy|useless (?:at|with)|a mess|an idiot|not a (?:words|feelings|talker) person)|i\s+(?:get|can be|can get)\s+(?:loud|grumpy|moody|weird|defensive|jealous|carried away|like that))\b/g,
    negation: false,
    accept: notOwned,
  },
  // The heat of it: "it was the heat of the moment", "it was a heated moment"
  {
    keys: keys('heat|heated'),
    re: /\b(?:in\s+the|it\s+was\s+(?:just\s+)?(?:the|a))\s+heat\s+of\s+the\s+moment\b|\bit\s+was\s+(?:just\s+)?a\s+heated\s+(?:moment|argument|row|night|conversation)\b/g,
    accept: notOwned,
  },
  // Things that failed: "my phone was broken", "my battery died", "then I got busy"
  {
    keys: keys('phone|battery|laptop|wifi|internet|signal|busy|caught|sidetracked|distracted'),
    re: /\bmy\s+(?:phone|battery|laptop|internet|wifi|signal|charger)\s+(?:was\s+|is\s+|got\s+|had\s+)?(?:broken|dead|died|off|lost|stolen|smashed|cracked|flat|playing up|not working|out)\b|\bi\s+(?:just\s+|then\s+)?got\s+(?:so\s+|really\s+)?(?:busy|caught up|sidetracked|distracted)\b/g,
    accept: (m, s) =>
      notOwned(m, s) &&
      // A lapse towards them, not a missed call: "i ghosted u but my phone was broken".
      /\b(?:ghosted|ignored|blanked|stood (?:you|u) up|went (?:quiet|silent|awol|missing)|disappeared|left (?:you|u) on read|never (?:showed|turned) up|didn't (?:show|turn) up|forgot (?:your|ur) (?:birthday|anniversary))\b/.test(
        s.text,
      ),
  },
];
