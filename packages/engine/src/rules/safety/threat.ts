/**
 * `threat`: threatens the recipient, people close to them, their pets or things, or to expose
 * them (LABELS.md). Five families, each composed from word classes (threat.list.ts): harm
 * ("I'll hurt him"), exposure ("I'll show everyone those photos", "I still have your pics"),
 * surveillance as menace ("I know where you live", "I know you're at your sister's right now"),
 * taking the children, and veiled consequences ("you'll regret this", "watch your back").
 * Guards: negation ("I'd never hurt you"), the writer as the one threatening, reported or owned
 * past threats ("I threatened to post them; that was vile"), logistics ("I know where you live
 * now, I'll send the box there?"), offers ("I'll show you the photos from the trip"), concern
 * ("be careful driving, the roads are icy") and jokes ("I'll kill you if you eat my chips lol").
 */
import type { Sentence } from '../../analysis.js';
import type { Rule } from '../../rule.js';
import { gateOf, JOKE, runPatterns, rx, type SafetyPattern, words } from './lib.js';
import {
  AUDIENCE,
  EXPOSE,
  FILL,
  HARM,
  MATERIAL,
  PERSON,
  TARGET,
  THREAT_REASON,
  WILL,
  BENIGN_SHARE_THREAT as BENIGN_SHARE,
  LOGISTICS_THREAT as LOGISTICS,
  CONCERN_THREAT as CONCERN,
  FOOD_JOKE_THREAT as FOOD_JOKE,
  MEDIA_THREAT as MEDIA,
  OPEN_QUESTION_THREAT as OPEN_QUESTION,
  ABOUT_THEM_THREAT as ABOUT_THEM,
  ABOUT_WRITER_THREAT as ABOUT_WRITER,
  ULTIMATUM_THREAT as ULTIMATUM,
  HARM_FULL_THREAT as HARM_FULL,
} from './threat.list.js';
import { DIRECT_PATTERNS } from './threat.direct.js';
import { MORE_PATTERNS, MORE_PREVIOUS_GATE, moreAcrossSentences } from './threat.more.js';
import { THREAT_PREVIOUS_GATE, threatAcrossSentences, VEILED_PATTERNS } from './threat.veiled.js';

const SUGGESTION =
  'Please step away from this message. If things feel out of control, you can call or text 988 (US) or Samaritans on 116 123 (UK and Ireland), or talk to someone you trust now.';
const REASON = THREAT_REASON;

const FILLS = `${FILL}{0,2}`;
const MATERIAL_RE = rx(MATERIAL);
const hasMaterial = (text: string): boolean => {
  MATERIAL_RE.lastIndex = 0;
  return MATERIAL_RE.test(text);
};

const notJoke = (s: Sentence): boolean => !JOKE.test(s.text) && !FOOD_JOKE.test(s.text);
const after = (s: Sentence, m: RegExpExecArray, n = 60): string =>
  s.text.slice(m.index + m[0].length, m.index + m[0].length + n);

const tellOk = (s: Sentence, m: RegExpExecArray): boolean => {
  const rest = after(s, m);
  if (ABOUT_WRITER.test(rest)) return false;
  // "I'll tell everyone what you did for me, you were amazing": praise.
  if (
    /^\s*(?:them |everyone |everybody )?what (?:you|u) (?:did|do|have done|'ve done) for\b/.test(rest) ||
    /\b(?:amazing|so kind|grateful|thank\w*|proud of you|hero)\b/.test(s.text)
  )
    return false;
  if (/^\s*(?:$|[.!,;])/.test(rest))
    return (
      ULTIMATUM.test(s.text) ||
      (/\b(?:could|might|should)\b/.test(m[0]) && /\b(?:tell|show|let)\b/.test(m[0]))
    );
  if (ABOUT_THEM.test(rest)) return true;
  if (/^\s*about\b/.test(rest) && ULTIMATUM.test(s.text)) return true;
  return hasMaterial(s.text) && !BENIGN_SHARE.test(s.text);
};

export const PATTERNS: readonly SafetyPattern[] = [
  // Harm to them, someone close to them, their pets or things.
  {
    // harm-will
    need: words(
      'kill|murder|hurt|beat|batter|bash|smash|stab|shoot|strangle|choke|punch|slap|hit|kick|break|destroy|ruin|end|finish|get|come|go|hunt|track|burn|torch|set|key|slash|scratch|wreck|trash|poison|drown|knock|mess|fuck|f|teach|bury|crush|take|sort|deal|put|make|stalk|find|beat',
    ),
    re: rx(`${WILL}${FILLS}\\s+(?:${HARM})\\s+${TARGET}|${WILL}${FILLS}\\s+${HARM_FULL}`),
    negatable: true,
    firstPerson: true,
    accept: notJoke,
    reason: REASON.harm,
  },
  {
    // harm-passive
    need: words(
      "hurt|beating|battered|beaten|smashed|knocked|kicked|coming|what's|dealt|done|hospital|killed|stabbed|shot",
    ),
    re: rx(
      `(?:he|she|they|someone|somebody|people|you|u|(?:your|ur|his|her|that)(?! (?:you|u|he|she|they|i|we|it)\\b)(?: \\w+){1,2})(?:'s|'re|'ll|'d| is| are| will| would| might| could| r)?(?: going to| gonna)? (?:get|getting|be|end up) (?:hurt|a beating|battered|beaten(?: up)?|smashed|knocked out|(?:your|his|her|their) head kicked in|what's coming(?: to (?:you|him|her|them))?|dealt with|done in|in (?:the )?hospital|killed|stabbed|shot)`,
    ),
    negatable: true,
    accept: (s, m) =>
      !CONCERN.test(s.text) &&
      notJoke(s) &&
      (!/^(?:you|u)\b/.test(m[0]) || /\bif i (?:see|catch|find|hear|ever)|\bagain\b/.test(s.text)),
    reason: REASON.harm,
  },
  {
    // property
    need: words(
      'worse|scratch|scratches|scratched|smash|smashed|broken|burn|burnt|burned|burning|fire|bonfire|damaged|missing|keyed|slashed|wrecked|pieces|dented|torched|ruined|destroyed|trashed|dead|disappear|vanish|street|lawn|tip|road|curb|kerb|accident|furnace|incinerator|river|canal|tyres|tires|windows|wheels|windscreen|paint',
    ),
    re: rx(
      `(?:(?:your|ur|that|his|her)(?: \\w+){0,2}? (?:car|van|bike|truck|ute|house|flat|place|windows?|tyres|tires|door|garden|stuff|things|clothes|boxes|belongings|shit|crap|phone|laptop|guitar|records|album|dog|cat|horse|pets?)(?: of yours)?(?:'s| is| are|'re)? ?(?:would|will|might|could|won't|wouldn't|is going to|are going to|'s going to|'re going to|gonna|may|'d|'ll|are going|is going|go|goes|end up)(?: [\\w']+){0,4}? (?:worse|terrible|awful|horrible|a mess|flat tyres|flat tires|scratch(?:es|ed)?|smash(?:ed)?|broken|burn(?:ed|t|ing)?|on fire|bonfire|damaged|missing|keyed|slashed|wrecked|in pieces|dented|torched|ruined|destroyed|trashed|dead|disappear|vanish|on the (?:street|lawn|tip|road|curb|kerb|bonfire)|an accident)|(?:they|it|everything|all of it|all your \\w+|the lot|your \\w+)(?: (?!not\\b|never\\b)[\\w']+){0,4}?(?:'s| is|'ll| will|'re| are)? (?:going|go|get|be|end up) (?:on|in|into) the (?:bonfire|fire|furnace|incinerator|river|canal)|won't have (?:tyres|tires|windows|wheels|a windscreen|any (?:tyres|tires|windows|paint)|paint) (?:for long|much longer|by morning|tomorrow))`,
    ),
    accept: (s, m) =>
      /bonfire|fire|furnace|incinerator|river|canal/.test(m[0]) ||
      !/\b(?:garage|mechanic|repair|insurance|mot|service|storm|weather|battery|needs new|new tyres|old|vet|sick|ill|poorly|worried)\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  // Exposure: showing, posting, telling.
  {
    // expose-to-audience
    need: words(
      'show|showing|send|sending|post|posting|share|sharing|forward|forwarding|leak|leaking|upload|uploading|put|putting|email|emailing|publish|publishing|spread|spreading|expose|exposing|release|releasing|circulate|circulating|distribute|distributing|broadcast|broadcasting|read|reading|start|airdrop|airdropping|print|printing',
    ),
    re: rx(
      `(?:${WILL}${FILLS}\\s+|(?:i'm|i am)\\s+|^)${EXPOSE}\\s+(?:[\\w']+\\s+){0,6}?(?:to |with |on |in front of )?${AUDIENCE}`,
    ),
    negatable: true,
    firstPerson: true,
    accept: (s) => hasMaterial(s.text) && !BENIGN_SHARE.test(s.text),
    reason: REASON.expose,
  },
  {
    // expose-public
    need: words(
      'post|posting|leak|leaking|upload|uploading|publish|publishing|put|putting|spread|spreading|expose|exposing|release|releasing|airdrop|airdropping|circulate|circulating',
    ),
    re: rx(
      `${WILL}${FILLS}\\s+(?:post|leak|upload|publish|put up|put out|put|spread|expose|release|airdrop|circulate)(?:ing)?\\s+(?:[\\w']+\\s+){0,3}?${MATERIAL}`,
    ),
    negatable: true,
    firstPerson: true,
    accept: (s, m) =>
      !BENIGN_SHARE.test(s.text) &&
      (!/\bput\s/.test(m[0]) ||
        /\b(?:online|internet|up on|out there|on (?:facebook|fb|insta|instagram|twitter|tiktok|snapchat|my story|social media|the group|the gc|youtube|reddit|every))\b/.test(
          s.text,
        )),
    reason: REASON.expose,
  },
  {
    // expose-you
    need: words('expose|out|ruin|destroy|end|finish|bury|humiliate|shame|report'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:expose|out|ruin|destroy|end|finish|bury|humiliate|shame|report) (?:you|u)(?=\\s*(?:$|[.!,;]|to|in front|online|for what|for everything|publicly))`,
    ),
    negatable: true,
    firstPerson: true,
    reason: REASON.expose,
  },
  {
    // tell
    need: words(
      'tell|telling|inform|informing|let|letting|ring|ringing|call|calling|text|texting|message|messaging|email|emailing|write|go|going|contact|contacting|show|showing',
    ),
    re: rx(
      `(?:${WILL}${FILLS}|(?:i'm|i am)(?: just)?)\\s+(?:tell|telling|inform|informing|let|letting|ring|ringing|call|calling|text|texting|message|messaging|email|emailing|write to|go to|going to|contact|contacting|show|showing)\\s+(?:${AUDIENCE}|her|him|them)(?: know)?`,
    ),
    negatable: true,
    firstPerson: true,
    accept: tellOk,
    reason: REASON.expose,
  },
  {
    // make-sure-they-know
    need: words('sure|see'),
    re: rx(
      `(?:make sure|see to it that|see that)(?: [\\w']+)?? (?:${AUDIENCE})(?: [\\w']+){0,3}? (?:knows?|finds? out|hears?|sees?|learns?|reads?)`,
    ),
    negatable: true,
    // "I'll make sure the kids know how much you love them" is kindness.
    accept: (s, m) =>
      !ABOUT_WRITER.test(after(s, m)) &&
      !/^[^.!?]{0,40}\b(?:love|loves|care about|cares about|miss|misses|proud)\b/.test(after(s, m)),
    reason: REASON.expose,
  },
  {
    // audience-sees
    need: words(
      'gets|get|sees|see|hear|find|finds|know|love|interested|like|want|seeing|hearing|hears|learn|read|reads',
    ),
    re: rx(
      `(?:${AUDIENCE}|the whole (?:\\w+ )?(?:gc|group|school|office|town|family|chat|street|world|church))(?: [\\w']+){0,2}? (?:gets? to (?:see|hear|read|know)|sees|will see|'ll see|is going to see|are going to see|will hear|'ll hear|will find out|'ll find out|will know|'ll know|finds? out|would love (?:them|it|those|these|to see|to know|to hear|to read)|would (?:be (?:really |very |so )?interested|like to see|love to see)|might (?:want|like) to see|will be seeing|will be hearing|hears about|will learn|will read|(?:are|is|'s|'re) (?:going to|gonna) (?:know|see|find out|hear|learn|read)|reads? (?:them|it|those|these|your))`,
    ),
    negatable: true,
    accept: (s, m) =>
      !BENIGN_SHARE.test(s.text) &&
      (hasMaterial(s.text) ||
        /\b(?:them|it|those|these)$/.test(m[0]) ||
        /^\s*(?:about (?:you|u|it|this|that|them)|what (?:you|u)|the truth)/.test(after(s, m))),
    reason: REASON.expose,
  },
  {
    // i-have-material
    need: words(
      'photos|pics|pictures|piccies|nudes|selfies|screenshots|screenshot|screen|shots|texts|every|messages|dms|emails|video|videos|vid|vids|recording|recordings|voice|voicenotes|notes|tape|tapes|diary|journal|chat|chats|snaps|secret|secrets|receipts|everything|copies|proof|evidence|truth|what|all',
    ),
    re: rx(
      `\\bi(?:'ve|'d)?(?: still| already| also| even| literally| kept)?\\s+(?:still\\s+)?(?:(?<=i've |i've still |still )got|have|still got|kept|keep|saved|screenshotted|screenshot(?:ed)?|recorded|copied|backed up|have screenshots of|have copies of|have kept|have saved|took screenshots of|have got|am keeping)(?: (?:all|every|each|some|a few|one|a copy|screenshots|pics|recordings)(?: of)?)?(?: (?:your|ur|the|those|these|our|all|them|that|this|every|his|her))?(?: (?!(?:thought|been|heard|listened|considered|reflected|talked|spoken|learn\\w*|reali[sz]ed|understood|forgot\\w*|forgiven|missed|loved|meant|wondered|worried)\\b)[\\w']+){0,2}? ${MATERIAL}`,
    ),
    negatable: true,
    accept: (s, m) =>
      !BENIGN_SHARE.test(s.text) &&
      !/\b(?:deleted|delete|deleting|i'll (?:send|give|return)|printed for)\b/.test(s.text) &&
      // "I kept the account secret": the writer's own secret, not material against them.
      !/\b(?:kept|keep|keeping) (?:the |my |it |this |that |our |a )?(?:[\w']+ )?secret$/.test(m[0]),
    reason: REASON.expose,
  },
  {
    // i-have-a-key
    need: words('key|keys|code|codes|fob|passcode|pin'),
    re: rx(
      `\\bi(?:'ve)?(?: still)?\\s+(?:still\\s+)?(?:have|got|kept|keep|made|have got) (?:a |your |ur |the |a spare |a copy of (?:your|ur|the) |copies of (?:your|ur|the) )?(?:spare )?keys? (?:to|for|of) (?:your|ur|the|his|her) (?:place|flat|house|apartment|car|door|front door|home)|(?:\\bi(?:'ve| have)? )?\\bstill (?:have|got|'ve got|have got) (?:a|the|your|ur|a spare|the spare|my) (?:spare |door |gate |alarm |entry |front door |back door )?(?:keys?|code|codes|fob|passcode|pin)(?: (?:to|for|of) (?:you're building|(?:your|ur|the|his|her|their|yours|urs) ?(?:[\\w']+ )?(?:mum's|mom's|mums|moms|mum|mom|parents'|parents|building|block|flat|house|place|apartment|home|shed|garage|gate|door|front door|back door|car|alarm|office|phone|laptop|yard|stables?|yours|urs)))(?=\\s*(?:$|[.!,]|and|x+\\b))`,
    ),
    negatable: true,
    accept: (s) =>
      !s.isQuestion &&
      !/\b(?:return|give (?:it|them) back|drop (?:it|them)|post (?:it|them)|send (?:it|them)|leave (?:it|them)|want (?:it|them) back|hand (?:it|them)|bring (?:it|them)|back to you|under the mat|in the post|where should i|should i|sorry|forgot|feed|water|plants|emergenc\w*|while (?:you're|you are) away|for the (?:kids|dog|cat)|wifi|netflix|spotify)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // hope-they-know
    need: words('hope|hopefully|wonder|bet|does'),
    re: rx(
      `(?:hope|hopefully|i wonder if|bet|does) (?:your|ur|his|her) (?:new )?(?:\\w+ )?(?:knows|know|finds out|has heard|heard|is aware|realises|realizes) (?:(?:what|about|who|that|where) (?:you|u)\\b|about us\\b)(?! (?:feel|mean|are (?:doing|feeling)))`,
    ),
    reason: REASON.expose,
  },
  // Surveillance as menace.
  {
    // know-where
    need: words('where'),
    re: rx(
      `\\bi (?:know|found out|figured out|worked out|have found|'ve found|know exactly|know now)(?: exactly)? where (?:you|u|he|she|they|your(?: new)? \\w+|ur(?: new)? \\w+|his \\w+|her \\w+)(?:'s| is| are|'re)? ?(?:now )?(?:live|lives|living|work|works|working|park|parks|parked|sleep|sleeps|sleeping|stay|stays|staying|go|goes|drink|drinks|train|trains|run|runs|study|studies|hang out|hangs out|shop|shops|walk|walks|drive|drives|moved(?: to)?|are(?=\\s*(?:$|[.!,]|right now|tonight|now|and who|at night|every))|is(?=\\s*(?:$|[.!,]|right now|tonight|now|and who|at night|every)))(?!\\s+(?:is|was|has|must|can|will|seems|looks)\\b)`,
    ),
    negatable: true,
    accept: (s) => !LOGISTICS.test(s.text),
    reason: REASON.watch,
  },
  {
    // know-which
    need: words('which|what'),
    re: rx(
      `\\bi know (?:which|what) (?:gym|school|class|classes|office|bar|pub|church|route|bus|train|street|road|car|shift|shifts|time|days?|nights?|mosque|temple|club|cafe|nursery|college|uni|building|floor|flat|house|door|hotel|platform|way|park|running route|hours) (?:you|u|he|she|they|your(?: new)? \\w+|ur(?: new)? \\w+|his \\w+|her \\w+)\\b`,
    ),
    negatable: true,
    accept: (s) => !LOGISTICS.test(s.text),
    reason: REASON.watch,
  },
  {
    // know-routine
    need: words(
      'schedule|routine|address|movements|route|timetable|shift|shifts|rota|plate|plates|registration|location|whereabouts|move|commute|passcode|password|hours|login|when|school|nursery|gym|hotel|room|walk',
    ),
    re: rx(
      `\\bi know (?:(?:that|the) (?=(?:new )?address)|(?:your|ur|his|her|their) )(?:new )?(?:[\\w]+(?:'s|') )?(?:daily |weekly |whole |morning |evening |usual )?(?:schedule|routine|address|movements|(?:jog(?:ging)? |running |walking )?route(?: home)?|walk home|timetable|shifts?|rota|plates?|number plate|registration|location|whereabouts|every move|commute|passcode|password|new address|hours|login|school|nursery|gym|hotel|room number)(?!\\s+(?:is|are|was|were|has|have|had|changed|will|isn't|doesn't|for the|of the|home)\\b)|\\bi know when (?:you|u|he|she|they|your \\w+|ur \\w+)(?:'re|'s| are| is| get| gets| leave| leaves| go| goes| finish| finishes| come| comes)? ?(?:home|alone|on your own|by yourself|out|asleep|at work|at the gym|leaving|working|back|there|off|by herself|by himself|on (?:his|her) own)`,
    ),
    negatable: true,
    accept: (s) => !LOGISTICS.test(s.text),
    reason: REASON.watch,
  },
  {
    // know-you-are-there
    need: words('know'),
    re: rx(
      `\\bi know (?:you're|you are|your|he's|she's|they're|he is|she is|you've been|you were|he was|she was|you r) (?:at|with|in|staying|sleeping|seeing|home|round|over|out|going|back)\\b[^.?!]{0,40}?(?:right now|tonight|now|today|this (?:weekend|morning|evening)|again|last night|every (?:night|day|week|morning)|at the moment)`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:no rush|no need|whenever|when you (?:can|get a chance|have time)|don't worry|take your time|no pressure|hope|enjoy|have fun|say hi|busy|sorry)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // car-is-there
    need: words('car|van|bike|truck|ute|motorbike'),
    re: rx(
      `(?:your|ur|his|her) (?:new )?(?:\\w+'s )?(?:car|van|bike|truck|ute|motorbike)(?:'s| is) (?:right )?(?:there|outside|out front|out the front|parked (?:outside|at|on|in)|in (?:his|her|the) drive|across the road)`,
    ),
    accept: (s) =>
      !s.isQuestion &&
      !/\b(?:garage|fixed|mechanic|keys|repair|ready|collect|pick (?:it|up)|drop|mot|service|tow|ticket|clamp|insurance|sold|sell|blocking|move it|moved|towed|lights on|window open|unlocked)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // i-see-you
    need: words(
      'see|watching|following|tracking|outside|across|around|keeping|monitoring|driving|walking|drove|drive|walked|walk|went|eyes|people|friends|mates',
    ),
    re: rx(
      `\\bi (?:can )?see (?:everything(?! (?:so |more |much )?(?:clearly|differently|now|better))|who (?:you|u)(?:'re| are)? (?:with|talking|seeing|sleeping|texting)|you (?:right now|now|through the|from here)|your (?:every move|lights)|where (?:you|u) (?:are|go))|\\bi(?:'m| am|'ve been| have been| was|'ll be| will be| keep)(?: \\w+)? (?:watching|following|tracking|outside|parked outside|sitting outside|waiting outside|standing outside|across the road from|around the corner from|keeping an eye on|keeping tabs on|monitoring|driving past|walking past) (?:you|u|your|ur|his|her|him|them|the house)\\b|\\bi (?:drove|drive|walked|walk|went) (?:past|by) (?:your|ur) (?:house|place|flat|work|office)(?: \\w+){0,3} (?:again|every|last night|tonight|twice|a few times)|\\b(?:eyes everywhere|i have (?:people|eyes|friends|mates) (?:watching|everywhere|who (?:tell|told|see|saw|know))|people (?:watching|keeping an eye on) (?:you|u))`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:pick up|collect|drop off|at \d|o'clock|pm|am|to get|when you're ready|on tv|videos?|stories|show|match|game|play|films?|youtube|stream|channel|grow|become|learn|proud)\b/.test(
        s.text,
      ) &&
      !/\bfollowing (?:your|ur) (?:advice|lead|example|suggestions?|rules|wishes|instructions|plan|recipe|journey|progress)\b/.test(
        s.text,
      ) &&
      // "I'm parked outside, just come down for five minutes please": a plea to talk (pressure), not menace.
      !(
        /\b(?:come (?:down|out|outside)|let me in)\b/.test(s.text) &&
        /\b(?:please|just|for (?:\d+|a few|five|ten|two) (?:mins|minutes)|to talk)\b/.test(s.text) &&
        !/\b(?:or|unless|otherwise|else)\b/.test(s.text)
      ),
    reason: REASON.watch,
  },
  // The children.
  {
    // take-the-kids
    need: words('take|sure|see'),
    re: rx(
      `${WILL}${FILLS}\\s+take (?:the|our|my|your) (?:kids|children|child|son|daughter|boys|girls|baby|kid|little one|little ones|babies|\\w+)(?: [\\w']+){0,3}? (?:away(?! for the| on| to the)|and (?:go|leave|move|run|disappear|you'll|you will)|from you|where you(?:'ll| will) never|somewhere you|abroad|overseas|out of the country)|(?:make sure|see to it that) (?:you|u) (?:never|don't|do not|won't) (?:see|get to see|get) (?:the |our |your )?(?:kids|children|son|daughter|baby|\\w+) again|(?:you|u)(?:'re| are)? never (?:going to|gonna) see (?:the |our |your |my )?(?:kids|children|son|daughter|baby|them|him|her) again`,
    ),
    negatable: true,
    reason: REASON.kids,
  },
  // Veiled consequences.
  {
    // you-will-regret
    need: words('regret|sorry|pay|wish|coming|yours|lesson|find|see|never|lose'),
    re: rx(
      `(?:you|u)(?:'ll| will|'re going to| are going to| gonna| are gonna|'re gonna| r gonna| r going to)(?: (?!never\\b|not\\b)\\w+)?(?: really| truly| seriously| so)? (?:regret(?! not \\w+ing\\b| missing\\b)|be (?:really |so |very |truly |deeply )?sorry(?! to (?:hear|see|know|learn|miss))|pay(?= for (?:this|that|what)\\b|\\s*$|\\s*[,.!?]| dearly)|wish (?:you(?:'d| had)? )?(?:not|never)|live to regret|get what(?:'s| is) coming|get yours\\b|learn your lesson|find out (?:what|how|the hard way)|see what (?:happens|i(?:'m| am) capable of|i can do)|never (?:see|get to see|hold|meet) (?:the |our |your |my )?(?:kids|children|son|daughter|boys|girls|baby|little ones?|dog|cat)\\b|never (?:see|get to see|hold|meet) (?:her|him|them) again|lose (?:the kids|custody|everything|your job|your career|your licence|your visa|the house|your kids))`,
    ),
    accept: (s) => !(s.isQuestion && OPEN_QUESTION.test(s.text)) && notJoke(s) && !MEDIA.test(s.text),
    reason: REASON.veiled,
  },
  {
    // get-away-with
    need: words('away'),
    re: rx(
      `(?:you|u)(?:'ll| will)? (?:won't|will not|aren't going to|are not going to|ain't going to|not going to|never) get away with (?:this|it|that|what)|think (?:you|u) can (?:just )?get away with`,
    ),
    accept: (s) => !(s.isQuestion && OPEN_QUESTION.test(s.text)),
    reason: REASON.veiled,
  },
  {
    // find-out
    need: words(
      'find|see|learn|realise|realize|discover|happens|mess|fuck|screw|cross|messed|fucked|screwed|crossed|capable|know|idea|clue|underestimate|forgot|forget',
    ),
    re: rx(
      `(?:you'll|you will|you're going to|you are going to|you're about to|you are about to|you're gonna|you r about to) (?:find out|see|learn|realise|realize|discover) (?:what happens|the hard way|what i(?:'m| am) (?:capable of|like)|who you(?:'re| are) dealing with|what it feels like|what i can do)|what happens when (?:you|people|someone|u) (?:mess|messes|cross|crosses|screw|screws|fuck|fucks|lie|lies|cheat|cheats) (?:with|around with|to|on) me|(?:don't|do not|never) (?:mess|fuck|screw|cross) with me|(?:messed|fucked|screwed|crossed) with the wrong (?:person|guy|girl|woman|man|one|family)|(?:you|u) (?:don't know|do not know|have no idea|no idea|have no clue|underestimate|forgot|forget) what i(?:'m| am)? ?(?:capable of|can do|could do|will do|might do|would do)(?! for you| to help)`,
    ),
    accept: (s) => !MEDIA.test(s.text),
    reason: REASON.veiled,
  },
  {
    // warning
    need: words(
      'warned|warning|warn|back|yourself|step|mouth|watch|eye|doors|shoulder|last|else|see|trouble|dead|done',
    ),
    re: rx(
      `(?:you've|you have|you are|you're|consider yourself|consider this|this is your|this is a|this is my) (?:been )?(?:warned|(?:last|final|only) warning)|don't say i didn't warn you|i(?:'m| am) warning you(?=\\s*(?:$|[.!]|,? (?:don't|if|one more|stay|keep|stop|this is|back off)))|watch (?:your|ur|his|her|their|your \\w+'s|ur \\w+'s) back|watch (?:yourself|your step|your mouth)(?=\\s*(?:$|[.!,]|or|mate|pal))|(?:better|best) watch (?:out|yourself|it|your back)|sleep with one eye open|lock (?:your|ur|his|her) doors|look(?:ing)? over (?:your|his|her|ur) shoulder|(?:haven't|have not|not) heard the last of me|or else(?=\\s*(?:$|[.!?]))|or you'll see|or there'll be trouble|(?:you(?:'re| are)|ur) (?:dead meat|a dead (?:man|woman)|so dead|dead(?=\\s*(?:$|[.!,]|if|when))|done for)`,
    ),
    accept: (s) =>
      !/\b(?:ice|icy|roads|weather|storm|slippery|pickpockets?|scam)\b/.test(s.text) &&
      // "He'd better watch his back in the final": sport talk.
      !/\b(?:final|semi-?final|striker|defender|goalie|league|cup|tournament|opponents?|derby)\b/.test(
        s.text,
      ) &&
      notJoke(s),
    reason: REASON.veiled,
  },
  {
    // be-careful
    need: words('careful|watch|stay|think|keep|reconsider|better'),
    re: rx(
      `careful (?:who|what|how|where) (?:you|u|your \\w+|he|she)(?:'re| are)? (?!wish)(?:post|posting|talk|talking|see|seeing|date|dating|hang|hanging|go|going|say|saying|tell|telling|sleep|sleeping|bring|bringing|share|sharing|text|texting|trust|walk|walking|park|parking)|(?:your|ur|his|her)(?: \\w+){0,2}? (?:${PERSON}|dog|cat|pets?|horse) (?:should|had better|'d better|better|wants to|might want to|needs to|ought to) (?:be (?:very |really )?careful|watch (?:out|it|himself|herself|his back|her back|themselves)|stay (?:away|indoors|inside|home))|(?:you|u) (?:should|had better|'d better|better|might want to|need to|ought to) (?:be (?:very |really )?careful|watch (?:out|yourself|it|your back))(?: [\\w']+){0,3} (?:at night|walking home|on your own|alone|who you|where you|what you|around me|from now on)|(?:i'd|i would) (?:be careful|watch (?:out|yourself|my back|your back)|think (?:twice|carefully|again)|keep (?:quiet|my mouth shut)|not do that|reconsider|be very careful)(?: [\\w']+){0,4} if i (?:were|was) (?:you|him|her)|(?:you'd|you had|u'd|you|u) better (?:watch|be careful|sleep with|pray|hope|lock|keep (?:your|ur) (?:mouth|head)|not (?:tell|show|go to|call|report|block|ignore|come near|say))`,
    ),
    accept: (s) =>
      !CONCERN.test(s.text) &&
      // Care for an injury: "should be careful with that knee".
      !/\b(?:knee|ankle|wrist|hip|injury|injured|surgery|recovery|get well|stitches|cast|sprain\w*)\b/.test(
        s.text,
      ) &&
      notJoke(s),
    reason: REASON.veiled,
  },
  {
    // think-before
    need: words('think|wise|smart|sensible|interest|interests|advisable|prudent|remember|forget|mind'),
    re: rx(
      `think (?:very |really )?(?:carefully|twice|hard|long and hard|again) (?:before|about) (?:you|u) (?:block|ignore|go|tell|report|do|leave|try|cross|mess|take|say|post|call|withdraw|cut|walk|move|contact|speak|talk)|think (?:about|of) (?:it|this|that) (?:before|next time) (?:you|u)|think (?:about|of) (?:your|ur) (?:career|job|reputation|kids|children|family|safety|position|licence|visa|mum|mom|dad|parents|new \\w+)(?=\\s*(?:$|[.!,]|before|when|if))|(?:it would be|it'd be|you'd be|you would be|it might be) (?:wise|smart|sensible|in your (?:best )?interests?|advisable|prudent) (?:to|for you to|not to) (?:remember|think|reconsider|keep (?:quiet|this|it|your)|stay (?:quiet|away)|drop|withdraw|back off|play nice|cooperate|be sensible|not)|(?:remember|don't forget|never forget|do not forget|keep in mind|bear in mind),? (?:that )?i (?:still )?(?:have|know|kept|saved|got|'ve got|have got) (?:copies|everything|all|the (?:\\w+ )?(?:photos|pics|texts|messages|screenshots|videos)|your (?:secrets|\\w+ (?:photos|pics))|a key|where|what you)`,
    ),
    accept: (s) =>
      !/\b(?:take your time|no rush|whatever you decide|i'll respect|your decision|up to you)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // something-might-happen
    need: words(
      'happen|happens|shame|pity|terrible|awful|sad|unfortunate|embarrassing|bad|awkward|hate|want|wonder|public|out|online|seen|shared|viral|leaked|leak|around|domain|enjoy',
    ),
    re: rx(
      `\\b(?:something|anything|things?|accidents?) (?:bad |terrible |awful |nasty |unfortunate |tragic )?(?:might|could|may|will|would|can|is going to|is gonna|are going to) (?:\\w+ )?happen to (?:you|u|him|her|them|your|ur|his|that|those|the|anyone you|someone you|people you)|(?:(?:it |that )?(?:would|will|'ll) be|it'd be|that'd be|wouldn't it be|would it not be|it'll be)(?: (?:a|so|such a|really|very))? (?:real )?(?:shame|pity|terrible|awful|sad|unfortunate|embarrassing|bad|awkward)(?: for| if)(?: [\\w']+){0,6}? (?:saw|see|seeing|found out|find out|finding out|heard|hear|learned|learnt|learn|knew|know|got (?:hurt|hold|wind|damaged|broken|scratched|keyed|smashed|stolen|burned|burnt|lost|fired|sacked)|get (?:hurt|hold|wind|damaged|broken|scratched|keyed|smashed|stolen|burned|burnt|lost|fired|sacked)|went missing|go missing|happened|happen|caught fire|catch fire|got out|get out|leaked|came out|come out|went viral|go viral|were to|read)|(?:i'd hate|i would hate|i'd hate it|would hate|wouldn't want|would not want)(?: for| if)(?: [\\w']+){0,6}? (?:saw|see|seeing|found out|find out|finding out|heard|hear|learned|learnt|learn|knew|know|got (?:hurt|hold|wind)|get (?:hurt|hold|wind)|went missing|go missing|happened|happen|caught fire|catch fire|got out|get out|leaked|came out|come out|went viral|go viral|were to|(?:get|receive|got|received) (?:an?|the|some|those|these) (?:\\w+ )?(?:email|letter|call|message|text|photos?|pics|video|visit|tip|tip-off))|wonder what (?:your|ur|his|her|their|everyone|people|the)(?: [\\w']+){0,4}? (?:would|will|might|'d) (?:make of (?:this|these|those|it|that|them)|think (?:about|of) (?:this|these|those|it|that|them)|say (?:if|when|about (?:them|those|this|that))|do (?:if|when))|(?:neither of us|nobody|no one|none of us|you don't|you wouldn't|you won't|you do not) (?:wants?|would want|'d want|would like|like) (?:those|that|these|them|this|it|the \\w+)(?: \\w+)? (?:in the public domain|out there|getting out|to get out|to come out|made public|public|online|going public|seen|shared|to be seen|to go viral|leaked|to leak|on the internet|getting around)|enjoy (?:it|this|that|him|her|them|your \\w+|yourself|your freedom|life) while (?:it|you|he|she|they|u) (?:last|lasts|can|still can|(?:still )?(?:have|got) (?:it|one|them|him|her))`,
    ),
    accept: (s, m) =>
      !/\bfor (?:you|u) to (?:get|receive)\b/.test(m[0]) &&
      !CONCERN.test(s.text) &&
      !/\bfrom (?:someone|anyone|somebody|anybody) else\b|\bfrom (?:him|her|them|others|a stranger)\b|second ?hand/.test(
        s.text,
      ) &&
      // Worry that asks them to get something checked: "please get the brakes checked".
      !/\bplease (?:get|be|stay|take|look|drive|call|see)\b|\bget (?:the|your|ur) \w+ (?:checked|looked at|seen to|fixed)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // life-hell
    need: words('life|lives|days|sure|coming|wherever|anywhere|hide|make|like|find'),
    re: rx(
      `make (?:your|ur|his|her|their) (?:life|lives|days) (?:a )?(?:living )?(?:hell|nightmare|misery|miserable|unbearable|difficult|very difficult|so difficult|a misery|not worth living|hard|impossible)|make sure (?:you|u) (?:suffer|pay|regret|lose|get what)|\\bi(?:'ll| will)(?: \\w+)? (?:make sure|see to it)(?: that)? (?:you|u|he|she|they|your \\w+) (?:never (?:see|get|work|hold|find)|regret|pay|suffer|lose|get what|are sorry|is sorry)|(?:i'm|i am) coming (?:for|after) (?:you|u|him|her|them|your)|(?:wherever|anywhere) (?:you|u) (?:go|move|hide|run),? i(?:'ll| will) (?:find|be|follow)|(?:you|u) can(?:'t| not|not) hide(?=\\s*(?:$|[.!,]|from me))|(?:don't|do not) make me (?:come|do|go|show|tell|call|send|post|hurt|use|get|turn up|drive|find|ring|knock)|(?:you|u) won't like (?:it|what (?:happens|i do|comes next|i'll do|i will do))(?=\\s*(?:$|[.!]))`,
    ),
    negatable: true,
    // "Please don't make me do this" is a plea (often about the writer's own safety), not a threat.
    accept: (s, m) => notJoke(s) && !(/make me do$/.test(m[0]) && /\bplease\b/.test(s.text)),
    reason: REASON.veiled,
  },
  {
    // hypothetical-exposure
    need: words('if|how|what'),
    re: rx(
      `(?:wouldn't it be|would it not be|it would be|it'd be|would be|imagine|i wonder|wonder)(?: [\\w']+){0,6}? if (?:${AUDIENCE}|she|he|they|anyone|someone|people) (?:\\w+ )?(?:saw|found out|heard|knew|read|learned|learnt|got (?:hold|wind)|were to (?:see|find out|hear|read))|(?:how|what) (?:would|will|do you think|might) (?:${AUDIENCE}|she|he|they)(?: [\\w']+){0,3}? (?:feel|think|say|react|do|make of)|(?:how|what) (?:${AUDIENCE}|she|he|they) (?:would|will|might|'d) (?:feel|think|say|react|do|make of)`,
    ),
    accept: (s) =>
      !BENIGN_SHARE.test(s.text) &&
      (hasMaterial(s.text) ||
        /\bif (?:\w+ ){0,3}(?:saw|found out|heard|knew|read|learned|learnt|got hold|got wind|were to)\b/.test(
          s.text,
        )) &&
      !/\b(?:we|us)\b(?! (?:did|had))/.test(s.text.slice(-30)),
    reason: REASON.expose,
  },
  {
    // menace
    need: words(
      'have|think|see|happens|mistake|ugly|nasty|messy|bad|difficult|hard|worse|complicated|uncomfortable|dangerous|secret|secrets|affair|lies|past|one|get|away|hearing|hear|while|dead|done|scared|afraid|frightened|worried|terrified|nervous|expect|find|lasts',
    ),
    re: rx(
      `if i can't have (?:you|u|her|him),? (?:no one|nobody|noone|no-one)(?: else)? (?:can|will)|(?:don't|do not) think i (?:won't|wouldn't|will not|would not|can't) (?:come|do it|do that|go|tell|show|post|send|hurt|find|turn up|show up)|keep (?:\\w+ing)(?: me)? and (?:you'll |just )?see what happens|see what happens (?:if|when) (?:you|u)|(?:try it|go on|do it|i dare you)(?: and)? see what happens|(?:you've|you have|you just) made the (?:biggest|worst) mistake of your life|(?:things|it|this|life) (?:could|will|might|is going to|are going to|can|is gonna|are gonna) (?:get|turn|become) (?:very |really |pretty |real )?(?:ugly|nasty|messy|bad|difficult|hard|worse|complicated|uncomfortable|dangerous)(?: for (?:you|u|him|her|your))|(?:your|ur) (?:little )?(?:secrets?|affair|lies|past) (?:won't|will not|isn't going to|aren't going to|can't) (?:stay|keep|be|remain) (?:secret|hidden|quiet|a secret|buried)|one (?:call|phone call|text|message|email|post|word|click) (?:to (?:${AUDIENCE}|her|him|them) )?(?:from me )?and (?:you|u|you're|your|he|she|it's|that's)|(?:let|letting) (?:you|u|him|her) get away with (?:it|this|that)|(?:you|u)(?:'ll| will) (?:be hearing|hear) from me(?=\\s*(?:$|[.!]))|(?:enjoy|sleep|have fun|make the most|laugh|smile)(?: [\\w']+){0,4},? while (?:you|u|he|she|they|it) (?:still )?(?:can|lasts)|(?:he's|she's|they're|you're|he is|she is|you are|(?:your|ur) \\w+(?:'s| is)) (?:dead meat|a dead man|a dead woman|dead men|so dead|done for)|(?:you|u|he|she|they|your \\w+) (?:should|ought to|had better|'d better|better) be (?:scared|afraid|frightened|worried|very worried|terrified|nervous)|when (?:you|u) least expect it|(?:i'll|i will|i'm going to) find (?:you|u|him|her)(?=\\s*(?:$|[.!]|wherever|anywhere|eventually|one day))`,
    ),
    accept: (s, m) =>
      notJoke(s) &&
      !(
        /^(?:try it|go on|do it)\b/.test(m[0]) &&
        /\b(?:recipe|tastes?|delicious|amazing|works|brilliant|game changer|hack)\b/.test(s.text)
      ),
    reason: REASON.veiled,
  },
  {
    // watching
    need: words('watching|followed|following|follow|waiting|outside|there|past|by'),
    re: rx(
      `\\bi(?:'m| am)(?: always| still)? watching(?: you| u)?(?=\\s*(?:$|[.!,]|always|every))|\\bi(?:'ve)? (?:followed|been following|was following|follow) (?:you|u|him|her)(?: \\w+)?(?: home| to work| to (?:your|his|her))|(?:i'll|i will|i'm going to)(?: \\w+)? be (?:waiting|outside|there)(?: for (?:you|u))? when (?:you|u) (?:get home|get back|finish|leave|come out)|\\bi (?:drove|drive|walked|walk|went|go|have driven|'ve driven|been) (?:past|by) (?:your|ur|her|his|their)(?: \\w+){0,2}? (?:house|place|flat|work|office|home)`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:kids|pick up|collect|drop|dinner|old|used to|memories|sad|miss|on (?:instagram|insta|twitter|tiktok|facebook))\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // turn-up
    need: words('turn|turning|show|showing|come|coming|rock|rocking|be'),
    re: rx(
      `(?:${WILL}${FILLS}|(?:i'm|i am))\\s+(?:turn(?:ing)? up|show(?:ing)? up|com(?:e|ing)(?: round| over| down)?|rock(?:ing)? up|be) (?:at|to) (?:your|ur) (?:work|office|house|place|flat|door|school|mum's|parents'|gym|job|new place)|(?:i'm|i am) coming (?:over|round|around)(?=\\s*(?:$|[.!,]|now|tonight|right now))`,
    ),
    negatable: true,
    accept: (s) => ULTIMATUM.test(s.text) && !LOGISTICS.test(s.text),
    reason: REASON.watch,
  },
  {
    // be-careful-tonight
    need: words('careful'),
    re: rx(
      `be (?:very |really )?careful (?:walking|going|driving|getting|coming)(?: [\\w']+){0,4}? (?:tonight|at night|alone|on your own|by yourself)`,
    ),
    accept: (s) => !CONCERN.test(s.text) && notJoke(s),
    reason: REASON.veiled,
  },
  {
    // menace-2
    need: words(
      'funny|stop|nice|polite|patient|want|lucky|try|saw|seen|spotted|noticed|leaving|left|address|number|watch|protect|guard|told|given|sent|shared|brick|rock|stone|call|lock|laughing|crying|see|karma|payback|revenge|delivering|forget|staying|sleeping|light|lights|window|windows',
    ),
    re: rx(
      `funny how (?:your|ur|his|her) (?:\\w+ ){0,2}(?:keeps?|kept) (?:going|getting|breaking|ending up|disappearing)|(?:i|i'll|i will|then i)(?: just)? (?:stop|won't be|will stop|'ll stop|stops) (?:being )?(?:so )?(?:nice|polite|patient|reasonable)|(?:do you|you) (?:really )?want (?:the kids|your \\w+(?: \\w+)?|everyone|them|him|her|people) to (?:know|see|find out|hear|learn|read)|(?:you're|he's|she's|they're|you are|he is|she is) lucky (?:i|that i)|try me(?=\\s*(?:$|[.!]))|(?:saw|seen|spotted|noticed) (?:your|ur|his|her) (?:car|van|bike|truck) (?:outside|at|in|parked|on)|(?:leaving|left) (?:your|ur) (?:\\w+ )?(?:door|gate|window|car|back door|front door)s? (?:unlocked|open)|\\bi (?:have|'ve got|got|found|know) (?:your|ur|his|her) (?:new )?(?:address|home address|work address|location)(?=\\s*(?:$|[.!,]|now|thought|so))|(?:can't|cannot|can not|won't) (?:watch|protect|guard|be with) (?:you|u|him|her) (?:24/7|forever|all the time|every minute|all day|every day)|(?:told|given|gave|sent|shared|passed on|handed)(?: (?!me\\b)[\\w']+){1,3}? (?:where (?:you|u|he|she)(?:'s| is| are|'re)? (?:live|lives|living|work|works|working|stay|stays|staying)|(?:your|ur) (?:new )?address)|(?:brick|rock|stone) through (?:your|ur|his|her|the) (?:window|windscreen|windshield|door)|one (?:call|phone call|text|message|email|post|word|click)(?: to [\\w']+(?: [\\w']+)?)? is all it takes|(?:make sure|remember to|don't forget to|better) (?:you )?lock (?:the|your|ur) (?:doors?|windows?)|(?:we'll|we will|you'll|you will) see who(?:'s| is) (?:laughing|crying|sorry|smiling)|(?:karma|payback|revenge)(?:'s| is)? coming (?:to|for) (?:you|u)|(?:i'll|i will) be the one (?:delivering|to deliver|who delivers) it|(?:a word|a lesson|a visit|something|a night|a beating) (?:he|she|you|u|they|your \\w+) (?:won't|will never|'ll never|wont) forget|\\bi know (?:you're|you are|your|he's|she's|they're) (?:staying|sleeping|living) (?:at|with|in|round)|\\bi can see (?:your|ur|his|her) (?:\\w+ )?(?:light|lights|window|windows|car|door|curtains)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:no rush|whenever|take your time|don't worry|hope you're|glad|safe travels)\b/.test(s.text) &&
      // A car seen at the garage is a question about the repair.
      !/\b(?:garage|mechanic|car wash|dealership|mot|repairs?|broke down|breakdown|clutch|tow(?:ed)?)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // knows-their-details
    need: words(
      "isn't|right|aren't|wasn't|didn't|nice|lovely|walks|goes|drives|passes|cycles|runs|lads|boys|mates|friends|brother|brothers|cousin|cousins|people|patient|nice|forgiving|calm|reasonable",
    ),
    re: rx(
      `(?:flat|house|place|apartment|room|table|seat|desk|office|street|road|floor|window|door|car|gym|class|shift|bus|train)(?: [\\w']+){0,3},? (?:isn't it|right|aren't you|is it|wasn't it|didn't you|don't you)\\?|(?:nice|lovely|cute|pretty) (?:dress|top|shirt|jacket|coat|outfit|haircut|hair|shoes|car|date|new \\w+) (?:today|tonight|last night|this morning|at (?:the )?\\w+)|(?:your|ur) (?:\\w+ ){0,2}(?:walks|goes|drives|passes|cycles|runs) (?:past|by) my (?:place|house|flat|window|work)|(?:my|i've got|i have|i know) (?:\\w+ )?(?:mates|friends|brothers?|cousins?|people|lads|boys) who (?:would|will|could|can|know how to|don't mind|owe me|aren't as)(?![^.!?]{0,30}\\b(?:help|lift|move|moving|fix|van|recommend|cheap))|(?:he's|she's|they're|he is|she is|they are) (?:a lot |much |far |way )?less (?:patient|nice|forgiving|calm|reasonable|understanding) than me`,
    ),
    accept: (s, m) =>
      !LOGISTICS.test(s.text) &&
      !/\b(?:photo|pic|picture|insta|instagram|facebook|post|profile|wedding|party)\b/.test(s.text) &&
      notJoke(s) &&
      (!m[0].endsWith('?') ||
        (!/\b(?:i|you|we|he|she|they|u)\b/.test(s.text) &&
          s.words.length < 8 &&
          !/\b(?:no|there's|theres|there is|any)\b/.test(s.text) &&
          !/^\W*(?:is|are|was|do|does|did|can|could|should|huh|so|and|but|it's|its|the party|the meeting)\b/.test(
            s.text,
          ))),
    reason: REASON.watch,
  },
  {
    // veiled-3
    need: words(
      "everyone's|everybody's|which|like|enjoy|carefully|hard|interested|find|love|hear|hears|wait|till|til|until|kept|matters|should|deserves|ought|needs|right|underestimate|test|push|lose|things|stuff|everything|secrets|gonna|going|goodbye|hope|hospital|imagine|these|those|know|leave|leaving|left|always|all|happens|twice|shame|pity|public",
    ),
    re: rx(
      `(?:${AUDIENCE}|she|he|they)(?: [\\w']+){0,2}? (?:may|might|would|will|'d|'ll|is gonna|is going to|are gonna|are going to|'s gonna|'s going to)(?: \\w+)? (?:be (?:very |really |most |so )?interested to (?:learn|know|hear|see|read)|find (?:[\\w']+ ){0,3}(?:illuminating|interesting|enlightening|fascinating|eye-opening)|love (?:this|these|those|it|that|them)|hear about (?:this|it|that|you))|(?:wait|wait till|wait til|wait until|just wait till|just wait until) (?:${AUDIENCE}) (?:hears?|sees?|finds? out|reads?|learns?)|(?:rest assured|remember|don't forget),? i(?:'ve| have)? (?:got|have|kept|saved) (?:everything|it all|all of it|copies)|take (?:matters|things|this) into my own hands|(?:your|ur) \\w+(?: \\w+)? (?:should|deserves to|ought to|needs to|has a right to) (?:hear|know|see|learn)(?: [\\w']+){0,3}? (?:my side|the truth|what you|about (?:you|this|us|what)|everything|what really)|(?:don't|do not|never) (?:underestimate|test|push) me|(?:what|how much) you(?:'ve got| have| 've)? (?:got )?to lose|you(?:'ve got| have| 've got|'ve| got)? (?:a lot|so much|everything|plenty|far|much|way)(?: more)? to lose|\\bi know (?:things|stuff|everything|a lot|secrets) about (?:you|u|your|him|her)|(?:you're|you are|ur|you)(?: going to| gonna) get it(?=\\s*(?:$|[.!]))|say goodbye to (?:your|ur) (?:precious |lovely |little |new |beloved )?(?:car|van|bike|house|flat|job|career|kids|dog|cat|reputation|freedom|friends)|hospital food|imagine if (?:these|those|they|it|this|the \\w+|your \\w+) (?:got out|leaked|went public|came out|went viral|got around|got posted)|(?:nice of you|thanks for|good of you) (?:to )?leav(?:e|ing) (?:your|ur|the) (?:curtains|blinds|door|gate|window|lights?)|(?:leave|leaving|left) (?:your|ur) (?:\\w+ )?(?:curtains|blinds)s? open|(?:i'll|i will|but i'll) (?:always|still) find (?:you|u)|(?:your|ur|these|those|them|they|it|the \\w+)(?: \\w+)? (?:are|is|'re|'s|will be|'ll be|end up|go|goes|going) all over (?:facebook|fb|insta|instagram|twitter|tiktok|snapchat|the internet|social media|town|the school|the office|the group|the gc|whatsapp)|see what happens to (?:you|u|your|ur|him|her|them)\\b|(?:i'd|i would|you'd|you should|you might want to|better) think twice (?:before|about)|be a (?:real )?(?:shame|pity) if (?:it|he|she|they|your \\w+|the \\w+) (?:didn't come back|never came back|went missing|disappeared|vanished|got run over|got lost|got hurt)|(?:become|go|be made) public|(?:everyone|everybody)'s (?:going to|gonna) (?:know|see|find out|hear|learn|read)|\\bi know which (?:car|house|flat|door|bike|window|one|room) is (?:yours|his|hers|theirs)|hope (?:you|u) (?:like|enjoy|love) (?:your|ur) (?:\\w+ )?(?:car|van|bike|house|flat|windows?|tyres|door|stuff|things) (?:scratched|smashed|keyed|broken|slashed|on fire|in pieces|wrecked)|think (?:very |really )?(?:carefully|hard|twice|long and hard) about (?:your next (?:steps?|moves?)|what you do next|what happens next)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !BENIGN_SHARE.test(s.text) &&
      !CONCERN.test(s.text) &&
      // "You have a lot to lose if you take that job abroad, think it through": advice about their choice.
      !/\b(?:think (?:it|this|that) (?:through|over)|weigh (?:it|this|that) up|sleep on it|talk it over)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // not-over
    need: words('over'),
    re: rx(`this (?:isn't|is not|ain't) over(?=\\s*(?:$|[.!,]))`),
    accept: (s, m) =>
      !/\b(?:know|hope|feel|think|pretend|wish|sure|us|between us|for me)\b/.test(s.text.slice(0, m.index)),
    reason: REASON.veiled,
  },
  // Veiled menace in more forms: injuries foretold, exposure made easy, showing up, consequences.
  {
    // injury-foretold
    need: words('need|needs|rearranged|rearrange|shame|pity'),
    re: rx(
      `(?:he|she|they|you|u|your \\w+|ur \\w+)(?:'ll| will|'d| would|'s going to| is going to|'re going to| are going to| is gonna| gonna) (?:be )?(?:need|needing) (?:a dentist|a new face|an ambulance|stitches|a surgeon|a new set of teeth|dental work|a wheelchair|crutches|a hospital bed)|(?:face|teeth|nose|legs?) (?:got|gets|get|getting|would get|could get|might get) (?:rearranged|smashed in|kicked in|broken|knocked out)|(?:shame|pity) if (?:it|that|he|she|they|his \\w+|her \\w+|your \\w+|ur \\w+) (?:got|gets|were to get|was to get|ended up) (?:rearranged|smashed|broken|damaged|hurt|messed up|scratched|keyed|burned|burnt|wrecked|torched)`,
    ),
    negatable: true,
    accept: notJoke,
    reason: REASON.harm,
  },
  {
    // easy-to-expose
    need: words('easy|easily'),
    re: rx(
      `(?:would|'d|could|it'd|it would|it's|it is|so) (?:be )?(?:so |really |very |sooo |too |dead |pretty )?(?:easy|easily)(?: for me)? to (?:post|send|share|leak|show|forward|upload|tell|expose|screenshot|text|email|message|log in)(?! (?:you|u|it to you|them to you)\\b)`,
    ),
    negatable: true,
    reason: REASON.expose,
  },
  {
    // material-will-reach
    need: words('go|sent|forwarded|shown|end|find|land|reach|arrive'),
    re: rx(
      `(?:copies|copy|messages|texts|photos|pictures|pics|videos|screenshots|emails|recordings|evidence|chats?|letters|nudes)(?: of (?:your|ur|the|our|those|these) [\\w']+(?: [\\w']+)?)? (?:will|would|are going to|is going to|'ll|are gonna|might|could|may) (?:go|be sent|be forwarded|be shown|be passed|end up|find (?:its|their) way|land|reach|arrive|be posted) (?:straight )?(?:to|with|on|in front of) (?:your|ur|his|her|the)\\b(?! (?:new )?(?:email|inbox|phone|drive|account|address|folder|icloud|dropbox|printer|laptop)\\b)`,
    ),
    negatable: true,
    reason: REASON.expose,
  },
  {
    // material-goes-public
    need: words('online|public|viral|internet|facebook|instagram|insta|snap|tiktok|twitter'),
    re: rx(
      `(?:photos|pictures|pics|videos?|screenshots|nudes|messages|texts|chats?|recordings|emails|evidence)(?: of (?:you|u|your|ur|us))? (?:will |would |are going to |'ll |are gonna |might |could )?(?:go|goes|going|get|end up|be|get posted|be posted|get shared|be shared) (?:straight )?(?:online|public|viral|on the internet|up online|on (?:facebook|instagram|insta|snap|snapchat|tiktok|twitter|the group chat))`,
    ),
    negatable: true,
    accept: (s: Sentence) =>
      !/\b(?:from (?:the|our) (?:trip|wedding|holiday|party)|of the (?:kids|baby|dog)|did you see|have you seen|already|album)\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // still-have-material
    need: words('got|have|kept'),
    re: rx(
      `(?:i've |i have |i |i'm )?(?:still |also )(?:got|have|kept|keeping) (?:the|your|ur|those|these|all the|all your|all ur|every one of the|copies of the|copies of your) (?:\\w+ )?(?:videos?|photos|pictures|pics|nudes|screenshots|recordings|texts|messages|chats?|emails|voice ?notes)`,
    ),
    negatable: true,
    accept: (s: Sentence) =>
      !/\b(?:from (?:the|our) (?:trip|wedding|holiday|party)|of (?:the kids|the baby|the dog|us)|want (?:them|copies|a copy)|if you(?:'d)? (?:want|like)|delete|deleting|deleted|sentimental|memories|for you\b)/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // lucky-i-am-not
    need: words('lucky'),
    re: rx(
      `(?:you're|you are|ur|your|he's|she's) (?:really |very |so )?lucky (?:that )?i(?:'m| am)? (?:not|haven't|didn't|havent|didnt|'m not|am not) (?:already |yet )?(?:showing|shown|telling|told|sending|sent|posting|posted|sharing|shared|forwarding|forwarded|going to|gone to|calling|called)`,
    ),
    reason: REASON.expose,
  },
  {
    // wonder-what-they-think
    need: words('wonder|wondering'),
    re: rx(
      `wonder(?:ing)? what (?:he|she|they|your \\w+|ur \\w+|his \\w+|her \\w+|everyone|people)(?:'d| would| will| might) (?:think|say|make|do)(?: (?:of|about|if|when))? (?:the|your|ur|it|that|this|those|these|them|you|u)\\b`,
    ),
    accept: (s: Sentence) =>
      !/\b(?:present|gift|surprise|cake|party|idea|plan|menu|recipe|dress|outfit|song|film|book)\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // or-i-come-over
    need: words('coming|come|turn|turning|show|showing'),
    re: rx(
      `(?:or|otherwise|else) (?:i'm|i am|i'll|i will|i'm gonna|i'm going to) (?:be )?(?:coming|come|turning up|turn up|showing up|show up) (?:over|round|there|to (?:your|ur)|at (?:your|ur))`,
    ),
    accept: (s: Sentence, m: RegExpExecArray) =>
      /\b(?:answer|reply|respond|pick up|call me|ring me|text me|talk to me|open (?:the|your|ur) door|let me in|come out|come down|unblock|get back to me|speak to me)\b/.test(
        s.text.slice(0, m.index),
      ),
    reason: REASON.veiled,
  },
  {
    // make-a-scene
    need: words('scene'),
    re: rx(`(?:make|create|cause|making|causing) (?:such |a real |a big |the biggest )?(?:a )?scene`),
    accept: (s: Sentence) =>
      /\b(?:your|ur) (?:office|work|workplace|school|job|house|parents'?|mum's|mom's|church|gym|wedding)\b|\bat (?:your|ur)\b/.test(
        s.text,
      ) &&
      (ULTIMATUM.test(s.text) ||
        /\bif (?:you|u) (?:are|aren't|'re) not\b|\bshow (?:your|ur) face\b|\bsuch a scene\b/.test(s.text)),
    reason: REASON.veiled,
  },
  {
    // lose-more
    need: words('lose'),
    re: rx(
      `(?:you|u)(?:'ll| will|'re going to| are going to| are gonna|'re gonna) lose (?:a lot more|much more|more than (?:that|a job|your job)|everything|far more|so much more|more than you think)`,
    ),
    negatable: true,
    accept: (s: Sentence) => ULTIMATUM.test(s.text) || /\bpromise\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // not-going-alone
    need: words('alone|with'),
    re: rx(
      `(?:i )?(?:won't|will not|wont|am not|'m not|not) (?:be )?(?:going|go) alone|(?:i'll|i will|i'm going to|i'm gonna) take (?:you|u|him|her|them) (?:with me|down with me)`,
    ),
    accept: (s: Sentence) =>
      /\b(?:end it|end this|kill|die|dying|going out|gone|leave me|if (?:you|u)|take (?:you|u|him|her|them) (?:with me|down with me))\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // custody-as-leverage
    need: words('custody'),
    re: rx(`(?:full|sole|get|take|go for|going for|fight for|apply for) (?:full |sole )?custody`),
    accept: (s: Sentence) =>
      /\b(?:keep|keeps|unless|see how|watch how|or else|if (?:you|u) (?:don't|do not|won't|keep|ever|block|ignore|leave|go))\b/.test(
        s.text,
      ),
    reason: REASON.kids,
  },
  {
    // every-day-of-your-life
    need: words('life|days|day'),
    re: rx(
      `make (?:every (?:single )?day of |the rest of |each day of )(?:your|ur|his|her) life (?:a )?(?:hell|misery|miserable|a nightmare|unbearable)`,
    ),
    reason: REASON.harm,
  },
  {
    // watch-what-happens
    need: words('watch|see'),
    re: rx(
      `(?:^|\\band\\s+|\\bthen\\s+|\\bjust\\s+)(?:watch|see) what happens(?= *(?:$|[.!?]|next|to (?:you|u|him|her|them)))`,
    ),
    accept: (s: Sentence) =>
      !/\b(?:when (?:you|u) (?:add|mix|press|click|put|try)|recipe|experiment|game|match|episode|season|film|movie)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
];

/** Words quoted after "I said", "he texted", "like": the threat is reported, not made. */
const QUOTE_FRAME =
  /\b(?:said|say|saying|says|told|tell|wrote|write|texted|typed|sent|called|like|went|yelled|shouted|screamed)\s*,?\s*$/;
const quotedAndFramed = (s: Sentence, pos: number): boolean =>
  s.quoted.some(([a, b]) => pos > a && pos < b && QUOTE_FRAME.test(s.text.slice(Math.max(0, a - 30), a)));

const ALL_PATTERNS: readonly SafetyPattern[] = [
  ...PATTERNS,
  ...VEILED_PATTERNS,
  ...MORE_PATTERNS,
  ...DIRECT_PATTERNS,
];
const PREVIOUS_GATE = new RegExp(`${THREAT_PREVIOUS_GATE.source}|${MORE_PREVIOUS_GATE.source}`);

export const threat: Rule = {
  id: 'threat',
  kind: 'safety',
  readsPrevious: true,
  gate: gateOf(ALL_PATTERNS),
  gatePrevious: PREVIOUS_GATE,
  find(sentence) {
    const hits = runPatterns(sentence, ALL_PATTERNS, {
      reason: REASON.veiled,
      suggestion: SUGGESTION,
    }).filter((h) => !quotedAndFramed(sentence, h.start));
    if (hits.length > 0) return hits;
    const across = threatAcrossSentences(sentence, SUGGESTION);
    return across.length > 0 ? across : moreAcrossSentences(sentence, SUGGESTION);
  },
};

export { REASON as THREAT_REASONS, SUGGESTION as THREAT_SUGGESTION };
