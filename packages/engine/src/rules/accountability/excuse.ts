/**
 * `excuse`: an explanation that justifies or explains away the act ("I was drunk", "I had no
 * choice", "anyone would have done the same", "in my defence…"). An excuse that the writer disowns in
 * the same breath ("it doesn't excuse it, but I was…") is still an excuse; "I have no excuse" alone
 * is not.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { MORE_PATTERNS, RECOVERY, ownedTight } from './excuse.more.js';
import { APOLOGY_BEFORE, WIDE_PATTERNS, apologyBefore } from './excuse.wide.js';
import {
  ANYONE,
  CIRCUMSTANCE_STATES,
  CIRCUMSTANCE_SUBJECTS,
  IMPAIRED_STATES,
  WEAK_STATES,
} from './excuse.list.js';
import { alt, keys, runPatterns, type Pattern, raw } from './lib.js';

const REASON = 'An explanation inside the apology can read as a defence.';
const SUGGESTION = 'End the apology at the part where you own it. If they ask why, you can explain then.';

const ADV = raw`(?:(?:just|so|really|very|pretty|completely|totally|honestly|literally|absolutely|extremely|super|too|a bit|a little|kind of|quite|way too|already|still|also|clearly|probably|obviously|genuinely|seriously|proper|well|dead|mad|hella|lowkey|very much|so much|\w+ly)\s+){0,3}`;
const I_WAS = raw`\b(?:i\s+(?:was|felt|had been|'d been)|i'd\s+been)\s+`;

/** Only in a sentence that also names an act, an apology or a cause do weak states excuse it. */
const WEAK_CONTEXT =
  /\b(?:sorry|apologi[sz]e|forgive|but|because|since|that's why|which is why|so i|so that's|when i|i didn't mean|didn't mean|i said|i did|said (?:things|stuff|some|what|that)|i snapped|i forgot|i missed|i lashed|i yelled|i shouted|i lost|i reacted|i went|i ignored|i left|i blew|i took|i ghosted|i couldn't|i barely|i overreacted|i acted|i did what|that's all|took it out on|in that moment|in the moment|couldn't control|could not control|couldn't help|didn't know better|didn't know any better|i (?:just|kind of|sort of|totally|completely|kinda) (?:snapped|lost it|lashed out|blew up|yelled|shouted|said|reacted|went off))\b/;

const STATE_RE = new RegExp(`${I_WAS}${ADV}(?<state>${alt(IMPAIRED_STATES)}|stres+e?d(?:\\s+out)?)\\b`, 'g');

const circumstance = `(?:${alt(CIRCUMSTANCE_SUBJECTS)})\\s+(?:(?:was|were|had|has|had been|has been|got|just|really|so|literally|\\w+ly)\\s+){0,3}(?:${alt(CIRCUMSTANCE_STATES)})`;
const CIRCUMSTANCE_RE = new RegExp(`\\b${circumstance}\\b`, 'g');
/** Sorry for the reply itself: late, slow, a missed call. */
const COURTESY_SORRY =
  /\b(?:sorry|sry|soz|apologies)\s+(?:for\s+(?:the\s+)?(?:late|slow|delayed)\s+(?:reply|response|text|answer)|(?:i|for|that i)\s+(?:missed|missing)\s+(?:your|ur)\s+(?:\w+\s+)?calls?|for the (?:delay|wait)|for not (?:replying|answering|getting back(?: to you)?) (?:sooner|earlier))\b/g;
const APOLOGY_OR_CAUSE =
  /\b(?:sorry|apologi[sz]e|apologies|but|because|since|that's why|which is why|so i|and i (?:couldn't|could not|didn't|did not|had to|barely|just|forgot|missed)|i couldn't|i could not|i didn't have|i had to|i forgot|i missed|i barely|i've barely|i hardly)\b/;

const ANYONE_RE = new RegExp(
  `\\b(?<span>(?:${alt(ANYONE)})(?:\\s+(?:else|in my (?:position|shoes|place|situation)|who (?:\\w+\\s+){1,6}?)){0,2}\\s+(?:would(?:'ve| have| of)|'d have|'d of|would do (?:the same|that|it)|would've)\\s+(?:\\w+\\s+){0,2}\\w+)`,
  'g',
);

const ELLIPTICAL_ANYONE_RE = new RegExp(
  `\\b(?:${alt(ANYONE.filter((w) => !/^no/.test(w)))})\\s+(?:else\\s+)?(?:in my (?:position|shoes|place|situation)\\s+)?(?:would(?:'ve| have| of)|'d have|would've)(?:\\s+(?:too|as well))?(?=\\s*[.!]*\\s*$)`,
  'g',
);

export const PATTERNS: readonly Pattern[] = [
  // "I was drunk", "I was in a bad place", "i was so stresed w midterms"
  {
    keys: keys('was|felt|been'),
    re: STATE_RE,
    accept: (m, s) => {
      if (
        /\b(?:when|whenever|every time|if|while|until|after|before|unless|since|as)\s+$/.test(
          s.text.slice(Math.max(0, m.index - 12), m.index),
        )
      )
        return false;
      const state = (m.groups?.['state'] ?? '').replace(/\s+/g, ' ');
      // "I was tired of lying", "sick of the arguments": a feeling about something, not a state.
      if (/^\s+of\b/.test(s.text.slice(m.index + m[0].length)) && /(?:tired|sick|scared)$/.test(state))
        return false;
      // "I was drunk at the party last night lol" without an act is still an excuse only for strong states.
      // "proper stressed with work", "stressed to the max": the state given its cause or its size.
      if (
        /^\s+(?:out\s+)?(?:with|from|because of|over)\s+(?:work|uni|school|exams|money|the|my|everything|all)\b|^\s+(?:out\s+)?(?:to the max|out of my (?:mind|head|skull)|beyond belief|off my head)/.test(
          s.text.slice(m.index + m[0].length),
        ) &&
        (state.startsWith('stres') ||
          /tired|exhausted|overwhelmed|drained|burnt out|burned out|knackered|run down|worn out/.test(
            state,
          )) &&
        !/\bbut\s+i\s+(?:still\s+)?(?:made|managed|found|kept|tried|did|got)\b/.test(s.text)
      )
        return true;
      if (WEAK_STATES.has(state) || state.startsWith('stres') || state === 'just tired') {
        // "I'm sorry I snapped. I was exhausted.": the state is the whole reason, told after the apology.
        return WEAK_CONTEXT.test(s.text) || (m.index < 3 && apologyBefore(s));
      }
      // "I was hurting too" alone is a feeling, not a defence, unless beside an act or a cause.
      if (state === 'hurting too' || state === 'scared of losing you') return WEAK_CONTEXT.test(s.text);
      return true;
    },
  },
  // "I just wasn't in a good place", "I wasn't myself", "I wasn't thinking straight"
  {
    keys: keys("wasn't|not"),
    re: /\bi\s+(?:(?:just|really|honestly|simply|clearly|obviously)\s+)?(?:wasn't|was not)\s+(?:really\s+)?(?:myself|in (?:a|the) (?:good|right|great|healthy) (?:place|headspace|frame of mind|space|state)|thinking (?:straight|clearly|properly|right)|in my right mind|well|okay|ok|coping)\b/g,
    negation: false,
    accept: (_m, s) =>
      !/\bi\s+(?:just\s+)?(?:wasn't|was not)\s+(?:well|okay|ok|coping)\b/.test(s.text) ||
      WEAK_CONTEXT.test(s.text),
  },
  // "I'd had maybe six drinks", "I'd been drinking", "it was the alcohol talking"
  {
    keys: keys(
      'drinks|beers|pints|glasses|shots|drinking|using|smoking|alcohol|drink|booze|drugs|pills|wine|beer|meds|medication|stress|anger|grief|depression|talking',
    ),
    re: /\b(?:i'd|i had)\s+(?:had\s+)?(?:(?:maybe|like|about|at least|probably|already|just)\s+)?(?:a few|a couple|too many|way too many|several|one too many|\w+)\s+(?:drinks|beers|pints|glasses|shots)\b|\b(?:i'd|i had)\s+been\s+(?:\w+\s+)?(?:drinking|using|smoking)\b|\bit was (?:just )?the (?:alcohol|drink|booze|drugs|pills|wine|beer|meds|medication|stress|anger|grief|depression) (?:talking)?|\bthe (?:alcohol|drink|booze|wine) (?:was )?talking\b/g,
  },
  // "my mental health was really bad", "my head was all over the place", "i barely knew what i was saying"
  {
    keys: keys('my|knew|know|remember'),
    re: /\bmy (?:mental health|head|headspace|mind|anxiety|depression|meds|medication|hormones|sleep)\s+(?:was|were|had been|got)\s+(?:(?:just|so|really|completely|totally|pretty|\w+ly)\s+){0,2}(?:bad|awful|terrible|poor|rough|a mess|all over the place|in a bad place|not (?:right|good|great)|at rock bottom|so bad|through the floor|out of control|spiralling|spiraling|everywhere)\b|\bi (?:barely|hardly|didn't even|did not even) (?:knew|know) what i was (?:saying|doing)\b|\bi (?:don't|can't|cannot|do not) (?:even )?remember (?:saying|doing|calling|texting|sending|writing|most of it|much of it|any of it|it|that night)\b/g,
    negation: false,
  },
  // "my dad had just been diagnosed", "I was going through a lot with my mum being ill"
  {
    keys: keys('diagnosed|died|passed|ill|sick|dying|hospital'),
    re: /\b(?:my|our) (?:mum|mom|dad|mother|father|nan|gran|grandma|grandad|grandpa|brother|sister|best friend|friend|dog)\s+(?:had\s+)?(?:just\s+)?(?:been diagnosed|died|passed|passed away|being ill|being sick|was dying|was ill|was sick|was in hospital|had (?:just )?died)\b/g,
    accept: (_m, s) =>
      APOLOGY_OR_CAUSE.test(s.text) || /\b(?:excuse|wasn't myself|not myself)\b/.test(s.text),
  },
  // "I had no choice", "my hands were tied", "what was I supposed to do", "I didn't know what else to do"
  {
    keys: keys(
      "choice|option|options|alternative|way|tied|supposed|meant|could|couldn't|can't|else|would|had|someone|hard|impossible|difficult",
    ),
    re: /\bi\s+(?:really\s+|literally\s+|honestly\s+|just\s+)?(?:had|felt i had|saw|was given|got)\s+no\s+(?:other\s+)?(?:choice|option|alternative|other way)\b|\bi\s+(?:really\s+|literally\s+|honestly\s+)?(?:didn't|did not)\s+(?:really\s+)?have\s+(?:much|a|any|any other|another|a lot of)\s+(?:choice|option|options|alternative)\b|\b(?:there was|there's|i had) no (?:other )?(?:way|option|alternative) (?:around it|out|but|else)\b|\bmy hands were tied\b|\bwhat (?:else )?(?:was i (?:supposed|meant) to do|could i (?:have )?(?:done|do)|else could i (?:have )?do(?:ne)?|choice did i have|other choice did i have|would you have done)\b|\bi (?:just |really |honestly |literally |genuinely )?(?:didn't|did not) know what else to do\b|\bi (?:literally |really |honestly |just |genuinely |simply )?(?:couldn't|could not|can't) (?:say no|leave|get away|get out of it|help it|have done anything (?:else|different)|do anything (?:else|about it)|afford to say no|turn it down)\b|\b(?:there was|there's) (?:literally |honestly |really )?(?:no one|nobody|noone) else (?:\w+\s+){0,4}?(?:who could|to|that could|(?:he|she|they|i|we) could)\b|\bi had to (?:make a call|choose|take it|make a decision|do it|do something|act fast|decide quickly|say yes)\b|\bsomeone had to (?:pay|do|keep|make|take|work)\b|\b(?:it was|it's|it is) (?:really |very |so )?(?:hard|impossible|difficult) (?:not )?to (?:say no|resist|turn it down|refuse)\b/g,
    negation: false,
  },
  // "anyone would have done the same", "any guy in my position would have looked"
  {
    keys: keys("would|would've"),
    re: ANYONE_RE,
    accept: (m) =>
      // "anyone else would have forgiven me by now" is about their reaction, not the writer's act.
      !/(?:would(?:'ve| have| of)|'d have|'d of)\s+(?:\w+ly\s+)?(?:forgiven|understood|moved on|let it go|accepted|listened|got over|gotten over|taken me back|given me)\b/.test(
        m[0],
      ) &&
      !/\b(?:proud|lucky|happy|glad|loved|love|liked|been proud|been lucky|been happy|noticed|known|seen|cared|been there|forgiven|forgiven me|forgive|forgive me|understood|given me|let it go|moved on|got over it|accepted|listened|taken me back|been hurt|been upset|been angry|been furious|been devastated|been heartbroken|been crushed|been humiliated|felt the same|felt hurt|felt betrayed|left|walked away|done the same to me)(?:\s+(?:by|to|at|about|with|if|too))?\s*$/.test(
        m[0],
      ),
  },
  // "Anyone in my position would have.": the same, with the act left to the sentence before.
  {
    keys: keys("would|would've"),
    re: ELLIPTICAL_ANYONE_RE,
  },
  // "everyone in our group drank", "everybody did it": others at the time did the same act. The
  // present "everyone flirts at parties" calls the act normal, which is `minimizing` (decision 6).
  {
    keys: keys('everyone|everybody|guys|men|girls|couples|what|how|boys'),
    re: /\b(?:everyone|everybody|all (?:the )?guys|all men|all girls|all couples)\s+(?:(?:else|in (?:the|our|my) \w+)\s+)?(?:does (?:it|this|that)|did (?:it|that|this|the same)|drank|was doing it|was drinking)\b|\b(?:it's|that's|this is) (?:just )?(?:how|what) (?:everyone|everybody|guys|men|girls|people) (?:does|do|are|is)\b|\bboys will be boys\b/g,
  },
  // "sorry, but hospitals freak me out", "if I'd said no I might have lost my job", "my phone was in his car"
  {
    keys: keys('sorry|apologise|apologize|if'),
    re: /\b(?:sorry|apologi[sz]e)\b[^.]{0,80}?\bbut\s+(?<span>[^.,]{0,40}?\b(?:freak|freaks|freaked|scare|scares|scared|terrify|terrifies|stress|stresses|overwhelm|overwhelms)\s+me(?: out)?)|\bif i(?:'d| had)(?:n't| not)? \w+[^.]{0,60}?\bi (?:might|would|could|'d)(?:n't| not)? (?:have|'ve) (?:lost|had|been)\b|\b(?:sorry|apologi[sz]e)\b[^.]{0,60}?\b(?<span2>my phone was (?:in|at|on silent|off|dead|left|in my bag|in the car)\b)/g,
  },
  // "I'm sorry, but I was…", "I lied because I was scared", "it's just that…", "I was just trying to help"
  {
    keys: keys(
      'sorry|apologise|apologize|apologies|because|bc|cos|since|as|thing|reason|problem|just|only|trying|wanted|meant|needed|heat|grew|raised|brought|taught|how|way|going|plate|deal|hard|difficult|tough|rough|stressful|crazy|dark|horrible|awful',
    ),
    re: /\b(?:sorry|apologi[sz]e|apologies)\b[^.?!]{0,80}?\b(?:but|because|cos|since|it's just that|it was just that)\s+(?<span>i\s+(?:was|had|'d|felt|thought|needed|wasn't|didn't (?:have|know|think|want)|couldn't|got)\b[^.?!,]{0,50})|\bi\s+(?:\w+ly\s+)?(?:lied|cheated|left|went|did (?:it|this|that)|said (?:it|that|those things)|snapped|yelled|shouted|hid (?:it|this|that)|kept (?:it|this|that)|took (?:it|that|the money)|ghosted(?: you)?|ignored you|read|looked|checked|missed (?:it|that|the|your|our|his|her)|forgot|stayed|drank|spent (?:it|the money)|borrowed|moved|blocked you|didn't (?:tell you|call|come|show up|reply|answer)|wasn't there)\b(?:\s+\w+){0,6}?\s+(?:because|cos|since|as|bc)\s+(?<span2>(?:i\s+(?:was|had|'d|felt|thought|needed|didn't want|was scared|was afraid)|my\s+\w+|work|the\s+\w+|things|it\s+was|there\s+was)\b[^.?!,]{0,50})|\b(?:the (?:thing|reason|problem) (?:was|is)|it's (?:only|just) that|it was (?:only|just) that|it's (?:only|just) because|it was (?:only|just) because)\b[,:]?\s+(?:i|my|work|things|it|the|we|there)\b|\bi\s+was\s+(?:only|just)\s+trying\s+to\b|\bi\s+(?:only|just)\s+(?:wanted|meant|needed)\s+to\s+(?:help|protect|keep|make sure|be sure|be safe|know (?:the truth|where|who|what|if)|see (?:who|what|if|where)|understand|look after|spare|fix|feel)\b|\b(?:in|during) the heat of the moment\b|\bi\s+(?:grew up|was raised|was brought up|was taught)\s+(?:with nothing|without|in a (?:house|home|family) where|seeing|watching|thinking|believing|to (?:believe|think))\b|\b(?:it's|that's|it is|that is|its|thats) (?:just )?(?:how|the way) i (?:was raised|grew up|was brought up|am wired)\b|\bi\s+(?:just\s+|really\s+)?needed\s+(?:some\s+)?(?:space|an escape|a release|an outlet|someone to talk to|attention|to feel (?:wanted|seen|loved|something|alive))\b|\b(?:there was|there's been|i had|i've had|we had) (?:just )?(?:so much|a lot|too much) (?:going on|on my plate|to deal with)\b|\bit was (?:a |such a )?(?:really |very |so )?(?:hard|difficult|tough|rough|stressful|crazy|dark|horrible|awful) (?:time|period|year|few months|week|patch|season)(?: for me| for everyone| for both of us| for us)?\b/g,
    accept: (m, s) => {
      if (/^i\s+(?:only|just)\s+(?:wanted|meant|needed)/.test(m[0]) && !APOLOGY_OR_CAUSE.test(s.text))
        return false;
      if (
        /^it was (?:a |such a )?(?:really |very |so )?(?:hard|difficult|tough|rough|stressful|crazy|dark|horrible|awful)/.test(
          m[0],
        )
      )
        return APOLOGY_OR_CAUSE.test(s.text) || /for (?:me|everyone|both of us|us)$/.test(m[0]);
      const tail = s.text.slice(m.index, m.index + m[0].length + 30);
      // "I lied because I was selfish" owns the act; it does not defend it.
      return !/\b(?:selfish|a coward|cowardly|weak|immature|arrogant|careless|thoughtless|wrong|an idiot|stupid|didn't care|was lazy|lazy|jealous and|ashamed|easier|i wanted to|i chose to|i felt like it|angry|cruel|spiteful|petty)\b/.test(
        tail,
      );
    },
  },
  // "I didn't think you'd mind", "it was an accident", "we were on a break", "my anxiety made me…"
  {
    keys: keys(
      'think|thought|know|knew|expect|expected|accident|mistake|break|broken|separated|over|together|plate|mind|my|adhd|anxiety|depression|ptsd|trauma|meds|medication|bipolar|insecurities|insecurity|cope|handle|deal',
    ),
    re: /\bi\s+(?:honestly\s+|really\s+|genuinely\s+|just\s+)?(?:didn't|did not|never)\s+(?:think|thought|know|knew|expect|expected)\s+(?:that\s+)?(?:it|you|u|that|this|anyone)\s+(?:would|'d|wouldn't|would not|was going to)\s+(?:mind|care|matter|find out|notice|be (?:a big deal|an issue|a problem|that bad)|hurt|upset|bother|see)\b|\bi\s+(?:honestly\s+|really\s+|genuinely\s+|just\s+)?thought\s+(?:that\s+)?(?:you|u|it)\s+(?:wouldn't|would not|'d never|would never|wouldn't ever)\s+(?:mind|care|notice|find out|be bothered)\b|\bi\s+(?:honestly\s+|really\s+|genuinely\s+|just\s+)?thought\s+(?:that\s+)?it\s+was\s+(?:fine|okay|ok|harmless|innocent|no big deal|nothing)\b|\b(?:it|that)\s+was\s+(?:just\s+|only\s+|honestly\s+|genuinely\s+)?(?:an|a)\s+(?:accident|honest mistake|genuine mistake|innocent mistake)\b|\bwe\s+were\s+(?:technically\s+|basically\s+|kind of\s+|sort of\s+)?(?:on a break|broken up|separated|already over|basically over|not together)\b|\bi\s+had\s+(?:a lot|so much|too much|loads)\s+on\s+my\s+(?:plate|mind)\b|\bmy\s+(?:adhd|anxiety|depression|ptsd|trauma|childhood|past|upbringing|meds|medication|condition|bipolar|ocd|insecurities|insecurity|issues|demons|addiction|temper)\s+(?:\w+\s+)?(?:made me|makes me|is why|was why|got the better of me|took over|kicked in|was really bad|was bad|was acting up|flared up|was through the roof)\b|\b(?:it's|it was|that's|that was)\s+(?:just\s+)?(?:my|the)\s+(?:adhd|anxiety|depression|ptsd|trauma|meds|medication|bipolar|insecurities|insecurity)(?:\s+talking)?\b|\bi\s+(?:just\s+|really\s+)?(?:couldn't|could not|can't)\s+(?:cope|handle it|handle anything|deal with (?:it|anything|everything|things))\b/g,
  },
  // "in my defence", "in fairness", "to be fair to myself", "you have to understand", "put yourself in my shoes"
  {
    keys: keys(
      'defence|defense|fairness|fair|understand|appreciate|see|realise|realize|remember|shoes|position|place|side|situation|perspective|pressure|stress|strain|look',
    ),
    re: /\bin my (?:own )?defen[cs]e\b|\bin (?:all )?fairness\b(?!\s+to\s+(?:you|u|her|him|them))|\bto be fair to (?:me|myself)\b|\b(?:you|u)\s+(?:have to|need to|must|should|have got to|'ve got to|got to)\s+(?:try to\s+)?(?:understand|appreciate|see it from|see where i|remember (?:that )?i|realise|realize)\b|\bput yourself in my (?:shoes|position|place)\b|\b(?:see|look at) (?:it|things) from (?:my side|my point of view|my perspective|where i was|my end)\b|\b(?:please )?(?:try to )?understand my (?:position|situation|side)\b|\bthe (?:pressure|stress|strain) (?:i was|we were) under\b/g,
    // "you need to understand that you pushed me into it" moves the blame (blame-shift), not an excuse.
    accept: (m, s) =>
      !/^(?:you|u)\b/.test(m[0]) ||
      !/^\s+(?:that\s+)?(?:you|u|your|ur)\b/.test(s.text.slice(m.index + m[0].length)),
  },
  // "not trying to excuse it, but…", "it doesn't excuse anything, but…", "that's not an excuse, it's just the truth"
  {
    keys: keys('excuse|excuses|excusing|justify|justifying|justification'),
    re: /\b(?:(?:i'm |i am )?not (?:trying|going|here|saying this|making|looking) (?:to )?(?:make )?(?:excuses?|excusing|justify|justifying)(?: (?:it|anything|myself|what i did|this|that))?|(?:it|this|that) (?:doesn't|does not|won't|will not|can't|cannot|didn't) (?:excuse|justify) (?:it|anything|what i did|my behaviou?r|what happened|this|that)|(?:i know )?(?:it's|it is|that's|that is) (?:not|no) (?:an )?(?:excuse|justification)|not to make (?:an )?excuses?)\s*[,;]?\s+(?:but|it's|it is|just|i was|i'd|i had|though)\b/g,
    negation: false,
  },
  // "I only lied because…", "the only reason I lied is…", "I did it out of love", "to protect you"
  {
    keys: keys(
      'only|because|since|as|cos|reason|out|from|spare|protect|shield|protecting|looking|trying|working|building|saving|grinding|thought|believed|good',
    ),
    re: /\bi\s+only\s+(?:\w+\s+){1,7}?(?:because|since|as|out of|cos)\b|\bthe only reason (?:why |that )?i\s+\w+(?:\s+\w+){0,4}?\s+(?:is|was|'s)\s+(?:because|that|i)\b|\b(?:i did (?:it|that|this|what i did)|it was (?:all )?|i \w+ (?:it|that) )(?:out of|because of|from) (?:love|fear|worry|concern|panic|desperation)\b|\b(?:because|cos|since|as)\s+i\s+(?:didn't|did not)\s+want\s+(?:to\s+)?(?:upset|worry|hurt|stress|lose|burden|scare|disappoint)\b|\b(?:to|trying to|wanted to)\s+(?:spare|protect|shield) (?:you|u|us)\b|\bi was (?:only |just )?(?:protecting|looking out for|trying to (?:protect|keep|look after|help|save|spare|do right by)) (?:you|u|us|the family|our family|the kids|everyone)\b|\bi was (?:only |just )?(?:working|building|saving|grinding)\b(?:\s+\w+){0,6}?\s+(?:for (?:us|both of us|the family|our family|our future|the kids)|to (?:keep us|provide|support|secure|pay for|give us))\b|\bi (?:thought|believed) (?:it was|they were|that was|it would be|i was acting) (?:in |for )?(?:our|your|the family's|everyone's) (?:best interests?|own good)\b|\bfor your own good\b/g,
  },
  // "in my country it is normal", "in our family, women never worked"
  // "I was always going to pay it back", "my intention was always to protect the family"
  {
    keys: keys('going|gonna|planning|about|intention|plan|aim|most'),
    re: /\bi was (?:always |only |just |definitely )?(?:going to|gonna|planning to|about to) (?:pay (?:it|you|that|the money|them) back|pay it off|clear it|tell you|come clean|sort it|fix it|give it back|put it back)\b|\bmy (?:intention|plan|aim) was (?:always |only |just )?to (?:protect|secure|provide|help|keep|look after|do right|pay)\b|\bmost (?:couples|people|guys|men|women|girls|families|husbands|wives) (?:keep|do|hide|would|go through|look)\b/g,
  },
  {
    keys: keys('country|culture|family|religion|community|generation|day|world|line'),
    re: /\bin (?:my|our) (?:country|culture|family|religion|community|generation|day|world|line of work),?\s+(?:it's|it is|is|was|it was|we|women|men|people|everyone|nobody|no one|you)\b/g,
  },
  // "work was a nightmare", "my phone died", "the deal couldn't wait"
  {
    keys: keys(
      'work|job|boss|office|uni|school|exams|midterms|finals|pressure|stress|deadline|traffic|phone|battery|market|money|things|everything|life|company|firm|business|store|shop',
    ),
    re: CIRCUMSTANCE_RE,
    // "Sorry I've been distant. Work has been insane.": the apology may sit in the sentence before.
    // "Sorry for the late reply, work has been mental": a courtesy about the reply, not an apology for a hurt.
    accept: (_m, s) => APOLOGY_OR_CAUSE.test(s.text.replace(COURTESY_SORRY, ' ')) || apologyBefore(s),
  },
  {
    keys: keys(
      'phone|battery|circumstances|situation|deal|offer|contract|job|opportunity|deadline|period|time|year|headspace|bandwidth|energy|capacity|head|slept|sleep|awake|up|left|off|why|thats|know|panicked|froze|freaked|lost|nights|working|alarm|running|day|days|night',
    ),
    re: /\b(?:and|but|because|since|plus|cos) my (?:phone|battery) (?:\w+ly )?(?:had )?(?:died|was dead|was off)\b|\bthe (?:circumstances|situation) (?:at the time )?(?:were|was) (?:\w+ly )?(?:difficult|hard|impossible|exceptional|complicated|extraordinary)\b|\b(?:the|that) (?:deal|offer|contract|job|opportunity) (?:couldn't|could not|wouldn't|would not) (?:wait|have (?:waited|stayed open|remained open))\b|\bthe offer had a deadline\b|\b(?:a|the) (?:period|time|year) of (?:\w+ )?(?:pressure|stress|strain)\b|\bi (?:just )?(?:didn't|did not) have the (?:headspace|bandwidth|energy|capacity|head space)\b|\bi(?:'d| had|'ve| have)? (?:barely|hardly|not) slept\b|\bi hadn't slept\b|\b(?:couldn't|could not|can't|wasn't able to|was not able to)\s+(?:get|take)\s+(?:the\s+)?(?:time|day|days|night)\s+off\b|\b(?:that's|that is|which is|thats|and that's)\s+why\s+i\s+(?:was|did|said|went|acted|snapped|reacted|lied|got|behaved|left|couldn't|didn't|wasn't|kept|forgot|missed)\b|\bmy\s+(?:phone|battery)\s+(?:\w+ly\s+)?(?:had\s+)?(?:died|was dead|was off)\s+and\s+i\s+(?:didn't|couldn't|never|did not|could not)\s+(?!reply|answer|respond|text back|call back|pick up)|\b(?:you|u)\s+know\s+how\s+(?:\w+\s+){0,3}(?:pressure|work|things|busy|stressful|hectic|crazy|it gets|it is|it was)\b(?![^.]{0,30}\b(?:for you|your)\b)|\bi\s+(?:just\s+|honestly\s+|totally\s+)?(?:panicked|froze|freaked out|lost my head)\b|\bi(?:'d| had)\s+been\s+(?:on\s+nights|working\s+(?:nights|doubles|double shifts|late|\w+ hours|all hours|non-stop)|on\s+(?:night|double)\s+shifts)\b|\bslept\s+through\s+(?:my|the)\s+alarm\b|\bi(?:'d| had)\s+been\s+(?:up|awake)\s+(?:for\s+)?(?:\w+\s+){0,2}(?:hours|days|nights)\b|\bi\s+was\s+left\s+with\s+(?:no|little)\s+(?:other\s+)?(?:alternative|choice|option)\b|\brunning on (?:\w+ )?(?:hours? of )?(?:no )?sleep\b/g,
    // "I have not slept since you left", "I barely slept, thinking about what I did": grief now, not a reason.
    accept: (m, s) =>
      !/slept$/.test(m[0]) ||
      (!/\bsince\s+(?:you|u|the|we|that|then)\b/.test(s.text.slice(0, m.index)) &&
        !/^\s*(?:(?:properly|well|much|at all|a wink|a lot)\s+)?(?:since|after|thinking|worrying|for (?:days|weeks|nights)|last night|because of (?:what|how|this|it)|over (?:this|it|what))\b/.test(
          s.text.slice(m.index + m[0].length),
        )),
  },
  // "the only reason I lied was so you wouldn't worry", "I just didn't want a fight", "what was I supposed to think?"
  {
    keys: keys('reason|want|wanted|supposed|meant'),
    re: /\bthe only reason (?:why )?i (?:[\w']+ ){1,8}?(?:was|is) (?:that|so|because|cos|cause|to)\b|\b(?:that's|that is|that was|it's|it was|thats|its)\s+(?:really\s+|honestly\s+|literally\s+)?the\s+only\s+reason\s+(?:why\s+|that\s+)?i\s+(?:ever\s+|even\s+)?(?:\w+ed|did|went|said|told|took|kept|hid|read|looked|left|lied|drank|broke|came|got|ran|made|sent|wrote|spent|bought)\b|\bi (?:just |only |really |honestly )?(?:didn't|did not|didnt) want (?:a fight|an argument|a row|drama|any drama|the drama|trouble|to (?:upset|hurt|worry|stress|disappoint|scare|burden) (?:you|u|ya)|(?:you|u|ya) to (?:worry|be upset|get upset|leave|find out|panic|freak out|be hurt|stress))\b|\bwhat (?:was|am|were) i (?:supposed|meant) to (?:do|think|feel|say)\b/g,
    negation: false,
  },
  // Work or circumstance as the reason inside the apology: "sorry I forgot, work's been mental"
  {
    keys: keys("work|work's|job"),
    also: keys('sorry|apologise|apologize|forgot|missed|late|was'),
    re: /\b(?:work|my job|the job|my boss|uni|school)(?:'s| is| was| has been|'s been| had been)? (?:\w+ly |so |really |just |been )*(?:mental|crazy|mad|hectic|insane|manic|full on|demanding|a nightmare|chaos|nuts|so busy|busy|non-stop|relentless)\b|\b(?:work|my job|my boss|the job) had me (?:on call|working|stuck|at|doing)\b/g,
    accept: (_m, s) =>
      /\b(?:sorry|apologi[sz]e|forgot|missed|late|was)\b/.test(s.text.replace(COURTESY_SORRY, ' ')),
  },
  // Pressure as the reason: "decisions were made under a lot of pressure", "I was caught in the middle"
  {
    keys: keys('pressure|middle|showed|taught'),
    re: /\bunder (?:a lot of|so much|huge|enormous|a great deal of|massive|intense|immense) (?:pressure|stress|strain)\b|\bi (?:was|felt|got) (?:caught|stuck|trapped) in the middle\b|\b(?:nobody|no one|no-one) (?:ever )?(?:showed|taught) me how to\b/g,
  },
];

/** "I won't pretend I was too drunk", "you make it sound like I was wasted": not offered as a reason. */
const DISCLAIMER_BEFORE =
  /\b(?:(?:not|never|won't|can't|cannot|don't|didn't) (?:going to |gonna |want to |trying to )?(?:pretend|say|claim|blame (?:it )?on|use|hide behind|act like)|(?:sound|sounds|sounded|acting|act|acts|acted|treat me|treating me) (?:like|as if|as though)|as if|as though|not like)\s+(?:\w+\s+){0,3}$|\b(?:if|unless|whenever|when)\s+$/;
/** "I was wasted but that's not an excuse, I chose to drink": the writer takes the reason back. */
const DISOWNED_AFTER =
  /^[^.]{0,40}?\b(?:but|and|though|,)\s*(?:that's|that is|it's|it is|which is|this is|that was|which was)\s+(?:not|no|never)\s+(?:an?\s+|any\s+)?(?:excuse|reason|justification)\b(?!\s*[,;]?\s*(?:it's|it is|but|just|i'm just))/;

/** The writer owns the choice right after the state: "I was drunk, and I chose to drink", "…but I knew it was wrong". */
const OWNED_CHOICE_AFTER =
  /^[^.]{0,50}?\b(?:i chose|which was (?:so\s+|really\s+|completely\s+|totally\s+)?(?:wrong|unfair|not fair|cruel|not okay|not ok)|i made (?:a|the|that|my) (?:choice|decision)|the (?:choice|decision) was mine|was my (?:choice|decision)|that's on me|that is on me|it's on me|(?:that's|that is|it's|it is|that was|it was)(?:n't| not) why i|i knew (?:it was wrong|better|what i was doing|exactly what i was doing)|i still chose|i still did it|i (?:still |really )?should(?:'ve| have| of)|i could(?:'ve| have) (?:still )?(?:called|texted|told|come|made)|i should not have)\b/;

const SELF_CONSEQUENCE =
  /^[^.]{0,40}?\b(?:and|so)\s+(?:i|i'm|i am|i've|i have)\s+(?:\w+\s+)?(?:thought about (?:ending it|ending my life|suicide|killing myself|hurting myself|not being here)|taking (?:a break|time off|some time off|a step back)|took (?:a break|time off|some time off|a step back)|got help|started therapy|signed off|went to (?:the|my) (?:doctor|gp))\b/;

function disowned(s: Sentence, start: number, end: number): boolean {
  const before = s.text.slice(Math.max(0, start - 60), start);
  if (OWNED_CHOICE_AFTER.test(s.text.slice(end, end + 80))) return true;
  const span = s.text.slice(start, end);
  if (/why\s+i\b/.test(span)) {
    if (start < 12) return true;
    // "your mum got in my head, that's why I…" moves blame (blame-shift); "…that's why I didn't reply" is logistics.
    if (
      /\b(?:you|your|u|ur)\b/.test(before) ||
      /^\s*(?:reply|answer|respond|text|call|pick)/.test(s.text.slice(end, end + 12))
    )
      return true;
  }
  if (DISCLAIMER_BEFORE.test(before)) return true;
  // "I was angry and I took it out on you": a feeling of their own, owned as misdirected at them, not
  // an outside cause offered in defence ("work was hell and I took it out on you" still is one).
  if (
    /^i\s+(?:was|felt)\s+(?:\w+\s+){0,2}(?:angry|jealous|hurt|upset|frustrated|insecure|mad|furious|bitter|resentful|humiliated|ashamed)$/.test(
      span,
    ) &&
    /^[^.]{0,12}?\band\s+i\s+(?:just\s+)?(?:took|taken)\s+it\s+(?:all\s+)?out\s+on\s+(?:you|u)\b/.test(
      s.text.slice(end, end + 50),
    )
  )
    return true;
  // A state told as a life update, over now: "I was in a bad place last year, I'm doing better now".
  if (/^i(?:\s+was|'d been|\s+had been)\b/.test(span) && RECOVERY.test(s.text)) return true;
  // What the state did to the writer, told as news: "I was in a dark place and I thought about ending
  // it", "I was under a lot of stress, so I'm taking a break from work". No act on them is defended.
  if (/^i(?:\s+was|'d been|\s+had been)\b/.test(span) && SELF_CONSEQUENCE.test(s.text.slice(end, end + 70)))
    return true;
  // "I was exhausted from the hike but it was worth it": no act to defend.
  if (
    /^[^.]{0,40}?\bbut\s+(?:it was|it's)\s+(?:so\s+)?(?:worth it|fun|great|amazing|lovely|brilliant)\b/.test(
      s.text.slice(end, end + 60),
    )
  )
    return true;
  // "it's just that I miss you" says what they feel now, not why they did it.
  if (
    /^(?:it was|it's|it is) (?:only|just) that\b/.test(span) &&
    /^\s*(?:i\s+)?(?:miss|love|loved|want|need|care|wish|hope|can't stop|think about|still)\b/.test(
      s.text.slice(end, end + 30),
    )
  )
    return true;
  const after = s.text.slice(end, end + 80);
  // "I thought it was harmless, but I was so wrong": the writer takes it back.
  if (
    /^[^.]{0,30}?\b(?:and|but)\s+i\s+was\s+(?:so\s+|very\s+|completely\s+|totally\s+|dead\s+)?wrong\b/.test(
      after,
    )
  )
    return true;
  // "I was protecting you, but I was really protecting myself": the writer corrects the motive.
  if (
    /^[^.]{0,30}?\bbut\s+i\s+was\s+(?:really\s+|only\s+|just\s+)?(?:protecting myself|kidding myself|lying to myself|mistaken)\b/.test(
      after,
    )
  )
    return true;
  return DISOWNED_AFTER.test(after);
}

const ALL_PATTERNS: readonly Pattern[] = [...PATTERNS, ...MORE_PATTERNS, ...WIDE_PATTERNS];

export const excuse: Rule = {
  id: 'excuse',
  kind: 'problem',
  gate: /\b(?:i|i'd|i've|my|our|it|the|anyone|anybody|any|any1|growing|given|grief|one|that|its|thats|work|uni|school|exams|everyone|everybody|most|in|to|you|put|see|understand|what|there|someone|work|things|traffic|because|since|as|cos|and|but|plus|not|that's|a)\b/,
  readsPrevious: true,
  gatePrevious: APOLOGY_BEFORE,
  find(s: Sentence): Hit[] {
    return runPatterns(s, ALL_PATTERNS, REASON, SUGGESTION).filter(
      (h) => !ownedTight(s, h.start) && !disowned(s, h.start, h.end),
    );
  },
};
