/**
 * Wider families of the `excuse` rule, composed from word classes: a state of the writer followed by
 * the act it explains ("I was lonely and I…"), lost sleep, being held up, a reflex, upbringing, an
 * episode of mental ill-health, "it just happened", "you know how I get", and a circumstance told in
 * the sentence after the apology ("Sorry I've been distant. Work has been insane.").
 */
import type { Sentence } from '../../analysis.js';
import { keys, type Pattern, raw } from './lib.js';
import { RECOVERY } from './excuse.more.js';

/** An apology in the sentence before: the excuse may follow it in its own sentence. */
export const APOLOGY_BEFORE =
  /\b(?:sorry|apologi[sz]e|apologies)\b(?!\s+(?:for\s+(?:the\s+)?(?:late|slow|delayed)\s+(?:reply|response|text)|to (?:bother|hear|say)|about (?:your|ur|the) (?:loss|news|dad|mum|mom|father|mother|nan|gran|grandma|grandad|grandpa|granddad|dog|cat)(?!\s+(?:finding|seeing|hearing|knowing))|for your loss|if (?:it|this|that)(?:'s|\s+is|\s+was|\s+sounds|\s+seems|\s+comes))\b)/;

/** The writer's act, told right after a state: "…and I snapped", "…so I checked your phone". */
const ACT_AFTER =
  /^\s*(?:,\s*)?(?:(?:and|so|that|which is why|that's why)\s+)?(?:(?:i|i'd)\s+(?:just\s+|kind of\s+|kinda\s+|sort of\s+|totally\s+|completely\s+|ended up\s+)?(?:(?!missed\b|wanted\b|needed\b|loved\b|cried\b|felt\b|thought\b|hoped\b|wished\b|realised\b|realized\b|started\b|decided\b|learned\b|learnt\b|noticed\b|called\b|asked\b)[a-z]+ed|said|did|took|made|went|hid|kept|got|let|told|ran|sent|left|shut|blew|lost|broke|forgot|threw|hit|drove|spent|bought|wrote|read|stole|fell|gave|sought|slept|drank|didn't (?:think|know|tell|call|reply|answer|come|care|see|stop)|couldn't (?:think|cope|stop|say)|wasn't thinking|reached out|turned to)\b|(?:it|things|stuff)\s+(?:just\s+)?(?:happened|got out of hand|went too far|escalated|spiralled|spiraled)\b|(?:didn't|couldn't|wasn't|just)\s+(?:know|think|see|care|stop|thinking)\b|(?:lied|ran|hid|snapped|froze|panicked|blurted|lashed out|yelled|shouted|blocked|deleted|ghosted|ran off|took it out)\b|she was there|he was there|they were there|(?:you|u)\s+(?:were|was)\s+(?:never|always|hardly ever|barely ever|hardly|barely)\s+(?:home|here|there|around|at work|out|away|busy|working|on your phone)\b)/;

/** A named act of the writer anywhere in the sentence: "I snapped", "I lied", "I said things". */
const ACTISH =
  /\bi\s+(?:just\s+)?(?:snapped|yelled|shouted|screamed|lied|lost it|lost my temper|lashed out|blew up|said (?:things|stuff|some|what|that)|was short|was rude|was horrible|was mean|forgot|missed|grabbed|hit|pushed|reacted|overreacted|took it out)\b/;

/** The writer corrects the reason right after it: "…but I was wrong", "…but I was protecting myself". */
const CORRECTED_AFTER =
  /^[^.]{0,30}?\b(?:and|but)\s+(?:i\s+was\s+(?:so\s+|completely\s+|totally\s+|dead\s+)?(?:wrong|mistaken|only protecting myself|protecting myself|kidding myself|lying to myself)|it\s+(?:wasn't|was not)|none of them|they\s+(?:weren't|were not|don't|do not)|that\s+(?:doesn't|does not|was)\s+(?:make|excuse|a lie|wrong))/;

/** States of the writer that explain the act when it follows them. */
const STATE = raw`(?:lonely|bored|so alone|alone|isolated|depressed|hormonal|manic|paranoid|anxious|angry|furious|livid|raging|upset|hurt|scared|frightened|panicking|panicked|desperate|overwhelmed|frustrated|worried sick|worried|broke|drunk|high|stressed|tired|exhausted|grieving|heartbroken|in pain|on edge|caught off guard|put on the spot|blindsided|cornered|out of my depth|young|so young)`;

const STATE_THEN_ACT = new RegExp(
  raw`\bi\s+(?:was|felt|had been|'d been)\s+(?:(?:just|so|really|very|completely|totally|honestly|genuinely|incredibly|super|pretty|a bit|a little|kind of|kinda|that|too)\s+){0,2}(?<state>${STATE})\b`,
  'g',
);

/** "I was so tired I didn't know what I was saying": degree and result in one clause. */
const SO_THAT_RESULT =
  /^\s*(?:that\s+)?i\s+(?:didn't|did not|couldn't|could not|barely|hardly)\s+(?:know|think|see|remember|care)\b/;

/** The state is followed by the act it explains, and is not about them or over now. */
function stateThenAct(m: RegExpExecArray, s: Sentence): boolean {
  const rest = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
  if (/^\s+(?:of|about|for|with you|by|at you|when you|that you|because you|you)\b/.test(rest)) return false;
  if (RECOVERY.test(s.text)) return false;
  // "I was tired and angry that day and I shouted": a second state and a time before the act.
  const after = rest.replace(SECOND_STATE, '');
  // "I was young and I moved to London" is a life story; youth excuses only what it did not know.
  if (/young$/.test(m.groups?.['state'] ?? '')) return YOUTH_LAPSE.test(after);
  return ACT_AFTER.test(after) || SO_THAT_RESULT.test(after);
}

/** What youth excuses: "…and didn't know what I was doing", "…and made stupid choices". */
const YOUTH_LAPSE =
  /^\s*(?:,\s*)?(?:(?:back then|at the time|then)\s*,?\s*)?(?:(?:and|so)\s+)?(?:i\s+|we\s+)?(?:didn't|did not|had no idea|was (?:stupid|dumb|naive|an idiot)|were (?:stupid|dumb|naive|idiots)|made (?:a|so many|stupid|bad|dumb)|messed|screwed|thought|wasn't thinking|weren't thinking)\b/;

const SECOND_STATE = new RegExp(
  raw`^(?:\s*(?:,|and)\s+(?:(?:so|really|very|a bit)\s+)?${STATE})?(?:\s+(?:that|this|last|on that|the whole)\s+(?:day|night|week|morning|evening|time|weekend))?`,
);

/** Things the writer only feels, told with "got": "I got scared and lied" (not "I got drunk", a choice). */
const GOT_STATE_THEN_ACT =
  /\bi\s+got\s+(?:(?:so|really|too|very|a bit|kind of|kinda)\s+)?(?:scared|frightened|nervous|anxious|overwhelmed|panicky|confused|flustered|spooked)\b/g;

export const WIDE_PATTERNS: readonly Pattern[] = [
  // State then act: "I was lonely and she was there", "I was worried sick so I checked your phone"
  {
    keys: keys('was|felt|been'),
    re: STATE_THEN_ACT,
    accept: stateThenAct,
  },
  {
    keys: keys('got'),
    re: GOT_STATE_THEN_ACT,
    accept: stateThenAct,
  },
  // The state as the whole reply to the apology before it: "I'm sorry for the texts. I was lonely."
  {
    keys: keys('was|felt|been'),
    re: new RegExp(
      raw`^(?:(?:honestly|tbh|look|but|i guess|i think)\s*,?\s+)?${STATE_THEN_ACT.source.slice(2)}`,
      'g',
    ),
    accept: (m, s) => {
      const rest = s.text.slice(m.index + m[0].length);
      return (
        apologyBefore(s) &&
        !RECOVERY.test(s.text) &&
        !/young$/.test(m.groups?.['state'] ?? '') &&
        /^\s*(?:(?:and|,)\s+(?:so\s+|really\s+|a bit\s+)?(?:sad|scared|lonely|bored|stressed|tired|angry|hurt|upset|drunk|confused|lost)\s*)?(?:(?:at the time|back then|then|that night|that week|that day|lol|tbh|honestly)\s*)?[.!,;]*\s*$/.test(
          rest,
        )
      );
    },
  },
  // A bad day as the reason: "I'd had a terrible day and I took it out on you", "sorry, I'd had the worst week"
  {
    keys: keys('day|week|shift|night|month|morning'),
    re: /\bi(?:'d|\s+had)\s+(?:just\s+)?had\s+(?:such\s+)?(?:a|the|one)\s+(?:(?:really|very|so|super|pretty|long|bad|terrible|awful|horrible|horrendous|shit|shitty|crap|crappy|rough|hard|stressful|worst|nightmare|hellish|exhausting|tough|draining|brutal|of a|hell of a)\s+){1,3}(?:day|week|shift|night|month|morning)\b/g,
    accept: (m, s) => {
      if (
        !/(?:bad|terrible|awful|horrible|horrendous|shit|shitty|crap|crappy|rough|hard|stressful|worst|nightmare|hellish|exhausting|tough|draining|brutal|long|hell of a)\s/.test(
          m[0],
        )
      )
        return false;
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      if (/^\s*(?:,\s*)?(?:and|but)\s+(?:you|u|it|then|the)\b/.test(after) && !ACT_AFTER.test(after))
        return false;
      return (
        ACT_AFTER.test(after.replace(/^\s*(?:at work|ever|of my life|at the office)\b/, '')) ||
        ACTISH.test(s.text) ||
        /\b(?:sorry|apologi[sz]e|apologies)\b/.test(s.text.slice(0, m.index)) ||
        (m.index < 12 && apologyBefore(s))
      );
    },
  },
  // Nothing to be done: "there wasn't much I could do", "there was nothing else I could have done"
  {
    keys: keys('much|lot|nothing|anything|little'),
    re: /\b(?:there\s+(?:wasn't|was not|was|really\s+wasn't)\s+(?:really\s+)?(?:much|a lot|a whole lot|anything|nothing|very little|little)|not much|nothing(?: else)?)\s+(?:else\s+)?(?:that\s+)?i\s+could\s+(?:have\s+|'ve\s+)?(?:do|done)\b(?!\s+(?:to help (?:your|ur|him|her|them)|for (?:your|ur|him|her|them)))/g,
    negation: false,
    accept: (m, s) =>
      /\b(?:sorry|apologi[sz]e|apologies|missed|couldn't|wasn't there|didn't)\b/.test(s.text) ||
      (m.index < 40 && apologyBefore(s)),
  },
  // A duty as the reason: "sorry I went without you, but it was a work thing"
  {
    keys: keys('thing|event|do|party|dinner|trip|obligation|commitment'),
    re: /\bbut\s+it\s+was\s+(?:just\s+|only\s+|kind of\s+|a\s+)?(?:a\s+)?(?:work|family|business|uni|school|team|client)\s+(?:thing|event|do|party|dinner|trip|obligation|commitment)\b/g,
    accept: (_m, s) => /\b(?:sorry|apologi[sz]e|apologies)\b/.test(s.text) || apologyBefore(s),
  },
  // Orders as the reason: "I was under strict instructions not to say anything", "I was following orders"
  {
    keys: keys('instructions|orders'),
    re: /\bi\s+(?:was|had been|'d been)\s+(?:under|following|given|acting on|on)\s+(?:(?:strict|clear|direct|explicit|specific|my boss's|his|her|their)\s+){0,2}(?:instructions|orders)\b/g,
  },
  // Illness as the reason for the act: "sorry I flaked, I had a migraine", "I cancelled because I had the flu"
  {
    keys: keys('migraine|headache|bug|fever|flu|cold|attack|breakdown'),
    re: /\bi\s+(?:had|'d had|got|was having|'d got)\s+(?:(?:a|an|the|such a|this|one of my|a really bad|a bad|a horrible|an awful)\s+){1,2}(?:\w+\s+)?(?:migraine|headache|stomach bug|bug|fever|flu|cold|panic attack|anxiety attack|breakdown|meltdown)\b/g,
    accept: (m, s) =>
      /\b(?:flaked|bailed|cancelled|canceled|missed|snapped|forgot|ghosted|ignored|didn't (?:come|show|call|reply|text|turn up)|couldn't (?:come|make it)|wasn't there|left early|stood you up|blew you off)\b/.test(
        s.text,
      ) && !RECOVERY.test(s.text),
  },
  // Their expected reaction as the reason: "I didn't tell you because I knew you'd get upset"
  {
    keys: keys('knew|thought|figured'),
    re: /\b(?:because|cos|cause|since|as)\s+i\s+(?:just\s+)?(?:knew|thought|figured|was sure|assumed)\s+(?:that\s+)?(?:you|u)(?:'d|\s+would|\s+were going to|\s+was gonna|\s+would just)\s+(?:just\s+)?(?:get upset|be upset|freak out|be angry|get angry|get mad|be mad|overreact|worry|leave|be hurt|make a (?:big )?(?:deal|scene|fuss)|kick off|go mad|go crazy|lose it|react badly|say no|not understand|judge me|hate me)\b/g,
  },
  // What the writer went through before: "I reacted that way because of everything I went through with my ex"
  {
    keys: keys('through'),
    re: /\b(?:because of|due to|after|from)\s+(?:everything|all|what|the stuff|the things|all the stuff|all the things)\s+(?:that\s+)?i(?:'d|\s+had|\s+have|'ve)?\s+(?:went|been|gone)\s+through\b/g,
    accept: (m, s) =>
      /\bi\s+(?:\w+\s+){0,2}?(?:reacted|acted|behaved|did|said|lied|snapped|pushed|shut|ran|hid|kept|get|got|am|was)\b/.test(
        s.text.slice(0, m.index),
      ) && !RECOVERY.test(s.text),
  },
  // The lapse told with its subject left out: "I'd just lost my job and wasn't thinking clearly"
  {
    keys: keys('thinking'),
    re: /\b(?:and|so)\s+(?:just\s+|really\s+)?(?:wasn't|was not|weren't)\s+thinking\s+(?:straight|clearly|properly|right|at all)\b/g,
    negation: false,
  },
  // "Sorry I was off with you, I've got a lot going on"
  {
    keys: keys('going'),
    re: /\bi(?:'ve|\s+have|'d|\s+had)?\s+(?:got|had|have)\s+(?:so much|a lot|loads|too much|a ton|a load|such a lot)(?:\s+of\s+(?:stuff|things|shit|crap))?\s+going\s+on\b/g,
    accept: (m, s) =>
      /\b(?:sorry|apologi[sz]e|apologies)\b/.test(s.text.slice(0, m.index)) ||
      (m.index < 12 && apologyBefore(s)) ||
      /^\s+(?:with|w|at)\s+(?:my\s+(?:mum|mom|dad|family|parents|health|job|work|head)|home|work)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // "I was only human", "I'm only human"
  {
    keys: keys('human'),
    re: /\b(?:i was|i'm|i am|im)\s+only\s+human\b/g,
    // "I'm only human, I know that's no excuse": the writer takes it back.
    accept: (m, s) =>
      !/^[^.]{0,40}?\b(?:no|not an?|never an?)\s+(?:excuse|reason|justification)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // A clinical word for the act: "it was a trauma response", "my therapist says it was a coping mechanism"
  {
    keys: keys('response|mechanism|flight|instinct'),
    re: /\b(?:it|this|that)(?:'s|\s+was|\s+is)\s+(?:just\s+|only\s+|honestly\s+)?(?:a\s+|my\s+)?(?:trauma response|fight or flight|fight-or-flight|survival instinct|coping mechanism|defen[cs]e mechanism|freeze response|stress response)\b/g,
    skipReported: false,
    accept: (_m, s) => !RECOVERY.test(s.text),
  },
  // "In mitigation, I had been given incorrect information", "there were mitigating circumstances"
  {
    keys: keys('mitigation|mitigating'),
    re: /\bin\s+(?:my\s+)?mitigation\b|\bmitigating\s+(?:circumstances|factors)\b/g,
  },
  // A fixed duty after the apology: "However, the board meeting could not be moved"
  {
    keys: keys('moved|changed|rescheduled|cancelled|canceled|postponed'),
    re: /\b(?:the|my|our|that|this)\s+(?:\w+\s+)?(?:meeting|deadline|flight|shift|appointment|trip|conference|call|exam|interview|booking|hearing)\s+(?:could not|couldn't|can't|cannot|wasn't able to|was not able to|just couldn't)\s+be\s+(?:moved|changed|rescheduled|cancelled|canceled|missed|postponed)\b/g,
    accept: (m, s) =>
      /\b(?:sorry|apologi[sz]e|apologies|regret|but|however|missed|couldn't come|wasn't there)\b/.test(
        s.text,
      ) ||
      (m.index < 30 && (apologyBefore(s) || /\bregret\b/.test(s.previous))),
  },
  // "we were so young back then and I made stupid choices"
  {
    keys: keys('young|kids|teenagers'),
    re: /\bwe\s+were\s+(?:so\s+|just\s+|only\s+|both\s+|really\s+)?(?:young|kids|just kids|teenagers)\b/g,
    accept: (m, s) => YOUTH_LAPSE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80)),
  },
  // The body: "I was on my period and everything set me off", "i was pmsing"
  {
    keys: keys('period|pmsing|ovulating'),
    re: /\bi\s+(?:was|had been|'d been)\s+(?:on\s+my\s+period|pmsing|pms-ing|ovulating)\b/g,
    accept: (m, s) =>
      ACT_AFTER.test(s.text.slice(m.index + m[0].length)) ||
      ACTISH.test(s.text) ||
      APOLOGY_BEFORE.test(s.text) ||
      apologyBefore(s) ||
      /\b(?:set me off|made me|so i|that's why)\b/.test(s.text),
  },
  // An earlier hurt as the cause: "I have trust issues because of my ex", "my ex cheated on me so I get paranoid"
  {
    keys: keys('issues|ex'),
    re: /\bi\s+(?:have|had|'ve got|'ve had|got)\s+(?:(?:real|serious|bad|major|massive|huge|such)\s+)?(?:trust|abandonment|commitment|anger|jealousy|attachment)\s+issues\b|\b(?:because of|after what happened with|after what)\s+my\s+ex\b|\bmy\s+ex\s+(?:\w+\s+)?(?:cheated|lied|hurt me|left me|did the same|used to)\b/g,
    accept: (_m, s) =>
      /\b(?:so i|that's why|which is why|and i|i (?:checked|looked|snapped|get|got|find it|can't|couldn't|went|read|panicked))\b/.test(
        s.text,
      ) &&
      !/\bso i (?:know|understand|get it|get how|see|can imagine)\b/.test(s.text) &&
      !/\b(?:therapy|therapist|counsell?(?:ing|or)|working on|no excuse|not an excuse|not your problem|not your fault)\b/.test(
        s.text,
      ),
  },
  // Lost sleep: "I'd been up all night with the baby", "running on three hours' sleep", "on no sleep"
  {
    keys: keys('up|awake|sleep|slept'),
    re: /\bi(?:'d|\s+had|'ve|\s+have)?\s*(?:been|was)\s+(?:up|awake)\s+(?:all night|half the night|since\s+\w+|for\s+(?:\w+\s+){0,2}?(?:hours|days|nights)|with the (?:baby|kids?|little one))\b|\b(?:i was\s+|i'd been\s+)?(?:running|going)\s+on\s+(?:no|zero|barely any|hardly any|little|\w+)\s+(?:hours?'?\s+(?:of\s+)?)?sleep\b|\bi\s+(?:hadn't|had not|haven't|have not)\s+slept\s+(?:in|for|properly|at all|a wink)\b/g,
    accept: (_m, s) => APOLOGY_BEFORE.test(s.text) || APOLOGY_BEFORE.test(s.previous) || ACTISH.test(s.text),
  },
  // Lost sleep told as the state then: "I was running on three hours' sleep" needs no other context.
  {
    keys: keys('sleep'),
    re: /\bi\s+(?:was|had been|'d been)\s+(?:just\s+|literally\s+)?running\s+on\s+(?:no|zero|barely any|hardly any|little|\w+)\s+(?:hours?'?\s+(?:of\s+)?)?sleep\b/g,
  },
  // "I've been under a crazy amount of pressure", "I was under a ridiculous amount of stress"
  {
    keys: keys('under'),
    re: /\bi(?:'ve|\s+have|'d|\s+had)?\s*(?:been|was)\s+under\s+(?:a|an|such a)\s+(?:\w+\s+){0,2}?(?:amount|level|load)\s+of\s+(?:pressure|stress|strain)\b/g,
    accept: (_m, s) => !RECOVERY.test(s.text),
  },
  // Held up: "I got held up at work", "sorry I got stuck at the office"
  {
    keys: keys('held|stuck|tied|caught|kept'),
    re: /\bi\s+(?:got|was|had been|'d been)\s+(?:held up|stuck|tied up|caught up|kept late|kept back)(?=\s+(?:at|with|in|by)\b)/g,
    accept: (_m, s) =>
      /\b(?:missed|forgot|couldn't|didn't|wasn't able|by the time|too late|never (?:made it|got there|came))\b/.test(
        s.text,
      ),
  },
  // A reflex: "it was a reflex", "it was instinct", "I reacted on instinct"
  {
    keys: keys('reflex|instinct|instinctive|automatic|knee'),
    re: /\b(?:it|that)\s+was\s+(?:just\s+|only\s+|purely\s+)?(?:a\s+)?(?:reflex|instinct|an instinct|instinctive|automatic|a knee-jerk(?: reaction)?|knee-jerk)\b(?!\s+(?:test|check|exam|hammer|reply|response|message|email))|\bi\s+(?:just\s+)?(?:reacted|acted)\s+on\s+instinct\b/g,
  },
  // Upbringing: "growing up the way I did", "my parents never showed me how to…", "that's how I was raised"
  {
    keys: keys(
      'growing|grew|parents|dad|mum|mom|father|mother|family|childhood|upbringing|raised|learned|learnt',
    ),
    re: /\bgrowing up\s+(?:the way|how|where|in a (?:house|home|family))\s+i\b|\bmy\s+(?:parents|dad|mum|mom|father|mother|family)\s+(?:didn't|did not|never)\s+(?:showed|show|taught|teach)\s+me\s+(?:how|what|that|to|any)\b|\bmy\s+(?:childhood|upbringing)\s+(?:were|was)\s+(?:(?:so|really|very|pretty)\s+)?(?:chaotic|rough|hard|difficult|messed up|traumatic|abusive|violent|a mess|awful|horrible)\b|\bi\s+(?:learned|learnt)\s+(?:to\s+\w+|that|it|how to\s+\w+)\s+(?:\w+\s+){0,2}?(?:growing up|as a (?:kid|child)|from my (?:dad|mum|mom|father|mother|parents))\b|\bthe way i was (?:raised|brought up)\b/g,
    accept: (_m, s) =>
      !/\b(?:no excuse|not an excuse|doesn't excuse|therapy|working on)\b/.test(s.text) &&
      /\b(?:never (?:learned|learnt|knew)|didn't (?:learn|know)|don't know how|(?:learned|learnt) to (?:lie|hide|shut|fight|keep|run|survive|stay quiet)|so i (?:shut|lie|lied|hid|hide|ran|run|fight|fought|snap|snapped)|to (?:handle|deal with) (?:conflict|feelings|emotions|anger))\b/.test(
        s.text,
      ),
  },
  // "That wasn't the real me", "it wasn't really me talking": the act split off from the self
  // (Higgins & Snyder's linkage). Not "it wasn't me who started it" (blame-shift) or a denial.
  {
    keys: keys('me'),
    re: /\b(?:that|it|this)\s+(?:wasn't|was not|isn't|is not)\s+(?:really\s+|the\s+real\s+|truly\s+)?me\b(?=\s*(?:talking|speaking|acting|saying (?:those|that|it)|[,;:]\s*(?:the (?:person|man|woman|guy|girl) who|that was the|it was the)))|\b(?:that|it|this)\s+(?:wasn't|was not|isn't|is not)\s+the\s+real\s+me\b/g,
    negation: false,
  },
  // A bad day as the reason: "I'd had a terrible day", "I'd had such a long week"
  {
    keys: keys('day|week|shift|night'),
    re: /\bi(?:'d|\s+had)\s+(?:just\s+)?had\s+(?:a|such a|the)\s+(?:really\s+|very\s+|so\s+|absolutely\s+)?(?:terrible|awful|long|rough|horrible|bad|shit|shitty|crap|hard|stressful|nightmare|hellish|worst)\s+(?:day|week|shift|night)\b/g,
  },
  // Their doing: "you've left me no choice", "you gave me no other option"
  {
    keys: keys('choice|option|alternative'),
    re: /\b(?:you've|you have|you|u|you've just)\s+(?:\w+ly\s+)?(?:left|leave|give|gave|given)\s+me\s+(?:no|little)\s+(?:other\s+)?(?:choice|option|alternative)\b/g,
    negation: false,
  },
  // A bad stretch as the whole next sentence after the apology: "Sorry about my tone. Long day."
  {
    keys: keys('day|week|night|shift|month'),
    re: /^\W*(?:(?:it's|its|it has|it was|it had|had|i've had|i had)\s+(?:been\s+)?)?(?:a\s+|such a\s+)?(?:really\s+|very\s+|super\s+)?(?:long|rough|bad|hard|stressful|crazy|mad|hectic|shit|awful|terrible|nightmare)\s+(?:day|week|night|shift|month)(?:\s+(?:tbh|honestly|lol|at work))?\s*[.!]*\s*$/g,
    accept: (_m, s) => apologyBefore(s),
  },
  // Repeating what was done to them: "I just repeated what I knew", "I did what was done to me",
  // "it's all I ever knew", "I copied what my dad did"
  {
    keys: keys('repeated|copied|knew|done|learned|learnt|saw|grew'),
    re: /\bi\s+(?:guess\s+i\s+|think\s+i\s+)?(?:just\s+|only\s+|basically\s+)?(?:repeated|copied|did|mirrored|fell back on|went back to)\s+(?:what|the things|everything|the stuff)\s+(?:i\s+(?:(?:had\s+)?(?:knew|saw|learned|learnt|grew up with|was shown|was taught)|had seen|had learned|had learnt)|was done to me|(?:my|our)\s+(?:dad|mum|mom|father|mother|parents|ex)\s+(?:did|used to do|had done))\b|\b(?:it's|it was|that's|that was|its|thats)\s+all\s+i\s+(?:ever\s+knew|knew growing up|knew as a (?:kid|child)|grew up with|ever saw growing up)\b/g,
    accept: (_m, s) => !/\b(?:no excuse|not an excuse|doesn't excuse|therapy|working on)\b/.test(s.text),
  },
  // An episode: "I was having a panic attack", "I was in the middle of a breakdown", "the pills made me…"
  {
    keys: keys('having|middle|attack|breakdown|episode|meltdown|made'),
    re: /\bi\s+was\s+(?:having|in the middle of|going through)\s+(?:a|an|some kind of)\s+(?:\w+\s+)?(?:panic attack|anxiety attack|breakdown|episode|meltdown|manic episode|depressive episode)\b|\bthe\s+(?:pills|meds|medication|tablets|drugs|antidepressants)\s+(?:\w+ly\s+)?made\s+me\b/g,
    accept: (m, s) =>
      ACTISH.test(s.text) ||
      APOLOGY_BEFORE.test(s.text) ||
      /^\s*(?:act|say|do|react|behave|snap|lash|angry|aggressive|paranoid|crazy|different|someone else)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // "It just happened", "one thing led to another"
  {
    keys: keys('happened|led'),
    re: /\bit\s+(?:(?:just|kind of|sort of|kinda|sorta)\s+){1,2}happened\b(?!\s+(?:that|to (?:be|come)|so|on|at)\b)|\bone thing led to another\b/g,
  },
  // "You know how I get when I'm tired", "you know how stressed I've been", "you know what I'm like"
  {
    keys: keys('know'),
    re: /\b(?:you|ya)\s+know\s+(?:how|what)\s+(?:(?:stressed|tired|busy|hard|bad|crazy|hectic|rough)\s+(?:i've|i have|i was|i am|i'm|work|things|it's|it has)(?![^.]{0,30}\b(?:for you|your)\b)|(?:i\s+(?:get|am|can be|can get|was like)|i'm(?:\s+like)?)\s+(?:when|after|if|under)|much\s+(?:pressure|stress)\s+i)\b(?![^.]{0,30}\b(?:for you|your)\b)|\b(?:you|ya)\s+know\s+i've\s+been\s+(?:so\s+|really\s+)?(?:stressed|busy|struggling|going through|tired|under)\b/g,
    negation: false,
  },
  // "My head wasn't in the right place", "I wasn't in a good way mentally", "I was under the influence"
  {
    keys: keys('head|way|influence'),
    re: /\bmy\s+head\s+(?:wasn't|was not|just wasn't)\s+(?:in\s+(?:a|the)\s+(?:right|good|great)\s+(?:place|space)|right|straight|screwed on)\b|\bi\s+(?:wasn't|was not)\s+in\s+a\s+(?:good|great)\s+way\b|\bi\s+was\s+under\s+the\s+influence\b/g,
    negation: false,
  },
  // Desperate for money: "I needed the money", "I was desperate for cash"
  {
    keys: keys('money|cash|needed|desperate'),
    re: /\bi\s+(?:really\s+|just\s+|badly\s+)?needed\s+the\s+(?:money|cash)\b|\bi\s+was\s+(?:so\s+|really\s+)?desperate\s+for\s+(?:money|cash)\b/g,
  },
  // "I just didn't want to start another fight", "I didn't want another argument"
  {
    keys: keys('want'),
    re: /\bi\s+(?:just\s+|only\s+|really\s+|honestly\s+)?(?:didn't|did not)\s+want\s+(?:to\s+(?:start|have|get into|cause|deal with)\s+)?(?:another|any more|more|a big|an|a)\s+(?:fight|argument|row|drama|scene|blow-up|blowup)\b/g,
    negation: false,
  },
  // No choice, short: "I had to lie", "I had to hide it from you"
  {
    keys: keys('had'),
    re: /\bi\s+(?:felt like i\s+|felt i\s+)?had\s+to\s+(?:lie(?!\s+(?:down|low|still))|hide (?:it|this|that)|keep (?:it|this|that) (?:from you|secret|quiet|a secret)|cover (?:it|for)|go behind your back)\b/g,
  },
  // Belief at the time: "I genuinely believed I was doing the right thing", "I thought I was protecting you"
  {
    keys: keys('believed|thought|felt|convinced|sure'),
    re: /\bi\s+(?:\w+ly\s+|really\s+|honestly\s+|truly\s+)?(?:believed|thought|felt|was convinced|was sure)\s+(?:that\s+)?(?:i\s+was\s+(?:doing|making)\s+the\s+right\s+(?:thing|call|choice)|it\s+was\s+(?:the\s+right\s+(?:thing|call|choice)|for the best|best for (?:us|you|everyone|the family|the kids))|i\s+was\s+(?:protecting|helping|saving|sparing|shielding)\s+(?:you|u|us|the family|everyone|the kids))\b(?!\s+to\s+(?!do\b))/g,
    accept: (m, s) => !CORRECTED_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)),
  },
  // "It seemed like the right thing to do at the time", "it seemed like a good idea at the time"
  {
    keys: keys('seemed|felt'),
    re: /\b(?:it|this|that)\s+(?:seemed|felt)\s+like\s+(?:the\s+right\s+(?:thing|call|choice)|a\s+good\s+idea|the\s+best\s+(?:option|thing|idea|way)|the\s+(?:sensible|kind|kindest|safest|easiest|only)\s+(?:thing|option|choice|way))(?:\s+to\s+do)?\s+(?:at\s+the\s+time|back\s+then|then)\b/g,
    accept: (m, s) => !CORRECTED_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)),
  },
  // Doing one's best: "I did what I thought was best", "I was doing my best", "I did what I had to do"
  {
    keys: keys('best|did|doing'),
    re: /\bi\s+(?:was\s+(?:only\s+|just\s+)?doing\s+(?:my|the)\s+(?:very\s+)?best|(?:only\s+|just\s+)?did\s+(?:the\s+best\s+i\s+could|my\s+(?:very\s+)?best|what\s+i\s+(?:thought|felt|believed)\s+was\s+(?:best|right)|what\s+i\s+had\s+to(?:\s+do)?|what\s+i\s+could|all\s+i\s+could))\b(?!\s+(?:to|at|in|on|for)\b)/g,
    accept: (m, s) => !CORRECTED_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)),
  },
  // "I had my reasons", "there were reasons for what I did"
  {
    keys: keys('reasons|reason'),
    re: /\bi\s+had\s+(?:my|good|valid|genuine|real|understandable|my own)\s+reasons\b|\bthere\s+(?:were|was)\s+(?:good\s+|real\s+|genuine\s+|valid\s+)?(?:reasons|a reason)\s+(?:for|behind|why)\s+(?:what|it|that|this|my|i)\b/g,
    accept: (m, s) => !CORRECTED_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)),
  },
  // "Given the circumstances, I felt I had no alternative", "given everything that was going on, I lost sight"
  {
    keys: keys('circumstances|given'),
    re: /\b(?:given|under|in)\s+(?:the|those|these|my)\s+circumstances\b|\bgiven\s+(?:everything|all)\s+(?:that\s+)?(?:was|i was|we were)\s+(?:going on|dealing with|happening|going through)\b/g,
    accept: (m, s) =>
      /\bi\s+(?:\w+\s+)?(?:felt|did|had|lost|acted|made|chose|couldn't|could not|thought|took|kept|went|said|lied|reacted|forgot|missed)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // Age: "I was only 19", "I was barely 20 and had no idea what I was doing"
  {
    keys: keys('only|barely|just|so'),
    re: /\bi\s+was\s+(?:only|just|barely|so)\s+(?:1[5-9]|2[0-4]|a teenager|a kid|a child|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\w+)\b(?!\s+when\s+(?:i|we)\s+(?:met|first|started|moved|left|got|had|married|was|began))/g,
  },
  // Clouded judgement: "my judgement was clouded by grief", "grief clouded my judgement"
  {
    keys: keys('judgement|judgment|thinking|clouded|impaired'),
    re: /\bmy\s+judg(?:e)?ment\s+(?:was|got|had been)\s+(?:\w+\s+)?(?:clouded|impaired|off|affected|compromised|skewed)\b|\b(?:grief|drink|alcohol|stress|anger|jealousy|fear|exhaustion|pain|emotion|emotions|panic|worry|depression|anxiety)\s+(?:had\s+)?(?:clouded|impaired|affected|warped|skewed)\s+my\s+(?:judg(?:e)?ment|thinking|mind)\b/g,
  },
  // "I was not in a position to say no", "I was in no state to think"
  {
    keys: keys('position|state|place'),
    re: /\bi\s+(?:wasn't|was not|was in no)\s+(?:in\s+a\s+)?(?:position|place|state|fit state)\s+to\s+(?:say no|refuse|think|decide|tell you|make|be|handle|cope|know)\b/g,
    negation: false,
  },
  // Acting from a motive: "I acted out of desperation", "I lied out of fear", "I was looking for comfort"
  {
    keys: keys('out|place|looking|searching'),
    re: /\bi\s+(?:\w+ly\s+)?(?:acted|did it|did that|did this|did what i did|lied|reacted|spoke|behaved|said it|said that|kept it quiet)\s+(?:purely\s+|only\s+|just\s+)?(?:out of|from a place of)\s+(?:love|fear|worry|concern|panic|desperation|grief|pain|self-defen[cs]e|loneliness)\b|\bi\s+was\s+(?:just\s+|only\s+)?(?:looking|searching)\s+for\s+(?:comfort(?!\s+food)|attention|validation|affection|an escape|a way out|support|connection|someone to talk to)\b/g,
    accept: (m, s) => !CORRECTED_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)),
  },
  // "work had me stressed out of my mind", "the job had me exhausted"
  {
    keys: keys('had'),
    re: /\b(?:work|my job|the job|uni|school|my boss|the baby|the kids|exams)\s+(?:\w+ly\s+)?had\s+me\s+(?:so\s+|really\s+|completely\s+)?(?:stressed|exhausted|run ragged|drained|on edge|burnt out|burned out|frazzled|wound up|at breaking point)\b/g,
  },
  // "that whole period was a blur", "it's all a blur"
  {
    keys: keys('blur'),
    re: /\b(?:it|that|the night|that night|that whole (?:night|period|time|year|month|week|weekend)|everything|the whole thing|most of it)\s+(?:is|was|'s)\s+(?:all\s+|kind of\s+|kinda\s+|just\s+)?a\s+(?:bit of\s+a\s+|total\s+|complete\s+)?blur\b/g,
  },
  // "My mind was not okay in those days", "my head wasn't right"
  {
    keys: keys('mind|head|brain'),
    re: /\bmy\s+(?:mind|head|brain|mental state)\s+(?:was\s+not|wasn't|was never|just wasn't)\s+(?:okay|ok|right|well|clear|good|straight|working properly)\b/g,
    negation: false,
    accept: (_m, s) =>
      !RECOVERY.test(s.text) && !/\bi'm (?:fine|okay|ok|good|better|well) now\b/.test(s.text),
  },
  // The situation as the cause: "because of the situation at home, I did this", "the situation forced me"
  {
    keys: keys('situation|circumstances|forced'),
    re: /\b(?:because of|due to)\s+(?:the|our|my)\s+(?:situation|circumstances|problems|troubles)\b|\b(?:the\s+)?(?:situation|circumstances|debt|money problems)\s+(?:\w+ly\s+)?(?:pushed|drove|forced)\s+(?:me|my hand)\b|\bmy\s+hand\s+was\s+forced\b/g,
    accept: (m, s) =>
      !/^(?:because of|due to)/.test(m[0]) ||
      /\bi\s+(?:\w+\s+)?(?:did|lied|took|hid|kept|acted|said|went|made|shouted|snapped|left|couldn't|didn't|had to|borrowed|spent)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // Not on purpose: "it wasn't on purpose", "I didn't do it deliberately", "it wasnt intentional"
  {
    keys: keys('purpose|intentional|deliberate|deliberately|intentionally'),
    re: /\b(?:it|this|that)\s+(?:wasn't|was not|was never|isn't)\s+(?:ever\s+)?(?:on purpose|intentional|deliberate)\b(?!\s+that\b)|\bi\s+(?:didn't|did not|never)\s+(?:do|say|plan)\s+(?:it|this|that)\s+(?:on purpose|deliberately|intentionally)\b/g,
    negation: false,
    accept: (m, s) =>
      !/\b(?:i know|i understand|you said|you told me|i believe you|i'm sure)\s+(?:that\s+)?$/.test(
        s.text.slice(Math.max(0, m.index - 25), m.index),
      ) &&
      !/^[^.]{0,40}?\bbut\s+(?:it|i|that)\s+(?:still|did|was still)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // "I was just being honest", "it was just me being friendly", "it's not like I planned it"
  {
    keys: keys('being|like'),
    re: /\bi\s+was\s+(?:just|only|simply)\s+being\s+(?:honest|truthful|real|myself|funny|playful|friendly|nice|polite|protective|careful|a friend)\b(?!\s+(?:with myself|now|for once|for the first time))|\bit\s+was\s+(?:only|just)\s+me\s+being\s+(?:honest|truthful|real|myself|funny|playful|friendly|nice|polite|protective|careful)\b|\b(?:it's|its|it is|it was)\s+not\s+like\s+i\s+(?:planned|meant|wanted|set out|went looking)\b/g,
    negation: false,
    accept: (m, s) => !CORRECTED_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)),
  },
  // A hard time told with the act after it: "it was a strange time in my life and I made bad choices"
  {
    keys: keys('time|period|year|patch'),
    re: /\bit\s+was\s+(?:a|such a)\s+(?:(?:really|very|so|pretty|super)\s+)?(?:strange|weird|confusing|messed up|dark|chaotic|intense|hard|difficult|tough|rough|bad|low|crazy)\s+(?:time|period|year|patch)(?:\s+(?:in my life|for me|in general))?\b/g,
    accept: (m, s) => {
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      return (
        ACT_AFTER.test(after) ||
        /^\s*(?:,\s*)?(?:and\s+)?i\s+(?:wasn't|was not)\s+(?:myself|thinking)\b/.test(after) ||
        APOLOGY_BEFORE.test(s.previous) ||
        // "it was a messed up time in my life" told as the reason, not "…and you were there for me"
        (/(?:in my life|for me)$/.test(m[0]) &&
          !/\b(?:you were|you helped|you stood|thank|grateful|you got me)\b/.test(s.text))
      );
    },
  },
];

/** Whether a sentence that names no apology may borrow one from the sentence before. */
export function apologyBefore(s: Sentence): boolean {
  return s.previous !== '' && APOLOGY_BEFORE.test(s.previous);
}
