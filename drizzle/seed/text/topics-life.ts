import { story, type TopicPack } from "./topic-pack";

const health: TopicPack = {
  stories: [
    story(
      "decision",
      "GP surgeries in {place} to open on Saturdays from {month}",
      "Patients in {place} have long complained that appointments clash with work.",
      "Every GP surgery in {place} will open on Saturday mornings from {month}, the local health board announced on {weekday}.",
      [
        "The surgeries will offer about {n3} extra appointments a week between them.",
        "The health board is paying {money} towards the extra staff.",
      ],
      "A GP surgery in {place}.",
    ),
    story(
      "decision",
      "New clinic in {place} cuts wait for mental health support to {n} days",
      "Patients in {place} used to wait months for a first appointment.",
      "A walk-in clinic opened in {place} on {weekday}, promising that anyone referred for mental health support will be seen within {n} days.",
      [
        "The clinic has {n6} staff, including counsellors and peer support workers.",
        "The previous average wait in the area was {n5} months.",
      ],
      "The waiting room of the new clinic in {place}.",
    ),
    story(
      "research",
      "Study finds {pct}% of adults in {place} skip dental checks over cost",
      "Dentists in {place} say problems that could be fixed cheaply are turning into emergencies.",
      "Almost {pct}% of adults in {place} have skipped a dental check-up in the past two years because of the cost, according to a survey published on {weekday}.",
      [
        "The survey of {n3} adults was carried out by the local university.",
        "Emergency dental appointments in the area have risen by {pct2}% since {year0}.",
      ],
      "A dental surgery in {place}.",
    ),
    story(
      "decision",
      "Pharmacists allowed to treat {n} common conditions without a GP visit",
      "Ministers say the change will free up {big} GP appointments a year.",
      "Pharmacists will be able to assess and treat {n} common conditions, including sore throats and earache, without patients first seeing a GP, from {month}.",
      [
        "Pharmacies will be paid a fee for each consultation.",
        "Pharmacists must refer patients to a GP if symptoms persist.",
      ],
      "A pharmacist at work in {place}.",
    ),
    story(
      "decision",
      "Health board apologises for {n}-week delay in cancer letters",
      "The board says none of the {n3} patients was harmed, but families are asking for a full review.",
      "The health board serving {place} apologised on {weekday} after {n3} letters inviting patients to cancer appointments were sent up to {n} weeks late.",
      [
        "A fault in a new computer system held the letters in a queue.",
        "Every affected patient has now been contacted, the board said.",
      ],
      "The health board's offices in {place}.",
    ),
    story(
      "decision",
      "Shortage of {drug} eases as new supplier comes on stream",
      "Pharmacies say stocks of {drug} should be back to normal within weeks.",
      "Supplies of {drug} began to recover on {weekday} after a second manufacturer started deliveries, ending a shortage that had lasted since {month}.",
      [
        "Some patients had been travelling to several pharmacies to fill a single prescription.",
        "The health department said it would keep a larger reserve in future.",
      ],
      "Shelves in a pharmacy in {place}.",
    ),
    story(
      "people",
      "Volunteers in {place} train {big} people in emergency first aid",
      "Trainees in {place} have already used what they learned, the organisers say.",
      "A group of volunteers in {place} has trained {big} people in emergency first aid in {n} months, running free sessions in church halls and sports clubs.",
      [
        "Each session lasts two hours and covers resuscitation and what to do when someone is choking.",
        "At least {n2} people have been helped by trainees since the sessions began, the group says.",
      ],
      "Volunteers practise first aid in a hall in {place}.",
    ),
    story(
      "decision",
      "Free swimming for under-16s in {place} credited with fitter children",
      "The council in {place} says the scheme costs less than it saves.",
      "Children in {place} have swum {big} times for free since the council scrapped pool charges for under-16s in {year0}, and a review published on {weekday} says they are fitter for it.",
      [
        "The share of children able to swim 25 metres by the end of primary school rose to {n9}%.",
        "The scheme costs the council about {money} a year.",
      ],
      "Children in the pool at the leisure centre in {place}.",
    ),
  ],
};

const environment: TopicPack = {
  stories: [
    story(
      "people",
      "Beavers return to {place} river after {n3} years",
      "Farmers around {place} are wary; wildlife groups are delighted.",
      "A family of beavers released near {place} in {month} has built its first dam, the first beavers on the river in {n3} years.",
      [
        "The dam has already created a pond used by ducks and dragonflies.",
        "Landowners along the river have agreed to report any flooding of fields.",
      ],
      "A beaver dam on the river near {place}.",
    ),
    story(
      "decision",
      "Offshore wind farm near {place} produces first power",
      "When complete, the farm will supply enough electricity for {big} homes.",
      "The first turbines of the wind farm off {place} began sending electricity ashore on {weekday}.",
      [
        "The farm will have {n6} turbines when it is finished next year.",
        "The port in {place} has taken on {n3} workers to service the turbines.",
      ],
      "Turbines off the coast near {place}.",
    ),
    story(
      "decision",
      "Sewage spills into {place} bay fall {pct}% after upgrade",
      "Swimmers in {place} say the water looks cleaner; campaigners say the work is not finished.",
      "Spills of untreated sewage into the bay at {place} fell by {pct}% last year after the water company enlarged storage tanks at the treatment works, figures published on {weekday} show.",
      ["The upgrade cost {money}.", "The bay was still affected on {n} days, mostly after heavy rain."],
      "Swimmers in the bay at {place}.",
    ),
    story(
      "people",
      "Town of {place} plants {big} trees in a single weekend",
      "Schools, scout groups and a football club in {place} all took part.",
      "Volunteers in {place} planted {big} saplings over the weekend, turning a disused field on the edge of town into a young wood.",
      [
        "The saplings are mostly oak, birch and rowan grown from local seed.",
        "The council has promised to water the young trees through the first summer.",
      ],
      "Volunteers plant saplings near {place}.",
    ),
    story(
      "event",
      "Heatwave warnings issued for {n} regions as temperatures climb",
      "Hospitals and care homes in {n} regions have been told to prepare.",
      "Forecasters issued heatwave warnings for {n} regions on {weekday}, with temperatures expected to pass 3{n2} degrees in places by the weekend.",
      [
        "Councils are opening cool rooms in libraries and community centres.",
        "Water companies have asked customers not to use hosepipes.",
      ],
      "People cool off in a fountain in {place}.",
    ),
    story(
      "research",
      "Peat bog restoration in {place} locks away carbon faster than expected",
      "Blocking old drains near {place} has let the bog grow again.",
      "A peat bog near {place} restored by blocking drainage ditches is storing carbon faster than expected, according to measurements published on {weekday}.",
      ["Volunteers blocked {n3} ditches over {n5} years.", "Rare mosses have returned to parts of the bog."],
      "The restored bog near {place}.",
    ),
    story(
      "decision",
      "Farmers near {place} paid to let fields flood in winter",
      "The scheme protects homes in {place} and creates habitat for birds.",
      "Farmers near {place} will be paid to let {n3} hectares of low-lying fields flood in winter, holding back water that would otherwise run into the town.",
      [
        "The payments total {money} over ten years.",
        "Homes in {place} flooded {n2} times in the past decade.",
      ],
      "Flooded fields near {place}.",
    ),
    story(
      "event",
      "Salmon numbers in the {river} at lowest level on record",
      "Anglers and scientists agree the {river} is in trouble, but not on why.",
      "Fewer salmon returned to the {river} this year than in any year since counts began in {year1}, according to figures published on {weekday}.",
      [
        "Counters recorded just {n3} fish passing the weir.",
        "Warmer water and low summer flows are among the suspected causes.",
      ],
      "The weir on the {river}.",
    ),
  ],
};

const sport: TopicPack = {
  stories: [
    story(
      "sport",
      "{team} beat {team2} {score} to reach cup final",
      "A second-half comeback sends the club to its first final in {n} years.",
      "{team} came from behind to beat {team2} {score} in front of a crowd of {big} on {weekday}, sealing a place in the final for the first time in {n} years.",
      [
        "{team2} led at half-time before two goals in ten minutes turned the game.",
        "The final will be played in {month}.",
      ],
      "{team} players celebrate at the final whistle.",
    ),
    story(
      "sport",
      "Late penalty earns {team} a {draw} draw at {team2}",
      "The point keeps {team} clear of the relegation places.",
      "{team} scored a penalty in the last minute to draw {draw} at {team2} on {weekday}.",
      [
        "The penalty was awarded after a long check by the video referee.",
        "{team2} had been ahead for most of the second half.",
      ],
      "The penalty is scored in the final minute.",
    ),
    story(
      "sport",
      "{heroLast} breaks national 400m record at {place} meeting",
      "{hero}, 23, took more than a tenth of a second off the old mark.",
      "{hero}, 23, crossed the line at the meeting in {place} on {weekday} in a time that took more than a tenth of a second off a record that had stood since {year0}.",
      [
        "{heroLast} trains at a club track near {place} and works part-time in a bakery.",
        "The run is also the fastest in the world this season.",
      ],
      "{hero} crosses the line at the meeting in {place}.",
    ),
    story(
      "sport",
      "{team} appoint {hero} as head coach",
      "{heroLast} takes over a side that finished in mid-table last season.",
      "{team} confirmed the appointment of {hero} as head coach on {weekday}, after a search that lasted most of the summer.",
      [
        "{heroLast} has signed a {n2}-year contract.",
        "{heroLast} previously coached the club's youth teams.",
      ],
      "{hero} at the club's training ground.",
    ),
    story(
      "sport",
      "{team2} relegated after {n}-year stay in top flight",
      "Defeat on the final day ends {team2}'s long run in the top division.",
      "{team2} were relegated on {weekday} after losing their final match of the season, ending {n} years in the top division.",
      [
        "{team2} won only {n5} of their last twenty matches.",
        "Supporters stayed behind after the final whistle to applaud the players.",
      ],
      "{team2} players leave the pitch after relegation was confirmed.",
    ),
    story(
      "sport",
      "{team} sign {n6}-year-old striker from {team2}",
      "The fee has not been disclosed, but is thought to be a {team} record.",
      "{team} completed the signing of a {n6}-year-old striker from {team2} on {weekday}, on a contract that runs for {n5} years.",
      ["The striker scored {n} goals for {team2} last season.", "The fee is thought to be a club record."],
      "The new signing at the {team} training ground.",
    ),
    story(
      "sport",
      "Cyclists race through {place} as tour returns after {n} years",
      "Crowds lined the route through {place} from the harbour to the finish on the hill.",
      "The cycling tour returned to the streets of {place} on {weekday} for the first time in {n} years, with crowds lining the route from the harbour to the finish on the hill.",
      [
        "The stage was won in a sprint on the final climb.",
        "Schools in {place} closed early so that pupils could watch.",
      ],
      "Riders climb the hill into {place}.",
    ),
    story(
      "sport",
      "Record crowd of {big} watches {team} clinch title",
      "A win on the final day secured {team}'s first title in a generation.",
      "{team} won the league title on {weekday} in front of {big} spectators, the largest crowd in the club's history.",
      [
        "The side lost only {n2} matches all season.",
        "Thousands of supporters gathered in the centre of {place} afterwards.",
      ],
      "{team} supporters celebrate the title in {place}.",
    ),
  ],
};

export const lifePacks: Record<string, TopicPack> = { health, environment, sport };
