import type { TopicPack } from "./topic-pack";

const business: TopicPack = {
  headlines: [
    "{company} to cut {n3} jobs as orders slump",
    "{company} profits jump {pct}% on strong demand for {product}",
    "Inflation eases to {pct1}% as fuel prices fall",
    "{company} agrees {money} takeover of {company2}",
    "Small firms in {place} say late payments are their biggest worry",
    "Shoppers cut back on {product} as household budgets tighten",
    "{company} opens new plant in {place}, creating {n3} jobs",
    "House prices in {place} slip for the {ordinal} month running",
    "Regulator opens inquiry into {company} pricing",
    "Four-day week trial at {company} extended after staff vote",
    "{company} shares fall {pct1}% after profit warning",
    "Pension funds pledge {money} for regional start-ups",
  ],
  standfirsts: [
    "Management blamed higher energy bills and weaker export markets.",
    "Analysts had expected a smaller rise, and the shares moved sharply in early trading.",
    "The deal still needs approval from {org}, which has raised concerns before.",
    "Economists warn that the improvement may not last into the new year.",
    "Unions say they were given no warning; the company says talks are under way.",
  ],
  leads: [
    "{company} said on {weekday} that it would reduce its workforce over the next {n} months, blaming a sharp fall in orders from its largest customers.",
    "Annual inflation slowed to {pct1}% in {month}, according to figures published on {weekday}, the lowest reading in more than a year.",
    "The board of {company2} has recommended the offer to shareholders, valuing the business at {money} including debt.",
    "A survey of {n3} small businesses in {place} found that more than half had waited over {n} days for invoices to be paid.",
  ],
  details: [
    '{company}\'s chief executive, {person}, told analysts on a call that the second half of the year would be "challenging but manageable".',
    "Shares in the company closed {pct1}% lower, wiping {money} off its market value.",
    "The company employs {big} people across {n} sites, most of them in manufacturing.",
    "Retail sales volumes fell {pct1}% compared with the same month last year, with food and clothing hit hardest.",
    "{org} said it would study the transaction carefully because the two firms compete in several local markets.",
    "Economists at {company2} expect interest rates to stay on hold until at least {month}.",
  ],
  subheads: ["The numbers", "What went wrong", "Who wins and who loses", "The outlook"],
  captions: [
    "The {company} distribution centre outside {place}.",
    "Traders on the floor as the results were published.",
  ],
};

const technology: TopicPack = {
  headlines: [
    "{company} unveils {product} it says lasts a week on one charge",
    "Data breach at {company} exposes records of {big} customers",
    "Start-up from {place} raises {money} to build cheaper heat pumps",
    "Regulator gives {company} {n} months to open its app store to rivals",
    "Schools in {place} trial AI tutors, with mixed results",
    "{company} pauses rollout of {product} after safety complaints",
    "Broadband reaches final {n} villages in {place}",
    "Engineers in {place} build a repairable laptop from recycled parts",
    "{company} fined {money} over misleading subscription terms",
    "Satellite start-up {company} launches {n} craft to monitor crops",
    "Why your next {product} may be rented rather than bought",
    "Open-source tool from {place} helps councils spot potholes",
  ],
  standfirsts: [
    "The company says the device is built to be repaired; critics point to the price.",
    "Security researchers say the weakness was reported months ago.",
    "Founders hope to have the first units in homes before {month}.",
    "The ruling could change how millions of people download software.",
    "Teachers are enthusiastic about some features and wary of others.",
  ],
  leads: [
    "{company} showed off the {product} at an event in {place} on {weekday}, promising a battery that lasts seven days and parts that owners can replace themselves.",
    "{company} confirmed on {weekday} that an unauthorised party had accessed a database containing names, email addresses and partial payment details.",
    "The funding round, led by a group of regional investors, values the {place} start-up at {money}.",
    "{n} schools in {place} began using the software in {month}, with pupils spending up to an hour a week with the tutor.",
  ],
  details: [
    "The company said passwords were stored securely and urged customers to watch for suspicious emails.",
    "{person}, {role}, said the team had spent {n} months testing prototypes with users in {place2}.",
    "Independent testers found battery life closer to five days with heavy use.",
    "The rules require large platforms to allow rival payment systems within {n} months.",
    "Early results suggest pupils who used the tutor most improved their maths scores by {pct1}%, though the sample is small.",
    "The code has been published under an open licence so that other councils can adapt it.",
  ],
  subheads: ["How it works", "The catch", "What users should do", "Behind the numbers"],
  captions: [
    "An engineer tests a prototype in the {company} workshop in {place}.",
    "The {product} on display at the launch event.",
  ],
};

const science: TopicPack = {
  headlines: [
    "Astronomers at {place} observatory spot {n} new comets in a single night",
    "Deep-sea survey finds {n} species new to science",
    "Researchers grow drought-tolerant wheat in {place} field trial",
    "Ancient harbour discovered beneath {place} car park",
    "Study of {big} volunteers links daily walking to sharper memory",
    "Physicists in {place} set record for longest-stored quantum signal",
    "Bees use landmarks to navigate, {place} study confirms",
    "Glacier in {nation} shrinking {pct1}% faster than predicted",
    "New telescope at {place} sends back its first images",
    "Citizen scientists in {place} log {big} bird sightings",
    "Fossil from {place} quarry rewrites history of early mammals",
    "Lab-grown coral survives first winter in open sea off {place}",
  ],
  standfirsts: [
    "The findings, published in a peer-reviewed journal, surprised even the team behind them.",
    "The researchers caution that more work is needed before the results can be applied.",
    "Volunteers played a central role in collecting the data over {n} years.",
    "It is the first time the effect has been measured directly.",
    "The discovery was made almost by accident during routine maintenance.",
  ],
  leads: [
    "A team led by {person} at the Calder University institute reported the result on {weekday}, after {n} months of observations.",
    "Scientists aboard a research vessel working off the coast of {nation} collected samples from depths of more than {big} metres.",
    "The field trial near {place} compared {n} varieties over two seasons, including one of the driest summers on record.",
    "Archaeologists called in before building work in {place} uncovered timber posts and stone walls dating back around {n3} years.",
  ],
  details: [
    '"We kept checking the instruments because we did not believe it," said {person}, {role}.',
    "The study followed participants for an average of {n} years and adjusted for age, income and existing health conditions.",
    "Funding came from {org} and a consortium of universities in {nation}.",
    "Other researchers welcomed the work but said the sample was too small to draw firm conclusions.",
    "The data will be made public so that other teams can test the findings.",
    "Similar experiments in {place2} produced weaker results, possibly because of differences in soil.",
  ],
  subheads: ["The method", "Why it matters", "The doubts", "What comes next"],
  captions: [
    "Researchers at work in the laboratory in {place}.",
    "The survey vessel leaves {place} harbour.",
  ],
};

export const economyPacks: Record<string, TopicPack> = { business, technology, science };
