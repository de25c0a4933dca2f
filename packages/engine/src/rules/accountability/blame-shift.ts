/**
 * `blame-shift`: moves responsibility for the writer's act onto the recipient or others, including
 * DARVO (reversing victim and offender): "you made me do it", "if you hadn't gone through my
 * phone…", "you're the one who…", "my friends talked me into it". "We" counts only when it spreads
 * the writer's own act onto the recipient (LABELS decision 10).
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import {
  APOLOGY_PREVIOUS,
  BUT_YOU_AFTER_APOLOGY,
  CONDUCT_AS_ANSWER,
  NO_CHOICE_PREVIOUS,
  WIDE_PATTERNS,
} from './blame-shift.wide.js';
import { MORE_PATTERNS, goodPush } from './blame-shift.more.js';
import { dedupe, keys, runPatterns, type Pattern, raw } from './lib.js';

const REASON = 'This puts part of the weight of what you did on them.';
const SUGGESTION = "Keep the sentence about your own choices: 'I chose to…'.";

const YOU = raw`(?:you|u|ya)`;
/** What the writer came to know or do thanks to them: "I'd never have known if you hadn't told me". */
const KNOWING = raw`(?:known|realised|realized|noticed|found out|understood|learned|learnt|met|got help|asked for help)`;
const YOURE = raw`(?:you're|you are|your|u are|you were|u were|you was)`;

/** What "you made me…" may lead to when it moves blame: acts and lost control, not laughter. */
const PROVOKED = raw`(?:do (?:it|this|that|what i did|things|stuff)|snap|lose it|lose my (?:temper|head|mind|cool|shit)|lash out|act (?:like|that way|out)|react|say (?:it|that|those things|things|what i said)|lie|cheat|look(?: elsewhere)?|go (?:through|behind|elsewhere|off)|hide|drink|shout|yell|scream|hit|push|leave|jealous|angry|crazy|paranoid|suspicious|insecure|so angry|so jealous|this jealous|that jealous|this angry|this paranoid|this insecure|this way|like this|do stupid|feel like (?:a|the|some kind of) (?:criminal|monster|villain|bad guy|suspect|prisoner|terrible person)|the bad guy|the villain|a monster|a criminal|turn to|need to|want to (?:cheat|leave|look|lie|drink)|keep (?:it|things|secrets)|feel (?:so\s+)?(?:jealous|insecure|paranoid|suspicious|crazy|unwanted|neglected|invisible|like i (?:had|needed) to))`;

export const PATTERNS: readonly Pattern[] = [
  // "you made me do it", "you drove me to it", "you pushed me into it", "u make me feel like a criminal"
  {
    keys: keys(
      'made|make|makes|making|drove|drive|driving|pushed|push|pushing|forced|force|provoked|provoke|goaded|led|left|leave|gave|give|leaving|giving',
    ),
    re: new RegExp(
      raw`\b(?:${YOU}|you're|you are|ur|u r)\s+(?:\w+ly\s+|just\s+|basically\s+|literally\s+)?(?:made|make|makes|making|drove|drive|driving|pushed|push|pushing|forced|force|provoked|provoke|goaded|left)\s+me\s+(?:(?:to|into)\s+)?(?:${PROVOKED})\b|\b${YOU}\s+(?:\w+ly\s+)?(?:drove|pushed|forced|goaded|provoked|led)\s+me\s+(?:to|into)\s+(?:it|this|that|doing|drinking|cheating|lying|someone|her|him|the edge)\b|\b${YOU}\s+(?:\w+ly\s+)?(?:made|make)\s+it\s+(?:\w+\s+)?(?:hard|impossible|difficult)\s+(?:for me\s+)?to\s+(?:be honest|tell|talk|trust|open up|come to you|say)\b|\b(?:${YOU}\s+(?:left|leave|gave|give)\s+me|${YOURE}\s+(?:leaving|giving)\s+me)\s+no\s+(?:other\s+)?(?:choice|option)\b|\b${YOU}\s+forced\s+my\s+hand\b`,
      'g',
    ),
  },
  // "if you hadn't gone through my phone I wouldn't have…", "if you weren't so cold I wouldn't have needed…"
  {
    keys: keys('if'),
    re: new RegExp(
      raw`\bif\s+(?:${YOU}|${YOU}'d|your\s+\w+|ur\s+\w+)\s+(?:just\s+|had\s+just\s+|'d\s+just\s+|only\s+)?(?:had|'d|hadn't|had not|were|weren't|was|wasn't|didn't|did not|did|could|would|wouldn't|gave|give|answered|trusted|let|listened|told|been|paid|cared|stopped|invited|asked|left|kept)\b[^.?!]{0,90}?\b(?:i|we|it|none of this|this|that|nothing|things|everything)(?:\s+\w+){0,2}?(?:'d\s+(?:never|still|not|be)|\s+(?:wouldn't|would not|would never|never would|would still|would have never|would've never|might not|wouldn't have|couldn't have|would (?:have|'ve) (?:happened|been fine|been okay|worked)))\b`,
      'g',
    ),
    negation: false,
  },
  {
    keys: keys('if'),
    re: new RegExp(
      raw`\b(?:i|it|none of this|this|that|we)(?:\s+|(?='d))(?:wouldn't|would not|would never|'d never|'d not|never would)\s+have\s+(?!${KNOWING}\b)[^.?!]{0,60}?\bif\s+(?:${YOU}|your\s+\w+|ur\s+\w+)\s+(?:had|'d|hadn't|had not|were|weren't|didn't|did not|just|only|gave|had given|'d given|trusted|answered|let|been)\b`,
      'g',
    ),
    negation: false,
  },
  // "you're the one who left", "you started it", "you cheated first", "you pushed me away first"
  {
    keys: keys(
      'one|ones|started|first|before|pushed|drove|shut|checked|innocent|blameless|perfect|helping|angel|saint|there|part|role|hand|responsible|blame|fault|partly|partially|half|all|entirely|completely|totally|only|takes|both|yourself|expect|knew|know|enabled|let|could|should|act',
    ),
    re: new RegExp(
      raw`\b${YOURE}\s+(?:the\s+one|the\s+ones)\s+(?:who|that)\b|\b${YOU}\s+(?:\w+ly\s+)?started\s+(?:it|this|all this|the whole thing)\b|\b${YOU}\s+(?:\w+ly\s+|were\s+the\s+one\s+who\s+|are\s+the\s+one\s+who\s+)?(?:cheated|lied|left|started|stopped (?:texting|talking|trying|caring)|messed up|screwed up|hurt me|pulled away|checked out|walked away|gave up|went cold|betrayed me|did it|broke (?:it|up|the rules)|crossed the line|kissed (?:her|him|someone)|moved on)\s+(?:\w+\s+){0,2}?(?:first|before i did|long before i did|before me)\b|\b${YOU}\s+(?:\w+ly\s+)?(?:pushed|drove|shut)\s+me\s+(?:away|out)\b|\b${YOU}(?:'d| had)\s+(?:already\s+)?checked\s+out\b|\b${YOU}\s+were(?:n't| not)\s+(?:exactly\s+|completely\s+|totally\s+)?(?:innocent|blameless|perfect|helping|an angel|a saint)\b|\b${YOU}\s+were\s+never\s+there\s+for\s+me\b|\b${YOU}\s+(?:\w+\s+){0,2}?(?:had|have|played)\s+(?:a|your|some)\s+(?:part|role|hand)\s+in\s+(?:this|it|that|what happened)\b|\b${YOU}\s+(?:were|are)\s+(?:partly|partially|also|equally|just as|half)\s+(?:responsible|to blame|at fault)\b|\b(?:partly|partially|half|also|just as much|equally)\s+(?:your|ur)\s+fault\b|\b(?:partly|partially|half|also)\s+on\s+(?:you|u)\b|\b(?:wasn't|was not|isn't|is not|not)\s+(?:all|entirely|completely|totally|only|just)\s+(?:on me|my fault|me)\b|\bi\s+(?:wasn't|was not)\s+the\s+only\s+one\b|\bit takes (?:two|2)\b(?!\s+(?:of us\s+)?to\s+(?:fix|make (?:this|it|things) work|rebuild|heal|work|talk|try|build|repair|mend))|\bon both sides\b|\b${YOU}\s+(?:also\s+|really\s+)?(?:have|need)\s+to\s+look\s+at\s+yourself\b|\blook\s+at\s+yourself\b|\bwhat\s+did\s+${YOU}\s+expect\b|\b${YOU}\s+(?:knew|know)\s+(?:how\s+i\s+(?:get|am|was)|what\s+i\s+(?:was|am)\s+like|i\s+had\s+(?:issues|problems)|who\s+i\s+was)\b|\b${YOU}\s+(?:\w+ly\s+)?(?:enabled|let)\s+(?:me|it|a lot of it)\b|\b${YOU}\s+(?:could|should)\s+have\s+(?:tried|been|done|said|stopped|told)\b|\bi'm\s+not\s+taking\s+(?:all\s+)?the\s+blame\b|\b${YOU}\s+can't\s+act\s+(?:surprised|shocked|innocent)\b`,
      'g',
    ),
    negation: false,
    accept: (m, s) => {
      // "you were the one who stood by me" is praise, not blame.
      if (/the\s+ones?\s+(?:who|that)$/.test(m[0])) {
        const rest = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        return !/^\s+(?:\w+\s+)?(?:stood|stayed|helped|supported|believed|kept|held|loved|cared|tried|made me (?:laugh|smile|happy|better)|was there|were there|got me|saved|taught|has to|had to|have to|suffered|paid|got hurt|deserved|was hurt|carried|dealt)\b/.test(
          rest,
        );
      }
      // "you could have been kinder" is blame; "you could have called me if you needed" is not.
      if (/(?:could|should)\s+have\s+\w+$/.test(m[0]))
        return /\b(?:harder|more|better|a bit|stopped)\b/.test(s.text.slice(m.index, m.index + 60));
      // "you let me" as permission ("you let me stay") is not blame unless it names the act.
      if (/\blet\s+(?:me|it)$/.test(m[0]))
        return /\blet\s+me\s+(?:go out|drink|do it|get away)|still\s+let/.test(s.text);
      return true;
    },
  },
  // "I'm sorry, but you were never there either", "of course I got jealous", "that's half the reason I lied"
  {
    keys: keys(
      'sorry|apologise|apologize|apologies|course|reason|because|cos|bc|too|well|either|one|sided|supposed|meant|expected|fail|barely|never|hardly|rarely|always|easy|hard|impossible|difficult|lads|boys|guys|girls|friends|mates|brother|sister|mum|mom|dad|boss',
    ),
    re: new RegExp(
      raw`\b(?:sorry|apologi[sz]e|apologies)\b(?!\s+to\s+(?:go|bring|bother|raise|say|ask|mention|hear|interrupt|drag|text|message|write)\b)[^.?!]{0,80}?\bbut\s+(?<span>(?:you|u|ur|you're|your)\b(?!\s+(?:deserve|deserved|should know|need to know|have every right|had every right|are right|were right|did nothing|didn't deserve|don't deserve|have to understand|need to understand|have to remember|need to remember|should remember|must|owe me nothing|don't owe|mean|meant|know how))[^.?!,]{0,50})|\bof course i\s+(?:got|was|did|reacted|snapped|looked|checked|lied|went|felt|ended up)\b|\b(?:that's|that is|which is|thats|that was)\s+(?:half|part|most|a big part|partly|the main|the real)\s+(?:of\s+)?(?:the\s+)?reason\s+(?:why\s+)?i\b|\b(?:because|cos|bc)\s+(?:you|u)(?:'re| are| were| was)?\s+(?:so|always|never|too|such a)\s+\w+|\b(?:you|u)\s+(?:were|was)\s+\w+ing\s+(?:\w+\s+){0,3}?(?:too|as well)\b|\b(?:you|u)\s+(?:lied|cheated|said things|did it|yelled|screamed|shouted|hit me|flirted|called me names|called my \w+ a \w+)\s+(?:\w+\s+){0,4}?(?:too|as well|either)\b|\b(?:not|never|isn't|wasn't)\s+(?:\w+\s+){0,2}?(?:one-sided|one sided)\b|\b(?:so\s+)?how\s+(?:was|were|am|could)\s+i\s+(?:supposed|meant|expected)\s+to\s+(?:know|guess|tell|read)\b|\bset(?:ting)?\s+me\s+up\s+to\s+fail\b|\b(?:you|u)\s+were\s+(?:barely|never|hardly|rarely|always away|always out|always at work)\s+(?:\w+\s+)?(?:home|there|around)\b|\b(?:hard|impossible|difficult)\s+to\s+(?:be honest|talk|open up|tell the truth|be open)\s+(?:to|with)\s+(?:someone|somebody|a person|anyone|you|u)\s+(?:who|that|when|like)\b|\b(?:never|not|wasn't|weren't)\s+(?:\w+\s+)?(?:an?\s+)?easy\s+(?:person\s+)?to\s+(?:be honest with|talk to|open up to|tell (?:anything|the truth))\b|\bit\s+was\s+(?:the|my|his|her|your|ur)\s+(?:\w+\s+)?(?:lads|boys|guys|girls|friends|mates|brother|sister|mum|mom|dad|boss)\s+who\s+(?:pushed|talked|made|convinced|dragged|pressured)\b|\b(?:you|u)\s+(?:were\s+)?(?:always|never)\b[^.?!]{0,80}?\b(?:and|so)\s+i\s+(?:was|felt|got|had to|needed|started|stopped|went|looked|turned)\s+(?:lonely|alone|jealous|suspicious|isolated|elsewhere|somewhere)\b`,
      'g',
    ),
    negation: false,
  },
  // "it's your fault", "you brought this on yourself", "you're one to talk", "you did the same"
  {
    keys: keys(
      'fault|brought|bring|yourself|look|ruined|wrecked|destroyed|caused|because|one|last|position|talking|pot|saint|angel|did|do|done|innocent|perfect|blameless|victim|neglected|ignored|unwanted|invisible|alone|lonely|unloved|unappreciated|pushed|shut',
    ),
    re: new RegExp(
      raw`\b(?:it's|it is|it was|this is|this was|that's|that is|that was|all|also|half|mostly|really)\s+(?:(?!not\b|never\b)\w+\s+)?(?:your|ur)\s+(?:own\s+)?fault\b|\b(?:you|u)\s+(?:brought|bring)\s+(?:this|it)\s+on\s+(?:yourself|us)\b|\b(?:you|u)\s+(?:only\s+)?have\s+yourself\s+to\s+blame\b|\blook\s+what\s+(?:you|u)\s+(?:made me do|did|made me|drove me to)\b|\b(?:you|u)\s+(?:\w+ly\s+)?(?:ruined|wrecked|destroyed|caused)\s+(?:this|it|everything|us|all of this|what happened)\b|\bi\s+(?:did|said|lied|cheated|drank|left|snapped|looked|went|acted)\s+(?:\w+\s+){0,3}?because\s+of\s+(?:you|u|your\s+\w+|ur\s+\w+)\b|\b(?:you're|you are|your|ur)\s+(?:\w+\s+)?(?:one|the last person|in no position)\s+to\s+(?:talk|judge|lecture|criticise|criticize|point fingers|preach)\b|\blook\s+who's\s+talking\b|\bpot\s+calling\s+the\s+kettle\b|\b(?:you're|you are|your|ur|you were)\s+no\s+(?:saint|angel)\b|\b(?:you|u)(?:'ve| have)?\s+(?:did|do|done)\s+(?:the same|worse|it too|the exact same)\b|\b(?:acting|act|pretending|pretend)\s+(?:like|as if)\s+(?:you're|you are|your|ur|you were)\s+(?:so\s+)?(?:innocent|perfect|blameless|a saint|an angel|the victim|the only one)\b|\bi\s+(?:felt|was)\s+(?:so\s+|really\s+)?(?:neglected|ignored|unwanted|invisible|alone|lonely|unloved|unappreciated|pushed away|shut out)\b[^.?!]{0,40}?\b(?:because|since|when|while|as)\s+(?:you|u)\b`,
      'g',
    ),
  },
  // "you weren't perfect either", "you're the reason", "had you listened…", "maybe if you…", "you provoked me"
  {
    keys: keys(
      "either|better|bad|guilty|blame|reason|cause|had|maybe|if|provoked|provoke|provoking|buttons|wound|wind|pushing|give|gave|let|knew|she|he|they|she's|he's|they're|made|forced|pressured|pushed|both|equally|takes|because|cos|since|as|bc",
    ),
    re: new RegExp(
      raw`\b(?:you|u)\s+(?:weren't|wasn't|didn't|haven't|never|were never|aren't|are not|were not|did not|hadn't)\s+(?:\w+\s+){0,5}?either\b|\b(?:you're|you are|you were|ur|your|u r)\s+(?:just\s+)?(?:no better|just as bad|not much better|not any better|as bad as me|as guilty|just as guilty|as much to blame)\b|\b(?:you're|you are|you were|ur|your|u r)\s+(?:(?!the only)\w+\s+)?(?:the\s+(?!only)(?:\w+\s+)?reason\s+(?:i|we|this|it|that|why)|the\s+cause\s+of)\b|\bhad\s+(?:you|u)\s+(?:just\s+|only\s+)?(?:been|told|listened|answered|trusted|given|let|stayed|come|paid)\b[^.?!]{0,60}?\b(?:i|we|it|none of this|this|that)\b|\bmaybe\s+if\s+(?:you|u|ur|your)\b|\bif\s+(?:you|u)(?:'d|\s+had)?\s*(?:n't|not|hadn't|had not|didn't|did not)\s+(?:\w+\s+){0,2}?(?:gone through|go through|looked|look|read|snooped|snoop|checked|check|pushed|push|nagged|nag|started|start|ignored|ignore|provoked)\b|\b(?:you|u)\s+(?:\w+ly\s+)?(?:provoked|provoke|kept provoking|pushed my buttons|push my buttons|know how to push my buttons|wound me up|wind me up|kept pushing|keep pushing)\b|\b(?:you|u)\s+(?:never|didn't|wouldn't|did not|would not)\s+(?:give|gave|let)\s+me\s+(?:a|any|the|much)\s+(?:choice|chance|option|attention|space|say)\b|\b(?:you|u)\s+knew\s+what\s+(?:you|u)\s+were\s+(?:getting into|signing up for)\b|\b(?:she|he|they)(?:'s|\s+is|\s+was|\s+were|'re)\s+the\s+ones?\s+(?:who|that)\s+(?:started|kissed|came|invited|made|pushed|told|texted|messaged|wanted|suggested|kept)\b|\b(?:she|he|they|my\s+(?!(?:drinking|anxiety|depression|temper|anger|jealousy|stress|adhd|head|mind|pride|ego)\b)\w+|the\s+(?!(?:alcohol|drink|drinking|booze|stress|pressure|drugs|pills|anger|jealousy|wine|beer)\b)\w+)\s+(?:\w+ly\s+)?(?:made|forced|pressured|pushed)\s+me\s+(?:to\s+|into\s+)?(?:do|go|drink|take|say|stay|lie|keep)\b|\b(?:both\s+(?:of\s+)?our\s+faults?|both\s+to\s+blame|equally\s+to\s+blame|it\s+takes\s+two\s+to\s+tango)\b|\bi\s+(?:only\s+)?(?:did|said|lied|cheated|drank|left|snapped|looked|went|yelled|checked|read|hid|kept|strayed)\b[^.?!]{0,40}?\b(?:because|cos|since|as|bc)\s+(?:you|u)\s+(?:were|was|had|'d|kept|never|always|wouldn't|didn't|did|made|started|wanted|refused|ignored|lied|pushed|left|stopped)\b`,
      'g',
    ),
    negation: false,
  },
  // "we both messed up" only when it spreads the writer's act: "we both let the job take over"
  {
    keys: keys('both|each'),
    re: /\b(?:we\s+both|both\s+of\s+us|we\s+were\s+both|we\s+each)\s+(?:\w+\s+){0,2}?(?:at fault|to blame|in the wrong|as bad as each other|let|got (?:(?:too|so|really|a bit|very|far too|way too)\s+)?(?:carried away|it wrong|lazy|complacent|careless|comfortable|distracted|caught up|wrapped up|busy|defensive|nasty|cold|distant|stuck)|messed up|screwed up|need to own|have to own|played a part|are to blame|were to blame|share the blame|contributed|did things|said things|hurt each other|forgot|stopped|gave up|were at fault|made it worse|drifted)\b/g,
    accept: (m, s) =>
      !/\b(?:i\s+(?:know|think)\s+we\s+both\s+(?:want|deserve|need a|need some))\b/.test(s.text) &&
      // "we both forgot to book the sitter, so I've asked my sister": an errand sorted, not blame spread.
      !/^[^.]{0,60}?\bso\s+i(?:'ve|'ll|\s+have|\s+will|\s+just)?\s+(?:asked|booked|sorted|called|rang|arranged|rebooked|paid|fixed|emailed|texted|messaged)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // "my friends talked me into it", "the lads pushed me into it", "I was pushed into it", "she turned you against me"
  {
    keys: keys(
      'talked|pushed|pressured|pressed|dragged|convinced|egged|made|forced|persuaded|put|dared|goaded|provoked|led|turned|idea|came|kissed|started|threw|set|got|gets|getting|ask|why|hurt|betrayed|lied|cheated|disrespected|humiliated|ignored|embarrassed|even|therapist',
    ),
    re: /\b(?:my|the|his|her|your|ur)\s+(?:\w+\s+)?(?:friends?|mates?|lads|boys|guys|girls|brother|sister|mum|mom|dad|boss|colleagues?|coworkers?|family|ex|therapist|counsell?or)\s+(?:\w+ly\s+)?(?:talked|pushed|pressured|pressed|dragged|convinced|egged|made|forced|persuaded|put|dared|goaded)\s+me\s+(?:in|on\s+)?(?:to\b)?|\b(?:i|we)\s+(?:was|were|got)\s+(?:\w+ly\s+)?(?:pushed|pressured|talked|dragged|goaded|provoked|forced|egged on|led)\s+(?:in)?to\s+(?:it|this|that|doing)\b|\b(?:i|we)\s+(?:was|were|got)\s+(?:\w+ly\s+)?(?:pushed|pressured|forced|provoked)\s+(?:in)?to\s+it\s+by\b|\bturned\s+(?:you|u)\s+against\s+me\b|\b(?:it was|that was|it's) (?:all )?(?:her|his|their|your|ur) idea\b|\b(?:she|he)\s+(?:came on to me|kissed me first|started it|made the first move|came onto me|threw herself at me|threw himself at me)\b|\b(?:\w+\s+)?set\s+me\s+up\b(?!\s+(?:with|on))|\b(?:your|ur)\s+(?:\w+\s+)?(?:got|gets|was getting)\s+(?:in|into|inside)\s+my\s+head\b|\bask\s+yourself\s+(?:why|that|what|how)\b|\bwhy\s+i\s+(?:had|needed)\s+to\s+(?:lie|look|cheat|hide|go|leave|check)\b|\b(?:you|u)\s+(?:hurt|betrayed|lied to|cheated on|disrespected|humiliated|ignored|embarrassed)\s+me\s+(?:too|as well|first)\b|\b(?:call it|we're|we are)\s+even\b|\bmy therapist\s+(?:says|said|thinks|thought|reckons|reckoned|believes|feels)\s+(?:you|u)\s+(?:were|are|enabled|had|played|was)\b/g,
    negation: false,
    skipReported: false,
  },
  // "it wouldn't have happened if your friend didn't invite her"
  {
    keys: keys('happened'),
    re: /\b(?:it|this|that|none of (?:this|it))\s+(?:wouldn't|would not|would never|never would)\s+have\s+happened\s+if\s+(?:\w+\s+){0,2}(?:didn't|hadn't|had not|did not|had|'d|wasn't|weren't)\b/g,
    negation: false,
  },
  // DARVO: "you make me feel like a criminal", "ur acting like i'm some kind of monster", "stop playing the victim"
  {
    keys: keys(
      'acting|act|treating|treat|treated|talking|making|make|made|playing|victim|wounded|martyr|innocent|abandoned|one',
    ),
    re: new RegExp(
      raw`\b(?:${YOURE}|${YOU})\s+(?:\w+ly\s+)?(?:acting|act|treating me|treat me|treated me|talking to me|making me out to be|make me out to be|made me out to be)\s+(?:like|as if|as though)?\s*(?:i'm|i am|i was|a|an|some)?\s*(?:(?:some|a)\s+)?(?:kind of\s+|sort of\s+)?(?:monster|criminal|villain|bad guy|abuser|terrible person|horrible person|psycho|the devil|the enemy|suspect|liar)\b|\b(?:stop|quit)\s+playing\s+(?:the\s+)?(?:wounded party|victim|martyr|innocent)\b|\bi(?:'m|\s+was|\s+am)\s+the\s+(?:one\s+who\s+was\s+)?(?:real\s+|actual\s+)?(?:victim|one abandoned|one who got hurt|one who was hurt)\b`,
      'g',
    ),
    negation: false,
  },
  // "why were u even going through my phone", "why were you texting him at 1am", "maybe don't go through people's phones"
  {
    keys: keys('why|maybe|unlocked'),
    re: new RegExp(
      raw`\bwhy\s+(?:were|was|did|are)\s+${YOU}\s+(?:even\s+)?(?:going|go|looking|look|snooping|snoop|checking|check|texting|text|messaging|talking|reading|read)\s+(?:through|at|in|on|to|him|her|my|someone)\b|\bmaybe\s+(?:don't|dont|do not|stop)\s+(?:go|going|look|looking|snoop|snooping)\s+(?:through|in|at)\b|\b(?:${YOU}|ur)\s+(?:the one\s+)?(?:who\s+)?left\s+(?:your|ur)\s+phone\s+unlocked\b`,
      'g',
    ),
    negation: false,
  },
  // Their behaviour as the cause: "your nagging drove me to it", "you pushed and pushed until I snapped"
  {
    keys: keys('drove|pushed|forced|led|needled|needling|provoked|goaded|winding|wound'),
    re: new RegExp(
      raw`\b(?:your|ur)\s+(?:\w+\s+)?(?:nagging|jealousy|moods?|attitude|behaviou?r|coldness|distance|silence|temper|controlling|constant \w+|insecurit\w+|accusations|questions|drinking|family|friends|mum|mom)\s+(?:\w+ly\s+)?(?:drove|pushed|forced|led|made)\s+me\s+(?:to|into|do|away|over the edge)\b|\b${YOU}\s+(?:\w+ly\s+)?(?:pushed|pushed and pushed|kept pushing|needled|kept needling|kept on|provoked|goaded|wound me up)\s+(?:and pushed\s+)?(?:me\s+)?(?:until|till|til)\s+i\b|\b${YOU}\s+(?:were|was)\s+(?:\w+ly\s+)?(?:needling|provoking|goading|winding me up|nagging|pushing my buttons)\b`,
      'g',
    ),
  },
  // Others as the cause: "my brother got in my head", "he's the reason I said it", "ur friends were egging me on"
  {
    keys: keys('head|reason|egging|begged|blame|hr|job|talked'),
    re: new RegExp(
      raw`\b(?:my|your|ur|his|her)\s+(?:\w+\s+)?(?:brother|sister|mum|mom|dad|mates?|friends?|boss|team|family|ex|cousin|colleagues?)\s+(?:\w+ly\s+)?got\s+in(?:to)?\s+my\s+head\b|\b(?:he|she|they|him|her|them)(?:'s|'re| is| are| was| were)\s+the\s+(?:only\s+)?reason\s+(?:why\s+)?i\s+(?:\w+ly\s+)?(?:said|did|lied|cheated|drank|snapped|shouted|left|acted|went|messed|texted|hit|lost|got (?:angry|drunk|jealous|violent)|kissed|slept|did what i did)\b|\b(?:my|your|ur|the|his|her)\s+(?:\w+\s+)?(?:mates|friends|boys|girls|lads|squad|group|brother|sister|team|colleagues)\s+(?:kept|were|was)\s+(?:\w+ly\s+)?egging\s+me\s+on\b|\bblame\s+(?:him|her|them|\w+)\s+not\s+me\b|\bif\s+(?:hr|my boss|the company|they|the team|management|my manager)\s+had\s+(?:done|been doing)\s+their\s+job\b`,
      'g',
    ),
  },
  // The counterfactual the other way round: "I never would've gone near it if you hadn't left me alone"
  {
    keys: keys('if'),
    re: new RegExp(
      raw`\bi\s+(?:would never|never would|wouldn't|would not|would've never|wouldnt)(?:'ve| have)?\s+(?!(?:have\s+)?${KNOWING}\b)(?:\w+\s+){0,6}?if\s+${YOU}\s+(?:hadn't|had not|didn't|did not|weren't|wasn't|had|'d|kept|always|never)\b(?!\s+(?:helped|help|supported|support|encouraged|believed in|been there|introduced|told me about|shown me|showed me|saved|pushed me to))|\bif\s+${YOU}\s+(?:didn't|did not|hadn't|had not|wouldn't)\s+(?:\w+\s+){1,8}?i\s+(?:wouldn't|would not|wouldnt)(?:'ve| have)?\s+(?:had to|needed to|done|said|lied|gone)\b`,
      'g',
    ),
    negation: false,
  },
  // Deflection: "that's not on me", "your problem, not mine", "what did you think would happen"
  {
    keys: keys('on|problem|happen|fix|blame'),
    re: new RegExp(
      raw`\b(?:that's|that is|this is|it's|its|that was|this was|it was)\s+not\s+on\s+me\b|\b(?:your|ur)\s+problem,?\s+not\s+(?:mine|my problem|me)\b|\bwhat\s+did\s+${YOU}\s+(?:think|expect)\s+(?:would|was going to|was gonna)\s+happen\b|\b${YOU}\s+(?:really\s+)?(?:need|needs|have|has)\s+to\s+(?:fix|sort out|work on|deal with|look at)\s+(?:your|ur)\s+(?:own\s+)?(?:trust issues|jealousy|insecurit\w+|issues|temper|attitude|paranoia)\b|\bblame\s+me\s+for\s+everything\b|\b(?:you|u)\s+(?:really\s+)?think\s+(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:all\s+)?on\s+me\b`,
      'g',
    ),
    negation: false,
  },
];

const ALL_PATTERNS: readonly Pattern[] = [...PATTERNS, ...MORE_PATTERNS, ...WIDE_PATTERNS];

/** The counterfactual right after "but", run without the owned-past guard (see `find`). */
const AFTER_BUT: readonly Pattern[] = [
  {
    keys: keys('if'),
    re: new RegExp(
      raw`\bbut\s+(?<span>if\s+${YOU}\s+(?:didn't|did not|hadn't|had not|wouldn't|weren't|wasn't)\s+(?:\w+\s+){1,8}?i\s+(?:wouldn't|would not|wouldnt|would never|never would)(?:'ve| have)?\s+(?:had to|needed to|done|said|lied|gone|looked|checked|had)\b)`,
      'g',
    ),
    negation: false,
  },
];

/**
 * The sentence turns to thanks or readiness after the span: "it was your idea to go to Rome and it
 * was the best trip of my life", "it takes two to tango, and I'm ready to dance again".
 */
function fondAfter(s: Sentence, h: Hit): boolean {
  return /^[^.!?]{0,50}?\b(?:(?:and|but|,)\s+(?:it|that)\s+was\s+(?:the best|amazing|wonderful|lovely|perfect|brilliant|magical)|the best (?:trip|day|night|time|holiday|decision|thing) of (?:my|our) li(?:fe|ves)|thank (?:you|u)\b|and i(?:'m| am) (?:ready|willing|happy) to)/.test(
    s.text.slice(h.end, h.end + 80),
  );
}

/**
 * Not moving the blame: what a threat says will be spread or found out ("I'll tell everyone you're the
 * one who cheated", "…but your new girlfriend is going to find out everything" are `threat`), and the
 * writer's own nature offered ("you know how I am", which excuses rather than blames).
 */
function threatOrSelf(s: Sentence, h: Hit): boolean {
  const span = s.text.slice(h.start, h.end);
  if (/^(?:you|u)\s+know\s+(?:how\s+i\s+(?:am|get|can be)|what\s+i'?m\s+like|me)\b/.test(span)) return true;
  if (/\b(?:is|are|'s|'re)\s+(?:gonna|going to)\s+(?:find out|know|see|hear)\b/.test(span)) return true;
  return /\b(?:tell|telling|show|showing|let)\s+(?:everyone|everybody|people|the world|them|all (?:your|our) \w+|your \w+)\s+(?:know\s+)?(?:that\s+)?$/.test(
    s.text.slice(Math.max(0, h.start - 40), h.start),
  );
}

/** "You never gave me a chance to explain" asks to be heard; it does not move the blame. */
function askedToExplain(s: Sentence, h: Hit): boolean {
  return (
    /^\s*(?:a|the|any)\s+chance\s+to\s+(?:explain|talk|say|speak|tell|apologi[sz]e)\b|^\s*to\s+explain\b/.test(
      s.text.slice(h.end, h.end + 30),
    ) || /\bchance\s+to\s+(?:explain|talk|say|speak|apologi[sz]e)\b/.test(s.text.slice(h.start, h.end))
  );
}

/**
 * Hits that credit someone instead of blaming them: "my mum talked me into going to therapy", "if you
 * hadn't told me, I'd never have known how much it hurt".
 */
function credits(s: Sentence, h: Hit): boolean {
  const span = s.text.slice(h.start, h.end);
  if (/\bme(?:\s+(?:in|into|to|on))?$/.test(span) && goodPush(s, h.end)) return true;
  return (
    /^if\b/.test(span) &&
    /^\s*(?:have\s+|'ve\s+)?(?:known|realised|realized|understood|seen|learned|learnt|noticed|found out|got help|asked for help|blame|blamed|be surprised|mind|minded|hold it|held it|judge|judged|be (?:happier|better off))\b/.test(
      s.text.slice(h.end, h.end + 30),
    )
  );
}

export const blameShift: Rule = {
  id: 'blame-shift',
  kind: 'problem',
  gate: /\b(?:hard|impossible|difficult|you|u|ya|your|ur|you're|if|we|both|partly|partially|half|all|only|takes|look|my|the|his|her|i|it|this|that|she|he|stop|quit|why|maybe|determined|turned|they|blame|begged|egging|drove|pushed|needled|needling|head|reason|happen|said|told|what|act|acting|pretend|pretending|started|you'd|u'd|responding|reacting)\b/,
  readsPrevious: true,
  gatePrevious: new RegExp(`${APOLOGY_PREVIOUS.source}|${NO_CHOICE_PREVIOUS.source}`),
  find(s: Sentence): Hit[] {
    const hits = runPatterns(s, ALL_PATTERNS, REASON, SUGGESTION);
    // "I told u I was at my cousins but if u didn't check my location…": the owned frame ends at "but".
    if (/\bbut\s+if\b/.test(s.text))
      hits.push(...runPatterns(s, AFTER_BUT, REASON, SUGGESTION, { owned: false }));
    if (s.previous && APOLOGY_PREVIOUS.test(s.previous))
      hits.push(...runPatterns(s, [BUT_YOU_AFTER_APOLOGY], REASON, SUGGESTION));
    if (s.previous && NO_CHOICE_PREVIOUS.test(s.previous))
      hits.push(...runPatterns(s, [CONDUCT_AS_ANSWER], REASON, SUGGESTION));
    return dedupe(
      hits.filter((h) => !credits(s, h) && !askedToExplain(s, h) && !fondAfter(s, h) && !threatOrSelf(s, h)),
    );
  },
};
