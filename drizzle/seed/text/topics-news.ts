import { story, type TopicPack } from "./topic-pack";

const world: TopicPack = {
  stories: [
    story(
      "decision",
      "{nation} and {nation2} agree ceasefire talks after {n} days of border clashes",
      "Diplomats say the deal between {nation} and {nation2} is fragile, but both sides have stopped shelling for the first time since {month}.",
      "Representatives of {nation} and {nation2} met in {place} on {weekday} and agreed a framework for talks, the first direct contact between the two governments since {month}.",
      [
        'The foreign ministry of {nation} said in a statement that it remained "open to every reasonable proposal" but would not accept preconditions.',
        "Regional observers estimate that trade between the two countries has fallen by {pct}% since the clashes began.",
      ],
      "Delegations arrive for the talks in {place}.",
    ),
    story(
      "event",
      "Flooding in {nation} displaces {big} as rivers reach record levels",
      "Officials in {nation} warn that the hardest weeks are still ahead as supplies run low.",
      "Emergency crews in {nation} worked through the night as {big} people left their homes, with river levels above anything recorded since {year1}.",
      [
        "Satellite images reviewed by independent analysts show {n} villages along the river partly or fully under water.",
        "Relief agencies say they need {money} over the next three months to keep field kitchens and clinics open.",
      ],
      "Residents of {place} wade through floodwater to reach higher ground.",
    ),
    story(
      "event",
      "Earthquake of magnitude {mag} strikes off the coast of {nation}",
      "Coastal towns in {nation} were evacuated as a precaution, and aftershocks continued into the night.",
      "The earthquake struck at a shallow depth about {n3} kilometres off the coast of {nation} early on {weekday}, shaking buildings as far inland as {place}.",
      [
        "A tsunami warning was issued for {n} coastal districts and lifted about {n} hours later.",
        "Engineers were inspecting bridges and hospitals in {place} for cracks before reopening them.",
      ],
      "Residents of {place} gather in an open square after the earthquake.",
    ),
    story(
      "decision",
      "Voters in {nation} elect first coalition government in {n} years",
      "The outcome reshapes politics in {nation} and tests a decade-old alliance.",
      "Voters in {nation} denied any party a majority on {weekday}, and by the end of the week two parties had agreed to govern together for the first time in {n} years.",
      [
        "Turnout was {n9}%, the highest in a national election for a generation.",
        "The new coalition's programme promises a review of energy prices within a hundred days.",
      ],
      "Supporters celebrate outside a party headquarters in {place}.",
    ),
    story(
      "decision",
      "Protests spread to {n} cities in {nation} over rising bread prices",
      "The government of {nation} has promised subsidies, but demonstrators say they have heard that before.",
      "Thousands gathered in the main square of {place} on {weekday}, the {ordinal} consecutive day of demonstrations that have drawn crowds from across {nation}.",
      [
        "The price of a loaf has risen by {pct}% since {month}, according to the national statistics office.",
        "Ministers announced a temporary cut in the tax on flour late on {weekday}.",
      ],
      "Demonstrators march through the centre of {place}.",
    ),
    story(
      "decision",
      "Envoys from {n} countries gather in {place} to revive stalled trade pact",
      "Negotiators from {n} countries have until {weekday} to agree a text in {place}, or the talks collapse.",
      "Trade envoys from {n} countries opened talks in {place} on {weekday}, trying to rescue an agreement that has been stuck for {n5} years over farm subsidies.",
      [
        "The pact would remove tariffs on about {pct}% of goods traded between its members.",
        "{nation2} has so far refused to comment publicly, though officials there briefed reporters on condition of anonymity.",
      ],
      "Envoys pose for a group photograph at the conference centre in {place}.",
    ),
    story(
      "event",
      "Drought pushes {nation} to ration water for {big} households",
      "Reservoirs in {nation} are at their lowest level in decades, and farmers fear for the harvest.",
      "Authorities in {nation} began rationing tap water on {weekday}, limiting supply to {big} households to a few hours a day after the driest {month} on record.",
      [
        "The main reservoir serving {place} is at {pct2}% of capacity.",
        "Tankers are delivering drinking water to villages that have been cut off entirely.",
      ],
      "A dry riverbed near {place}.",
    ),
    story(
      "decision",
      "{nation} recalls ambassador from {nation2} in row over detained journalists",
      "The families of the journalists held in {nation2} say they have had no contact with them since {month}.",
      "{nation} recalled its ambassador from {nation2} on {weekday}, saying it would not return him until {n2} detained reporters were released or charged.",
      [
        "The reporters were arrested in {month} while covering local elections, according to their employer.",
        "Press freedom groups said it was the {ordinal} such detention in the region this year.",
      ],
      "The embassy of {nation} in {place}.",
    ),
  ],
};

const uk: TopicPack = {
  stories: [
    story(
      "decision",
      "{place} rail line to reopen after {n}-year campaign by residents",
      "Campaigners in {place} call it a turning point; ministers say it proves the policy is working.",
      "Passenger trains will run between {place} and {place2} again from {month}, ending a gap of more than {n} years that campaigners say cut the town off from jobs and colleges.",
      [
        "The reopening will cost {money}, most of it for new track and a rebuilt station.",
        "Campaigners collected {big} signatures and lobbied {n5} transport secretaries along the way.",
      ],
      "The old station building in {place}, which will reopen with the line.",
    ),
    story(
      "decision",
      "Councils in the north warn of {money} shortfall in social care budgets",
      "Leaders of {n} councils say they cannot balance their books next year without extra help.",
      "Council leaders from {n} authorities signed a joint letter on {weekday} warning that they will be unable to balance their budgets next year without more money for social care.",
      [
        "Social care now takes more than {pct}% of the councils' combined spending.",
        "The letter asks ministers to meet the leaders before the budget is set in {month}.",
      ],
      "Council offices in {place}.",
    ),
    story(
      "decision",
      "Bus fares capped at £{n2} across {place} in trial backed by the regional assembly",
      "Residents of {place} will pay the same fare for any single journey, however far they travel.",
      "The cap, announced at a packed meeting in {place} town hall, will apply to every single journey on every operator's buses from {month} and will be reviewed after twelve months.",
      [
        "The council estimates that the cap will save regular passengers around £{n3} a year.",
        "Operators will be paid the difference from a fund worth {money}.",
      ],
      "A bus leaves the station in {place}.",
    ),
    story(
      "decision",
      "School in {place} becomes first in the county to ban phones all day",
      "Parents in {place} were consulted, and most said yes; some pupils are less keen.",
      "A secondary school in {place} will require pupils to lock their phones in pouches from the start of the day until the final bell, starting in {month}.",
      [
        "A consultation drew {n3} responses from parents, with {n9}% in favour.",
        "Teachers say breaks have become noticeably louder in schools that have tried it.",
      ],
      "Pupils arrive at school in {place}.",
    ),
    story(
      "decision",
      "Ferry operator cuts {n} winter crossings a week from {place}, leaving islanders angry",
      "Islanders who rely on {place} say the timetable makes hospital appointments on the mainland almost impossible.",
      "The operator confirmed on {weekday} that it would run {n} fewer crossings a week from {place} between November and March, blaming the cost of fuel and a shortage of crew.",
      [
        "Islanders must now take the first sailing and stay overnight for an afternoon appointment.",
        "The island council has asked ministers to intervene.",
      ],
      "The ferry at the pier in {place}.",
    ),
    story(
      "people",
      "Heritage pier in {place} saved by {big} small donations",
      "Most gifts were under £20, and the {place} appeal closed a month early.",
      "A Victorian pier in {place} that had been closed as unsafe will be repaired after an appeal raised {money} from {big} donors, most of them giving less than £20.",
      [
        "Work on the pier's rusted iron legs will start in {month}.",
        "The pier opened in {year1} and once drew steamers from across the bay.",
      ],
      "The pier at {place} at low tide.",
    ),
    story(
      "decision",
      "Inquiry into {place} flooding criticises slow response by {org}",
      "The report says warnings reached {place}, but nobody acted on them for hours.",
      "An independent inquiry published on {weekday} found that residents of {place} were left without help for hours during last winter's floods because warnings were not passed on.",
      [
        "The report makes {n} recommendations, including a single control room for the whole county.",
        "Families whose homes were flooded said they felt vindicated.",
      ],
      "Sandbags outside homes in {place}.",
    ),
    story(
      "decision",
      "Tenants in {place} win rent freeze after months of protest",
      "Landlords in {place} say the freeze will stop them from paying for repairs.",
      "Tenants of {n3} homes in {place} will pay no more rent next year after the landlord agreed to a freeze on {weekday}, ending months of protests outside its offices.",
      [
        "Rents on the estate had risen by {pct}% in two years.",
        "The tenants' association says it will now press for repairs to damp flats.",
      ],
      "Tenants gather outside the landlord's office in {place}.",
    ),
  ],
};

const us: TopicPack = {
  stories: [
    story(
      "decision",
      "{place} voters approve ${n}m bond for new schools",
      "Supporters in {place} say the money is overdue; opponents warn about the debt.",
      "Voters in {place} approved the school bond by a margin of {pct2} points on {weekday}, according to unofficial results posted by the county clerk.",
      [
        "The bond will pay for {n5} new schools and repairs to dozens more.",
        "A similar proposal failed by a narrow margin {n5} years ago, when turnout was far lower.",
      ],
      "Volunteers staff a polling place in {place}.",
    ),
    story(
      "decision",
      "State lawmakers pass bill capping insulin costs at ${n2}0 a month",
      "The governor is expected to sign the bill before the end of {month}.",
      "The bill cleared the state senate {n4} to {n2} late on {weekday} after a debate that stretched past midnight.",
      [
        "About {big} people in the state use insulin, according to health department figures.",
        "Insurers said the cap would be passed on in premiums; supporters dispute that.",
      ],
      "Lawmakers debate the bill in the state capitol.",
    ),
    story(
      "event",
      "Wildfire near {place} forces evacuation of {big} residents",
      "Residents were given less than {n} hours' notice before roads closed.",
      "Fire crews from {n} counties were working to contain the blaze near {place}, which had burned more than {big} acres by {weekday} evening.",
      [
        "Strong winds pushed the fire across a highway late on {weekday}.",
        "Evacuation centres were set up in {n5} high schools.",
      ],
      "Smoke rises over the hills near {place}.",
    ),
    story(
      "decision",
      "{place} becomes latest city to pilot four-day week for municipal staff",
      "Officials in {place} describe the move as an experiment and say it will be reviewed after six months.",
      "City officials in {place} said on {weekday} that {n3} municipal workers would work four longer days instead of five from {month}.",
      [
        "City halls and libraries will keep their opening hours by staggering shifts.",
        "The mayor said the city would publish monthly figures so residents could judge the results.",
      ],
      "City hall in {place}.",
    ),
    story(
      "decision",
      "Federal judge blocks {place} ordinance on short-term rentals",
      "The ruling in {place} could shape similar fights in a dozen other cities this year.",
      "A federal judge on {weekday} temporarily blocked an ordinance in {place} that would have limited short-term rentals to {n} nights a year.",
      [
        "Hosts who sued the city argued that the rules were drawn too broadly.",
        "State data shows {pct}% of households in the area spend more than a third of their income on housing.",
      ],
      "Rental homes along a street in {place}.",
    ),
    story(
      "decision",
      "Rural hospital in {place} reopens maternity ward after {n} months",
      "Expectant mothers in {place} had been driving more than an hour to give birth.",
      "The maternity ward at the only hospital in {place} reopened on {weekday}, {n} months after it closed for lack of staff.",
      [
        "The hospital recruited {n5} midwives with help from a state grant.",
        "The nearest alternative is {n3} miles away.",
      ],
      "The hospital in {place}.",
    ),
    story(
      "decision",
      "Teachers' strike in {place} ends after {n} days",
      "Teachers in {place} won smaller classes; the district says pay will follow when it can afford it.",
      "Teachers in {place} voted on {weekday} to accept a new contract and return to classrooms, ending a strike that kept {big} students at home for {n} days.",
      [
        "The contract caps class sizes at {n6} in the early grades.",
        "Parents had organised study groups in libraries and churches during the strike.",
      ],
      "Teachers on the picket line in {place}.",
    ),
    story(
      "event",
      "Tornado season arrives early in {place} as warnings triple",
      "Forecasters say warm air is reaching {place} weeks ahead of normal.",
      "Forecasters issued {n} tornado warnings for the area around {place} in {month}, three times the usual number, as storms arrived weeks earlier than in a typical year.",
      [
        "A tornado on {weekday} damaged {n3} homes on the edge of {place}.",
        "Sirens were tested across the county after residents said they had not heard them.",
      ],
      "Storm clouds gather over farmland near {place}.",
    ),
  ],
};

const politics: TopicPack = {
  stories: [
    story(
      "decision",
      "Opposition leader {heroLast} sets out plan to halve waiting lists in five years",
      "Allies of {hero} say the plan is costed; rivals call it wishful thinking.",
      "{hero}, leader of the opposition, told a conference in {place} on {weekday} that the party would fund the plan by closing tax reliefs worth {money}.",
      [
        "Independent analysts said the numbers added up only if growth beat forecasts for three years running.",
        'A spokesperson for the governing party said the proposals had been "tried and failed" elsewhere.',
      ],
      "{hero} speaks at the conference in {place}.",
    ),
    story(
      "decision",
      "Coalition talks in {place} stall over budget rules",
      "Both sides in {place} blame the other, and a deadline in {month} is approaching.",
      "Negotiators for the two largest parties left talks in {place} without an agreement on {weekday}, with both sides blaming the other for the impasse.",
      [
        "The sticking point is a rule limiting borrowing to {pct1}% of the region's income.",
        "If no government is formed by {month}, new elections must be held.",
      ],
      "Negotiators leave the assembly building in {place}.",
    ),
    story(
      "decision",
      "Parliament votes to lower voting age to {n6}",
      "The vote, {n7} to {n8}, was closer than expected, and the whips are already counting rebels.",
      "MPs voted by {n7} to {n8} on {weekday} to pass the second reading of the bill lowering the voting age to {n6}, setting up a fight over amendments in committee.",
      [
        "About {big} young people would be added to the electoral roll.",
        "Constitutional experts note that the change would not apply until the election after next.",
      ],
      "The debating chamber during the vote.",
    ),
    story(
      "decision",
      "Finance minister {heroLast} faces confidence vote after leaked memo",
      "Backbenchers want answers before the budget is published in {month}.",
      "{hero}, the finance minister, will face a confidence vote on {weekday} after a leaked memo suggested the budget forecasts had been changed at the last minute.",
      [
        "The memo, seen by several newspapers, is dated {month}.",
        "Several members of the cabinet are understood to have raised concerns privately.",
      ],
      "{hero} arrives at the finance ministry.",
    ),
    story(
      "decision",
      "{heroLast} resigns as deputy leader over planning row",
      "It is the {ordinal} resignation from the front bench this year.",
      "{hero} said in a letter published on {weekday} that it had become impossible to continue as deputy leader after the party backed a housing plan in {place}.",
      [
        "The plan would allow {big} homes on land outside {place}.",
        "The party leader thanked {heroLast} for years of service and said the plan would go ahead.",
      ],
      "{hero} leaves party headquarters after resigning.",
    ),
    story(
      "decision",
      "Electoral commission fines {n} campaign groups for late spending returns",
      "The {n} groups say the rules are confusing; the commission says they are not new.",
      "The electoral commission fined {n} campaign groups a total of {money} on {weekday} for filing their spending returns after the deadline.",
      [
        "The largest single fine was for a return that was {n} months late.",
        "The commission has asked for powers to impose bigger fines.",
      ],
      "Offices of the electoral commission.",
    ),
    story(
      "decision",
      "Regional elections in {place} deliver hung assembly",
      "No party can govern {place} alone, and the arithmetic favours nobody.",
      "No party won a majority in the assembly elections in {place} on {weekday}, leaving the two largest parties {n2} seats apart and short of a majority.",
      [
        "Turnout was {n9}%, up on the last election.",
        "Smaller parties say they will talk to anyone who commits to a housing programme.",
      ],
      "Counting votes at the sports centre in {place}.",
    ),
    story(
      "decision",
      "Polls put governing party {n6} points behind with a year to go",
      "Party strategists insist the {n6}-point gap will close once the campaign begins.",
      "The governing party trails by {n6} points in the average of polls published this week, its worst position at this stage of a parliament since {year1}.",
      [
        "Voters name the cost of living as their biggest concern by a wide margin.",
        "Turnout at the last comparable election was {n9}%.",
      ],
      "Campaign posters on a street in {place}.",
    ),
  ],
};

export const newsPacks: Record<string, TopicPack> = { world, uk, us, politics };
