import type { TopicPack } from "./topic-pack";

const health: TopicPack = {
  headlines: [
    "GP surgeries in {place} to open on Saturdays from {month}",
    "Flu vaccinations reach record {pct}% of over-65s",
    "New clinic in {place} cuts wait for mental health support to {n} days",
    "Hospital in {place} trials overnight discharge lounge",
    "Study finds {pct}% of adults in {place} skip dental checks over cost",
    "Pharmacists allowed to treat {n} common conditions without a GP visit",
    "Ambulance response times in {place} improve for the {ordinal} month",
    "Community nurses in {place} to visit every new parent at home",
    "Health board apologises for {n}-week delay in cancer letters",
    "Free swimming for under-16s in {place} credited with fitter children",
    "Shortage of {drug} eases as new supplier comes on stream",
    "Volunteers in {place} train {big} people in emergency first aid",
  ],
  standfirsts: [
    "Managers say the change will free up emergency departments; staff want more detail.",
    "Patients' groups welcomed the move but warned it must not become a substitute for doctors.",
    "The figures vary widely between neighbouring areas.",
    "{org} says the pilot will be extended if it meets its targets.",
    "Families describe months of uncertainty before the problem was fixed.",
  ],
  leads: [
    "Patients in {place} will be able to book appointments on Saturday mornings from {month}, under a plan agreed by {n} practices and the local health board.",
    "Figures published by {org} on {weekday} show vaccine uptake among older people at its highest level since the programme began.",
    "The clinic, which opened in a former bank on the high street in {place}, has seen {n3} people since {month}.",
    "The health board wrote to {n3} patients on {weekday} after an internal review found that referral letters had not been sent.",
  ],
  details: [
    '{person}, {role}, said the aim was to reach people "before a small problem becomes a crisis".',
    "The service costs around {money} a year, paid for from savings elsewhere in the budget.",
    "Staff shortages remain the biggest obstacle, with {pct}% of nursing posts in the area unfilled.",
    "Patients can refer themselves online or by phone, without waiting for a GP appointment.",
    "An independent evaluation of a similar scheme in {place2} found a {pct1}% fall in repeat admissions.",
    "The board said it had changed its procedures and that no patient had come to harm, though it would keep checking.",
  ],
  subheads: ["What patients can expect", "The staffing gap", "Lessons from elsewhere", "The cost"],
  captions: [
    "A nurse prepares a clinic room in {place}.",
    "The entrance to the new health centre in {place}.",
  ],
};

const environment: TopicPack = {
  headlines: [
    "Beavers return to {place} river after {n3} years",
    "Offshore wind farm near {place} produces first power",
    "Sewage spills into {place} bay fall {pct}% after upgrade",
    "Town of {place} plants {big} trees in a single weekend",
    "Heatwave warnings issued for {n} regions as temperatures climb",
    "Peat bog restoration in {place} locks away carbon faster than expected",
    "Plastic bottle deposit scheme returns {pct}% of containers in first year",
    "Farmers near {place} paid to let fields flood in winter",
    "Air quality in {place} breaches safe limits on {n} days this year",
    "Seagrass meadow off {place} doubles in size",
    "Community solar co-op in {place} cuts members' bills by £{n3}",
    "Salmon numbers in the {river} at lowest level on record",
  ],
  standfirsts: [
    "Conservationists say the return is a sign that the river is recovering.",
    "The project has taken {n} years and cost {money}.",
    "Scientists say the improvement is real but fragile.",
    "Residents are being advised to check on elderly neighbours.",
    "It is one of the largest projects of its kind in {nation}.",
  ],
  leads: [
    "A family of beavers has been filmed building a dam on a tributary near {place}, the first confirmed sighting in the area for centuries.",
    "The first turbines at the wind farm, {n} kilometres off the coast of {place}, began sending electricity to the grid on {weekday}.",
    "Data published by {org} on {weekday} shows a sharp fall in the number of hours that untreated sewage flowed into the bay.",
    "More than {n3} volunteers turned out in {place} over the weekend, planting saplings along roadsides, school fields and a former landfill site.",
  ],
  details: [
    '{person}, {role}, said the project showed what could be done "when landowners, councils and volunteers pull in the same direction".',
    "Once complete, the scheme is expected to power around {big} homes.",
    "Monitoring stations recorded levels of fine particles {pct}% above the recommended limit during the worst week.",
    "The water company says it has spent {money} on storage tanks and treatment since {year0}.",
    "Anglers' groups say pollution, warmer water and barriers to migration all play a part.",
    "The trees were chosen to cope with hotter, drier summers, including oak, hornbeam and wild cherry.",
  ],
  subheads: ["A river recovering", "The cost of clean water", "What the data shows", "Doubts remain"],
  captions: ["The estuary at {place} at low tide.", "Volunteers plant saplings on the edge of {place}."],
};

const sport: TopicPack = {
  headlines: [
    "{team} beat {team2} {score} to reach cup final",
    "Late penalty earns {team} a draw at {team2}",
    "{last} breaks national record in 400m at {place} meeting",
    "{team} appoint {person} as head coach",
    "{team2} relegated after {n}-year stay in top flight",
    "Women's league attendance up {pct}% this season",
    "{last} wins first major title in five-set thriller",
    "{team} sign {n6}-year-old striker from {team2}",
    "Cyclists race through {place} as tour returns after {n} years",
    "Record crowd of {big} watches {team} clinch title",
    "{team} fined for crowd trouble at derby",
    "Grassroots club in {place} opens first floodlit pitch",
  ],
  standfirsts: [
    "A tense afternoon ended with the visiting supporters in full voice.",
    "The coach called it the best performance of the season.",
    "It was a night the home fans will talk about for years.",
    "The result leaves the title race wide open with {n} games to play.",
    "The club says the money will go straight back into the academy.",
  ],
  leads: [
    "{team} came from behind to beat {team2} {score} in front of a crowd of {big} on {weekday}, sealing a place in the final for the first time in {n} years.",
    "{last}, 23, crossed the line in a time that took more than a tenth of a second off a record that had stood since {year0}.",
    "{team} confirmed the appointment on {weekday} after a search that lasted most of the summer.",
    "The race returned to the streets of {place} for the first time in {n} years, with crowds lining the route from the harbour to the finish on the hill.",
  ],
  details: [
    "The equaliser came from a corner in the {n9}th minute, headed in at the near post.",
    '{person}, {role}, said the squad had "earned every minute of this".',
    "The club has won {n} of its last {n5} matches and has not lost at home since {month}.",
    "Ticket sales for the final opened on {weekday}, with priority for season ticket holders.",
    "The governing body said it would review footage before deciding on further action.",
    "Coaches in {place} say participation among girls aged 11 to 16 has doubled in three years.",
  ],
  subheads: ["Turning point", "Verdict", "Talking points", "What comes next"],
  captions: [
    "Players from {team} celebrate at the final whistle.",
    "Supporters outside the ground in {place} before kick-off.",
  ],
};

export const lifePacks: Record<string, TopicPack> = { health, environment, sport };
