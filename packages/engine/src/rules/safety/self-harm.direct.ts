/**
 * `self-harm` said in forms the other tables do not compose: not deserving to live ("I don't
 * deserve to keep living"), a note already written ("I've written my note"), their own funeral as
 * leverage or farewell ("don't bother coming to my funeral"), taking the other with them ("if I go,
 * I'm taking you with me"), not going on in this life ("I cannot continue in this life without
 * you"), and the means kept in mind ("every time I close my eyes I think about the train tracks").
 * Guards: negation and the writer's own clause (lib.ts), old and over risk (self-harm.ts), jokes,
 * and the everyday senses (a note for school, a grandparent's funeral, a bridge we walked on).
 * Also: death welcomed if it came ("if my heart gives out, honestly, good"), no reason left to stay,
 * how easy the step would be, and not being around to keep hurting them.
 */
import { notJoke, rx, type SafetyPattern, WITH_THEM, words } from './lib.js';

export const DIRECT_PATTERNS: readonly SafetyPattern[] = [
  {
    // dont-deserve-to-live
    need: words('deserve'),
    re: rx(
      `(?:i|i really|i just)? ?(?:don't|do not|dont|no longer|shouldn't|should not) (?:even )?(?:deserve|get) to (?:keep |go on |carry on )?(?:living|live|be alive|be here|exist|breathe|wake up)|(?:i|me) (?:deserve|deserves) to (?:die|be dead|not (?:be here|exist|wake up))`,
    ),
    firstPerson: true,
    accept: notJoke,
  },
  {
    // written-my-note
    need: words('note|letter|letters|notes'),
    re: rx(
      `(?:(?:i've|i have|i|ive) )?(?:already |finally |just )?(?:written|wrote|finished|left|done) (?:my|the|a) (?:suicide |goodbye |last |final )?(?:note|letter|letters|notes)(?=\\s*(?:$|[.!,;]|(?:for|to) (?:you|u|everyone|the kids|my (?:family|mum|mom|dad))\\s*(?:$|[.!,;])))|my (?:suicide |goodbye |last |final )?note (?:is|'s) (?:written|done|ready|finished|on the (?:table|side|bed|desk))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:school|teacher|absence|sick note|doctor|gp|landlord|council|employer|boss|hr|notice|cover letter|application|reference|complaint|appeal|solicitor|lawyer|thank[- ]you|card|christmas|birthday|fridge|shopping)\b/.test(
        s.text,
      ) &&
      // "my note" is the goodbye one; "a note" or "the letter" needs the goodbye word.
      /\bmy (?:\w+ )?note\b|\b(?:suicide|goodbye|last|final) (?:note|letter)|\b(?:already|finally) (?:wrote|written) the note\b/.test(
        s.text,
      ),
  },
  {
    // my-funeral
    need: words('funeral'),
    re: rx(`(?:to|at|for|of|plan(?:ning)?|arrange(?:d)?|organi[sz]e(?:d)?) my (?:own )?funeral`),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:when i'm (?:old|ninety|90|100)|one day|in (?:fifty|50|forty|40|thirty) years|play (?:this|that)|song|will (?:say|insurance)|prepaid|pre-paid|plan (?:policy|insurance))\b/.test(
        s.text,
      ),
  },
  {
    // taking-you-with-me
    need: words('taking|take|coming|going'),
    re: rx(
      `(?:if|when|before) i (?:go|die|end it|end this)\\b[^.!?]{0,20}?(?:i'm|i am|i'll|i will|i'm gonna) (?:taking|take) (?:you|u|him|her|them|everyone|all of you) with me|(?:if|when) i(?:'m| am)? (?:go|going|die|dying)(?: for good)?,? (?:then )?(?:you're|you are|you'll be|you will be|he's|she's|they're) (?:coming|going) with me`,
    ),
    accept: notJoke,
  },
  // both-of-us-off-the-edge
  { ...WITH_THEM.bothOfUs, firstPerson: true },
  // on-them-then-on-me
  WITH_THEM.onThemThenMe,
  {
    // cant-continue-this-life
    need: words('continue|carry|go'),
    re: rx(
      `(?:can't|cannot|can not|cant|couldn't) (?:continue|carry on|go on)(?: (?:more|any ?more|like this|alone))? (?:in|with) (?:this|my) life(?: any ?more| without (?:you|u))?`,
    ),
    firstPerson: true,
    accept: notJoke,
  },
  {
    // means-in-mind
    need: words('tracks|railway|bridge|ledge|cliff|pills|rope|edge|motorway'),
    re: rx(
      `(?:keep|can't stop|cannot stop|every time i close my eyes,? i|all i (?:can|do) (?:think about|see) is|i (?:keep )?(?:think|thinking|dream|dreaming) about) (?:thinking about |seeing )?(?:the|that) (?:train tracks|tracks|railway(?: line)?|bridge|ledge|cliff|pills|rope|edge|motorway)(?=\\s*(?:$|[.!,;]|(?:behind|near|by|at|on|in|outside|again|every|all|and|that|i)\\b))(?! (?:we|where we|you|when we|from (?:our|the) (?:trip|holiday)|in (?:paris|rome|the photo)))`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:delay\w*|late|closed|works|strike|commute|train (?:was|is)|kissed|proposed|holiday|trip|walk(?:ed)? (?:on|across)|view|photo|picture|painting|project|model|game)\b/.test(
        s.text,
      ),
  },
  {
    // no-after
    need: words(
      'after|over|world|gone|permanently|peace|fighting|strength|chance|left|finishes|finish|finishing|started|needs|need',
    ),
    re: rx(
      `(?:i )?(?:don't|do not) want there to be (?:a |an )?(?:tomorrow|after|future|next year)(?:,? or an? (?:after|tomorrow|future))?|(?:nobody|no one|noone) needs (?:someone|somebody|a person|people) like me|(?:for this|for it|for everything) to (?:all )?be over[^.!?]{0,20}\\bme included|(?:the world|everyone|nobody|no one) (?:doesn't|does not|don't|won't) need (?:someone|somebody|a person|people) like me(?: in it| around| here)?|(?:i(?:'ll| will|'m going to| am going to| want to| wanna| could| should| need to)?|is to|be to) (?:just )?disappear (?:permanently|for good|forever)(?! (?:from (?:my|your|ur) life|to|on|in|with|abroad))|i'll be gone\\W+for good|(?:finally|i'm|i am) at peace with it|(?:i'm|i am) not fighting it any ?more|(?:i have|i've got|i've) no (?:more )?strength (?:left )?to (?:continue|go on|carry on|keep going)|i won't get the chance to|there won't be a me(?: left)?|(?:hoping|hope|hopefully) it finishes (?:the job|me off)|finish(?:ing)? what i started`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:exams?|project|degree|course|essay|book|painting|race|marathon|contract|renovation|kitchen|bathroom|garden|season|series)\b/.test(
        s.text,
      ),
  },
  {
    // one-last-time
    need: words('last'),
    re: rx(
      `(?:hear|see|tell|hold|talk to|speak to)(?: \\w+){0,2} (?:your voice |you )?one (?:last|final) time`,
    ),
    firstPerson: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:before (?:i|we) (?:move|leave|go)|before the (?:move|flight|wedding)|moving|flight|visa|abroad|emigrat\w*)\b/.test(
        s.text,
      ),
  },
  {
    // the-plan-hidden
    need: words('plan'),
    re: rx(`(?:hiding|hide|hid|made|have|got|making|finished|sorted) (?:the|a|my) plan(?=\\s*(?:$|[.!,;]))`),
    firstPerson: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:party|surprise|birthday|trip|holiday|wedding|proposal|business|project|work)\b/.test(s.text),
  },
  {
    // how-many-it-would-take
    need: words('take|need|googled|looked|counted|checked'),
    re: rx(
      `(?:looked up|googled|worked out|counted|checked|read up on) how many (?:it would|it'd|it will|i'd|i would) (?:take|need)`,
    ),
    accept: notJoke,
  },
  {
    // not-planning-to-see-it
    need: words('planning|plan|intend|expecting'),
    re: rx(
      `(?:i'm|i am|im) not (?:planning on|planning to|intending to|going to be around to|expecting to) (?:seeing|see|make it to|be here for|be around for) (?:it|my birthday|christmas|the new year|the weekend|next week)`,
    ),
    accept: (s) =>
      notJoke(s) && !/\b(?:away|working|work|abroad|trip|holiday|party|celebrat\w*|fuss)\b/.test(s.text),
  },
  {
    // death-welcomed-if
    need: words('if'),
    re: rx(
      `if (?:my (?:heart|body|liver|lungs|kidneys) (?:gives? out|stops?|packs? in|packs? up|fails?|goes)|i (?:die|don't wake up|do not wake up|dont wake up|never wake up|drop dead|don't make it|do not make it|dont make it|get hit by (?:a |something)\\w*|crash|croak|kick the bucket|just die)|something (?:happens|happened) to me)(?: [\\w']+){0,5}?,? (?:(?:honestly|frankly|then|well|tbh|so),? )?(?:good|fine|so be it|even better|all the better|whatever|who cares|no loss|no great loss|fine by me|i wouldn't mind|i won't mind|i don't care|i dont care|that's fine|thats fine|it's fine|let it)(?=\\s*(?:$|[.!;]))`,
    ),
    firstPerson: true,
    accept: (s) =>
      notJoke(s) && !/\b(?:will|insurance|house|kids get|the money|savings|funeral plan)\b/.test(s.text),
  },
  {
    // no-reason-left
    need: words('reason|reasons|world|earth|planet'),
    re: rx(
      `(?:can't|cannot|can not|couldn't|could not|don't|do not|dont|cant) (?:think of|find|see|come up with|have) (?:a single|one|any|even one|a|one single) (?:good |real )?reasons? (?:left(?: to (?:stay|live|keep going|carry on|go on|be here|stick around|keep living|stay alive|exist))?|to (?:stay|live|keep going|carry on|go on|be here|stick around|get up|wake up|keep living|stay alive|exist))(?=\\s*(?:$|[.!,;]|without|any ?more|now))|(?:no|not (?:a|one) (?:single )?)reasons? left(?: to (?:stay|live|keep going|carry on|go on|be here))?(?=\\s*(?:$|[.!,;]|without|for me))|why (?:would|should) i (?:stay|stick around|keep going|carry on|go on|keep living|remain|bother staying) (?:in|on) (?:a|this) (?:world|earth|planet)`,
    ),
    firstPerson: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:job|house|flat|town|city|company|team|band|course|club|group|argue|fight|apologi[sz]e|explain|lie|complain|worry|reply|wait|call|text|doubt|believe)\b/.test(
        s.text,
      ),
  },
  {
    // how-easy-it-would-be
    need: words('easy'),
    re: rx(
      `(?:how|so|too|just how) easy it (?:would|'d|will|could) be to (?:just )?(?:take (?:one|a|that|the) (?:more |last |final |single )?step|step (?:off|out|over|in front|into)|jump|fall|swerve|drive (?:off|into)|walk (?:into (?:the (?:sea|river|water|traffic|road))|in front|off)|not (?:wake up|come back|be here)|keep (?:walking|driving|going) (?:into|off|until)|end (?:it|everything|it all|my life)|slip under|go under|disappear for good|let go of the (?:wheel|rail|railing|edge))`,
    ),
    accept: notJoke,
  },
  {
    // wont-be-around-to-keep
    need: words('around|here'),
    re: rx(
      `(?:won't|will not|wont|shan't) be (?:around|here) (?:to keep|to carry on|to go on) (?:doing|hurting|upsetting|bothering|letting|disappointing|failing|ruining) (?:it|this|that|you|u|anyone|everyone|everything|you down|people)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:mov(?:e|ing)|abroad|away|job|new city|flight|flying|leaving for|relocat\w*|posting|deployed|uni|university|contract)\b/.test(
        s.text,
      ),
  },
];
