import type { TopicPack } from "./topic-pack";

const world: TopicPack = {
  headlines: [
    "{nation} and {nation2} agree ceasefire talks after {n} days of border clashes",
    "Flooding in {nation} displaces {big} as rivers reach record levels",
    "{nation} elects first coalition government in {n} years",
    "Aid convoys reach {place} after weeks of blocked roads",
    "{nation}'s central bank cuts rates for the {ordinal} time this year",
    "Protests spread to {n} cities in {nation} over rising bread prices",
    "Summit in {place} ends with pledge on shared fishing waters",
    "{nation} opens its borders to {big} seasonal workers",
    "Envoys from {n} countries gather in {place} to revive stalled trade pact",
    "Drought pushes {nation} to ration water for {big} households",
    "{nation} recalls ambassador from {nation2} in row over detained journalists",
    "Earthquake of magnitude {mag} strikes off the coast of {nation}",
  ],
  standfirsts: [
    "Diplomats say the deal is fragile, but both sides have stopped shelling for the first time since {month}.",
    "Officials in {nation} warn that the hardest weeks are still ahead as supplies run low.",
    "The outcome reshapes the region's politics and tests a decade-old alliance.",
    "Neighbouring governments are watching closely as the crisis enters its {ordinal} week.",
    "Negotiators have until {weekday} to agree a text, or the talks collapse.",
  ],
  leads: [
    "Representatives of {nation} and {nation2} met in {place} on {weekday} and agreed to a framework for talks, the first direct contact between the two governments since {month}.",
    "Emergency crews in {nation} worked through the night as {big} people left their homes, according to figures released by {org}.",
    "The government of {nation} announced the measure late on {weekday}, saying it had no choice after {n} weeks of mounting pressure.",
    "Thousands gathered in the main square of {place} on {weekday}, the {ordinal} consecutive day of demonstrations that have drawn crowds from across {nation}.",
  ],
  details: [
    'The foreign ministry of {nation} said in a statement that it remained "open to every reasonable proposal" but would not accept preconditions.',
    "Satellite images reviewed by independent analysts show {n} villages along the river partly or fully under water.",
    "Regional observers estimate that trade between the two countries has fallen by {pct}% since the dispute began.",
    "Relief agencies say they need {money} over the next three months to keep field kitchens and clinics open.",
    "{nation2} has so far refused to comment publicly, though officials there briefed reporters on condition of anonymity.",
    "The last comparable agreement, signed in {place2} {n} years ago, lasted less than a year before it unravelled.",
  ],
  subheads: [
    "A fragile opening",
    "What the neighbours want",
    "Counting the cost",
    "The view from the border",
  ],
  captions: [
    "Residents of {place} wait for news outside the regional administration building.",
    "Delegations arrive for the talks in {place}.",
  ],
};

const uk: TopicPack = {
  headlines: [
    "{place} rail line to reopen after {n}-year campaign by residents",
    "Councils in the north warn of {money} shortfall in social care budgets",
    "Waiting lists for hip operations in {place} fall for the {ordinal} month",
    "New towns plan names {place} among sites for {big} homes",
    "Bus fares capped at £{n2} across {place} in trial backed by the regional assembly",
    "School in {place} becomes first in the county to ban phones all day",
    "Ferry operator cuts {n} winter crossings a week from {place}, leaving islanders angry",
    "High street vacancy rate in {place} drops to {pct}%",
    "Junior doctors in {place} vote on new pay offer",
    "Heritage pier in {place} saved by {big} small donations",
    "Inquiry into {place} flooding criticises slow response by {org}",
    "Tenants in {place} win rent freeze after months of protest",
  ],
  standfirsts: [
    "Campaigners call it a turning point; ministers say it proves the policy is working.",
    "Local leaders say the figures hide deep differences between neighbouring towns.",
    "The plan still needs approval from {org}, which meets again in {month}.",
    "Residents of {place} have been told to expect disruption until {month}.",
    "Critics say the money announced on {weekday} falls far short of what is needed.",
  ],
  leads: [
    "Passenger trains will run between {place} and {place2} again from {month}, ending a gap of more than {n} years that campaigners say cut the town off from jobs and colleges.",
    "Council leaders from {n} authorities signed a joint letter on {weekday} warning that they will be unable to balance their budgets next year without extra help.",
    "Figures published on {weekday} by {org} show that {big} people in the region are now waiting for treatment, down {pct}% on a year earlier.",
    "The scheme, announced at a packed meeting in {place} town hall, will be reviewed after twelve months.",
  ],
  details: [
    "The council estimates that the change will save households around £{n3} a year, although opposition councillors dispute the figure.",
    "A consultation drew {big} responses, the most the authority has ever received on a single proposal.",
    "Unions representing staff in {place} said they had not been consulted before the announcement.",
    "The plan is part of a wider programme worth {money}, most of it borrowed against future business rates.",
    "Similar schemes in {place2} have had mixed results, with take-up strongest among older residents.",
    'The local MP described the decision as "long overdue" and promised to keep pressing ministers for more.',
  ],
  subheads: ["What changes and when", "A long campaign", "The money question", "What residents say"],
  captions: [
    "Commuters at {place} station during the morning rush.",
    "The high street in {place} on a weekday afternoon.",
  ],
};

const us: TopicPack = {
  headlines: [
    "{place} voters approve ${n}m bond for new schools",
    "State lawmakers pass bill capping insulin costs at ${n2} a month",
    "Wildfire near {place} forces evacuation of {big} residents",
    "{place} becomes latest city to pilot four-day week for municipal staff",
    "Federal judge blocks {place} ordinance on short-term rentals",
    "County in {place} hires its first full-time heat officer",
    "Rural hospital in {place} reopens maternity ward after {n} months",
    "Transit agency in {place} unveils plan for overnight bus service",
    "Farmers near {place} brace for tariffs on soybean exports",
    "{place} sheriff's office to equip deputies with body cameras",
    "Teachers' strike in {place} ends after {n} days",
    "Tornado season arrives early in {place} as warnings triple",
  ],
  standfirsts: [
    "Supporters say the measure is overdue; opponents promise a court challenge.",
    "The decision could shape similar fights in a dozen other states this year.",
    "Officials say the cost will be covered without raising property taxes, at least for now.",
    "Residents were given less than {n} hours' notice before roads closed.",
    "The governor is expected to sign the bill before the end of {month}.",
  ],
  leads: [
    "Voters in {place} approved the measure by a margin of {pct} points on {weekday}, according to unofficial results posted by the county clerk.",
    "The bill cleared the state senate {n} to {n4} late on {weekday} after a debate that stretched past midnight.",
    "Fire crews from {n} counties were working to contain the blaze, which had burned more than {big} acres by {weekday} evening.",
    "City officials in {place} described the move as an experiment and said it would be reviewed after six months.",
  ],
  details: [
    "A similar proposal failed by a narrow margin {n5} years ago, when turnout was far lower.",
    "The county's budget office estimates the change will cost {money} over five years.",
    "Local business owners were divided, with some warning that the rules would drive visitors to neighboring towns.",
    "State data shows {pct}% of households in the area spend more than a third of their income on housing.",
    "An attorney for the plaintiffs said they would appeal if the ruling went against them.",
    "The mayor of {place} said the city would publish monthly figures so residents could judge the results.",
  ],
  subheads: [
    "How the vote broke down",
    "The road to the ballot",
    "What happens next",
    "Voices from the county",
  ],
  captions: ["Volunteers staff a polling place in {place}.", "Main Street in {place} at dusk."],
};

const politics: TopicPack = {
  headlines: [
    "Opposition leader {last} sets out plan to halve waiting lists in five years",
    "Coalition talks in {place} stall over budget rules",
    "Parliament votes to lower voting age to {n6}",
    "Finance minister {last} faces confidence vote after leaked memo",
    "Party members back {last} in leadership contest by {pct}%",
    "Electoral commission fines {n} campaign groups for late spending returns",
    "Ministers promise lobbying register after {big} sign petition",
    "Regional elections in {place} deliver hung assembly",
    "Cross-party group in {place} calls for citizens' assembly on housing",
    "{last} resigns as deputy leader over planning row",
    "Polls put governing party {n6} points behind with a year to go",
    "Select committee summons {org} over missed targets",
  ],
  standfirsts: [
    "The move is a gamble that could define the party's prospects at the next election.",
    "Allies say the plan is costed; rivals call it wishful thinking.",
    "The vote was closer than expected, and the whips are already counting rebels.",
    "Backbenchers want answers before the budget is published in {month}.",
    "It is the {ordinal} resignation from the front bench this year.",
  ],
  leads: [
    "{person}, leader of the opposition, told a conference in {place} on {weekday} that the party would fund the plan by closing tax reliefs worth {money}.",
    "Negotiators for the two largest parties left talks in {place} without an agreement on {weekday}, with both sides blaming the other for the impasse.",
    "MPs voted by {n7} to {n8} on {weekday} to pass the second reading of the bill, setting up a fight over amendments in committee.",
    "{person} said in a letter published on {weekday} that it had become impossible to continue in the role.",
  ],
  details: [
    "Independent analysts at {org} said the numbers added up only if growth beat forecasts for three years running.",
    "Turnout at the last comparable vote was {pct}%, the lowest since records began.",
    'A spokesperson for the governing party said the proposals had been "tried and failed" elsewhere.',
    "Several members of the cabinet are understood to have raised concerns privately before the announcement.",
    "The committee's report, running to {n3} pages, will be published in full next {weekday}.",
    "Constitutional experts note that the rules governing such votes have not been tested in the courts.",
  ],
  subheads: ["The arithmetic", "Inside the room", "The rebels", "What the polls say"],
  captions: [
    "{person} speaks to reporters in {place}.",
    "The debating chamber of the regional assembly in {place}.",
  ],
};

export const newsPacks: Record<string, TopicPack> = { world, uk, us, politics };
