import type { StoryKind } from "./topic-pack";

// Paragraphs a story can share with others of its kind: who is quoted (roles), reactions, background,
// what happens next, subheads and pull quotes. A sentence here must fit every story of its kind: a
// football result never borrows a planning inquiry's background.

export interface KindPool {
  roles: readonly string[];
  quotes: readonly string[];
  context: readonly string[];
  outlook: readonly string[];
  subheads: readonly string[];
  pullQuotes: readonly string[];
}

const decision: KindPool = {
  roles: [
    "a spokesperson for the council",
    "the chair of the scrutiny committee",
    "a policy analyst",
    "a community organiser",
    "a parish councillor",
    "the union's regional secretary",
    "an economist at the Eastbrook Institute",
    "a shop owner on the high street",
  ],
  quotes: [
    '"This has been a long time coming, and people here have been patient," said {person}, {role}. "Now we need to see it delivered."',
    '"We listened, we changed the plan, and we think it is better for it," {personB}, {roleB}, told reporters.',
    '{personB}, {roleB}, was more cautious. "It is a start," {lastB} said. "I would not call it more than that."',
    '"Nobody I have spoken to thinks this is the end of the matter," said {person}, {role}.',
    'Asked whether the timetable was realistic, {lastB} paused. "It is ambitious. It has to be."',
    '"We will be judged on what happens next, not on what we announced today," {person} said.',
    '"There are real questions about who pays," said {personB}, {roleB}, "and we have not heard the answers yet."',
    '{person} described the mood as "relief mixed with a healthy amount of suspicion".',
    '"People are tired of being told to wait," said {person}, {role}. "They want to see a date."',
  ],
  context: [
    "The announcement follows {n} months of negotiation and at least two missed deadlines.",
    "Similar proposals have been put forward at least {n5} times in the past decade, each time without success.",
    "Critics point out that the same promise was made in {year0} and quietly dropped a year later.",
    "The decision was taken at a meeting that lasted more than {n} hours, according to people who were present.",
    "A freedom of information request showed that officials had been warned about the risks in {month}.",
    "Neighbouring {place2} took a different approach, and its results will be watched closely.",
    "A survey of {n3} residents found that {pct}% supported the change and {pct2}% opposed it.",
    "The issue has become a fixture of local politics in {place}, where it dominated the last election campaign.",
  ],
  outlook: [
    "A final decision is expected in {month}.",
    "Further details are due to be set out on {weekday}.",
    "Campaigners say they will keep up the pressure until the work begins.",
    "Whether the plan survives the next budget round remains to be seen.",
  ],
  subheads: ["What changes and when", "The money question", "The reaction", "What happens next"],
  pullQuotes: [
    "We are not asking for miracles. We are asking for a date.",
    "You cannot run a town on good intentions alone.",
    "This is what it looks like when people are listened to.",
  ],
};

const event: KindPool = {
  roles: [
    "a local resident",
    "the head of the emergency service",
    "a volunteer with the relief effort",
    "a spokesperson for the regional authority",
    "a shop owner in the town centre",
    "the head of operations",
  ],
  quotes: [
    '"I have lived in {place} for {n} years and I have never seen anything like it," said {personB}, {roleB}.',
    '"Everyone pulled together. Neighbours I had never spoken to were knocking on doors," said {person}, {role}.',
    '"Our priority is to keep people safe. Everything else can wait," {person} said.',
    '{personB}, {roleB}, said the hardest part was not knowing. "You wait for news and it does not come."',
    '"We had a plan for this, and the plan held, but only just," said {person}, {role}.',
    '"People have lost things they can never replace," {lastB} said.',
  ],
  context: [
    "Forecasters had issued warnings {n5} days earlier, but few expected conditions to be so severe.",
    "Emergency shelters were opened in schools and sports halls across the area.",
    "Insurers say it is too early to estimate the cost of the damage.",
    "The region last faced anything comparable in {year1}.",
    "Volunteers have collected food, blankets and water at collection points around {place}.",
    "Roads into the worst-hit districts remained closed while engineers checked bridges and power lines.",
  ],
  outlook: [
    "Officials will give another update on {weekday}.",
    "Recovery is expected to take months, officials said.",
    "An inquiry into the response has been promised once the immediate danger has passed.",
  ],
  subheads: ["What happened", "The response", "Counting the cost", "The days ahead"],
  pullQuotes: [
    "You wait for news and it does not come.",
    "Neighbours I had never spoken to were knocking on doors.",
  ],
};

const sport: KindPool = {
  roles: [
    "the club's chair",
    "a season-ticket holder",
    "the team captain",
    "a former player",
    "the club's director of football",
  ],
  quotes: [
    '"It has been a big week for everyone here, and we will enjoy it," said {person}, {role}.',
    '"The supporters deserve this. They stayed with us through the hard seasons," {person} said.',
    '{personB}, {roleB}, said the atmosphere had been "unlike anything I can remember".',
    '"We will take a day to take it in, and then the work starts again," said {person}.',
    '"Nobody here is getting carried away," {lastB} said. "There is a long way to go."',
    '"You could feel the whole town behind it," said {personB}, {roleB}.',
  ],
  context: [
    "The club was founded in {year1} and has spent most of its history outside the top flight.",
    "Attendances have risen steadily over the past {n5} seasons.",
    "Local businesses report busier weekends when the team plays at home.",
    "The club's academy has produced {n} first-team players in the past decade.",
    "Ticket prices were frozen this season after a campaign by supporters.",
    "The ground was redeveloped in {year0} and now holds more than {big} spectators.",
  ],
  outlook: [
    "The next fixture is on {weekday}.",
    "The club will set out its plans for next season in {month}.",
    "Supporters are already planning the trip for the next round.",
  ],
  subheads: ["How it unfolded", "The view from the stands", "What it means", "Next up"],
  pullQuotes: ["The supporters deserve this.", "You could feel the whole town behind it."],
};

const business: KindPool = {
  roles: [
    "the chief executive",
    "the finance director",
    "an analyst at Quillstone Bank",
    "the union's regional secretary",
    "an economist at the Eastbrook Institute",
  ],
  quotes: [
    '"The second half of the year will be challenging but manageable," {person}, {role}, told analysts.',
    '"Investors wanted clarity, and today they got some," said {personB}, {roleB}.',
    '{personB}, {roleB}, said the figures should be read with care. "One quarter is not a trend."',
    '"We are in this for the long term," {person} said.',
    '"Households are still cautious, and that shows in the numbers," said {personB}, {roleB}.',
    '"Staff deserve to know where they stand," said {person}, {role}.',
  ],
  context: [
    "Energy and transport costs have risen sharply for firms across the sector since {year0}.",
    "The wider market has been volatile this year, with shares in rival firms also swinging on results.",
    "Business confidence surveys have been weak for {n5} months in a row.",
    "The sector employs around {big} people across the country.",
    "Interest rates have been held at their current level since {month}.",
    "Smaller suppliers say they feel changes at large firms first, through orders and payment terms.",
  ],
  outlook: [
    "Full-year results are due in {month}.",
    "The company will update investors on {weekday}.",
    "Economists will be watching next month's figures closely.",
  ],
  subheads: ["The numbers", "Behind the figures", "Who wins and who loses", "The outlook"],
  pullQuotes: [
    "One quarter is not a trend.",
    "Households are still cautious, and that shows in the numbers.",
  ],
};

const research: KindPool = {
  roles: [
    "a senior researcher",
    "the project's director",
    "a researcher who was not involved in the work",
    "the lead author",
  ],
  quotes: [
    '"We kept checking the results because we did not quite believe them," said {person}, {role}.',
    '{personB}, {roleB}, welcomed the work but urged caution. "It is one study. It needs repeating."',
    '"The interesting question is why, and we do not know that yet," {person} said.',
    '"This was a team effort over many years, and a lot of it was unglamorous," said {person}, {role}.',
    '"It opens more doors than it closes," said {personB}, {roleB}.',
    '"People assume this has all been worked out already. It has not," {lastB} said.',
  ],
  context: [
    "The work was funded by a consortium of universities and public research bodies.",
    "The data will be published so that other teams can check the findings.",
    "Earlier studies pointed in the same direction but were too small to be sure.",
    "The team spent {n} months on the project before the first results came in.",
    "Similar work is under way in {place2}, and the two groups have agreed to share data.",
    "The findings have been reviewed by independent experts before publication.",
  ],
  outlook: [
    "A larger follow-up study is planned for next year.",
    "The team will present the full results at a conference in {month}.",
    "The next phase depends on funding, which is due to be decided in {month}.",
  ],
  subheads: ["The method", "Why it matters", "The doubts", "What comes next"],
  pullQuotes: ["It is one study. It needs repeating.", "It opens more doors than it closes."],
};

const arts: KindPool = {
  roles: [
    "the artistic director",
    "a regular visitor",
    "a local historian",
    "the festival's founder",
    "a critic",
  ],
  quotes: [
    '"We wanted to make something that belongs to the people who live here," said {person}, {role}.',
    '"It is the sort of thing you remember for years," said {personB}, {roleB}.',
    '{personB}, {roleB}, said the response had been overwhelming. "We did not expect this many people."',
    '"Culture is not an extra. It is how a place knows itself," {person} said.',
    '"Small venues are where everything starts," said {person}, {role}.',
    '"The best thing is seeing people come back a second time," {lastB} said.',
  ],
  context: [
    "Arts funding in the region has fallen by {pct}% in real terms since {year0}.",
    "The venue opened in {year1} and has been run by volunteers for much of its life.",
    "Audiences for live events have returned to pre-pandemic levels only this year.",
    "Local schools have been involved from the start, with pupils joining workshops.",
    "The project received a grant of {money} from a regional arts fund.",
  ],
  outlook: [
    "The programme for next season will be announced in {month}.",
    "Tickets for the next run go on sale on {weekday}.",
    "Organisers hope to make it an annual event.",
  ],
  subheads: ["Behind the scenes", "The response", "What it took", "What comes next"],
  pullQuotes: [
    "Small venues are where everything starts.",
    "It is the sort of thing you remember for years.",
  ],
};

const opinion: KindPool = {
  roles: [
    "a parish councillor",
    "a local resident",
    "a community organiser",
    "a shop owner on the high street",
  ],
  quotes: [
    '"We keep having the same argument and expecting a different result," as {person}, {role}, put it to me.',
    'When I asked {personB}, {roleB}, what would help, the answer was immediate: "Ask us first."',
    '"Nobody is against change. People are against being ignored," {person} told me.',
    '{personB}, {roleB}, said something I have not been able to forget: "We are not a problem to be managed."',
  ],
  context: [
    "This is not a new argument. It was made in {year0}, and again after the last election.",
    "The numbers are not in dispute; what to do about them is.",
    "Other places have tried something similar, and the sky did not fall.",
    "It is easy to dismiss this as a local quarrel. It is not.",
    "Those who object are not wrong about the cost. They are wrong about the alternative.",
    "Anyone who has lived in {place} for a winter knows this already.",
  ],
  outlook: [
    "The next budget is a chance to get this right. It should not be wasted.",
    "We will find out in {month} whether anyone was listening.",
    "It is not too late. But it is getting there.",
  ],
  subheads: ["The objection", "What we get wrong", "A better way", "The choice"],
  pullQuotes: [
    "Nobody is against change. People are against being ignored.",
    "We are not a problem to be managed.",
  ],
};

const people: KindPool = {
  roles: ["a volunteer", "a neighbour", "the organiser", "a local resident", "a community organiser"],
  quotes: [
    '"I just did what anyone would do," said {person}, {role}.',
    '"It restores your faith in people," said {personB}, {roleB}.',
    '{personB}, {roleB}, was close to tears. "I did not think it would happen," {lastB} said.',
    '"It started with a few of us around a kitchen table," {person} said.',
    '"Everyone has something to give, even if it is an hour on a Saturday," said {person}, {role}.',
  ],
  context: [
    "Local businesses offered help as soon as word got round.",
    "The idea spread by word of mouth and through a neighbourhood group online.",
    "Dozens of volunteers have given their time, many of them for the first time.",
    "Similar efforts have started in {place2} since the story was first shared.",
    "The town's newspaper has followed the effort from the start.",
  ],
  outlook: [
    "Organisers are already planning what to do next.",
    "A celebration is planned for {weekday}.",
    "Anyone who wants to help can sign up at the town library.",
  ],
  subheads: ["How it started", "The helpers", "What it meant", "What comes next"],
  pullQuotes: ["It restores your faith in people.", "It started with a few of us around a kitchen table."],
};

export const kindPools: Record<StoryKind, KindPool> = {
  decision,
  event,
  sport,
  business,
  research,
  arts,
  opinion,
  people,
};
