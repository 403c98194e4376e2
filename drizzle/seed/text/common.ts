// Paragraphs any story can use: reactions, background and what happens next.

export const quotes = [
  '"This has been a long time coming, and people here have been patient," said {person}, {role}. "Now we need to see it delivered."',
  '"We listened, we changed the plan, and we think it is better for it," {personB}, {roleB}, told reporters.',
  '{personB}, {roleB}, was more cautious. "It is a start," {lastB} said. "I would not call it more than that."',
  '"Nobody I have spoken to thinks this is the end of the matter," said {person}, {role}.',
  '"The figures are encouraging, but figures are not the same as people\'s lives," said {personB}, {roleB}.',
  'Asked whether the timetable was realistic, {lastB} paused. "It is ambitious. It has to be."',
  '"I have lived in {place} for {n} years and I have never seen anything like it," said {personB}, {roleB}.',
  '"We will be judged on what happens next, not on what we announced today," {person} said.',
  '"There are real questions about who pays," said {personB}, {roleB}, "and we have not heard the answers yet."',
  '{person} described the mood as "relief mixed with a healthy amount of suspicion".',
  '"If it works here, it can work anywhere," said {personB}, {roleB}.',
  '"People are tired of being told to wait," said {person}, {role}. "They want to see a date."',
];

export const context = [
  "The announcement follows {n} months of negotiation and at least two missed deadlines.",
  "Similar proposals have been put forward at least {n5} times in the past decade, each time without success.",
  "Figures from {org} suggest the problem has grown by {pct}% since {year0}.",
  "The issue has become a fixture of local politics in {place}, where it dominated the last election campaign.",
  "Critics point out that the same promise was made in {year0} and quietly dropped a year later.",
  "Around {big} people are thought to be directly affected, although estimates vary.",
  "{org} has been asked to review the arrangements and report back by {month}.",
  "The decision was taken at a meeting that lasted more than {n} hours, according to people who were present.",
  "A freedom of information request showed that officials had been warned about the risks in {month}.",
  "Neighbouring {place2} took a different approach, and its results will be watched closely.",
  "The total cost is put at {money}, of which roughly a third has already been committed.",
  "A survey of {n3} residents found that {pct}% supported the change and {pct2}% opposed it.",
];

export const outlook = [
  "A final decision is expected in {month}.",
  "{org} will publish its response within {n} weeks.",
  "Further details are due to be set out on {weekday}.",
  "The first results will be reviewed at a public meeting in {place} in {month}.",
  "Campaigners say they will keep up the pressure until the work begins.",
  "Both sides have agreed to meet again before the end of {month}.",
  "Those affected can find out more at drop-in sessions in {place} over the coming weeks.",
  "Whether the plan survives the next budget round remains to be seen.",
];

export const pullQuotes = [
  "We are not asking for miracles. We are asking for a date.",
  "It is the people who turn up every week who make this work.",
  "The numbers tell one story. The street tells another.",
  "Nobody expected it to happen this quickly, least of all us.",
  "You cannot run a town on good intentions alone.",
  "This is what it looks like when people are listened to.",
];

export const products = [
  "e-bike",
  "heat pump",
  "smart meter",
  "electric van",
  "phone",
  "folding scooter",
  "induction hob",
  "home battery",
];
export const drugs = ["antibiotics for children", "hormone patches", "epilepsy medication", "insulin pens"];
export const rivers = ["River Alder", "River Wend", "Tamsin", "River Corran", "Elsbrook"];
export const prizes = ["Harbourlight", "Millstone", "First Pages", "Saltire Fiction", "Coastline"];
export const teamSuffixes = [
  "Rovers",
  "Athletic",
  "United",
  "Wanderers",
  "City",
  "Harriers",
  "Albion",
  "Rangers",
];
export const ordinals = ["second", "third", "fourth", "fifth", "sixth", "seventh"];
