import { story, type TopicPack } from "./topic-pack";

const business: TopicPack = {
  stories: [
    story(
      "business",
      "{company} to cut {n3} jobs as orders slump",
      "{company}'s management blamed higher energy bills and weaker export markets.",
      "{company} said on {weekday} that it would cut {n3} jobs over the next {n} months, blaming a sharp fall in orders from its largest customers.",
      [
        "The company employs {big} people across {n} sites, most of them in manufacturing.",
        "Unions said they were given no warning and have asked for talks.",
      ],
      "The {company} factory outside {place}.",
    ),
    story(
      "business",
      "{company} profits jump {pct}% on strong demand for {product}s",
      "Analysts had expected a smaller rise, and {company} shares moved sharply in early trading.",
      "{company} reported on {weekday} that profits rose {pct}% in the six months to {month}, helped by strong sales of its {product}s.",
      [
        "Shares in the company closed {pct1}% higher on the news.",
        "The company said it would hire more staff at its plant in {place}.",
      ],
      "A {company} {product} on the production line in {place}.",
    ),
    story(
      "business",
      "Inflation eases to {pct1}% as fuel prices fall",
      "Economists warn that the fall in {month} may not last into the new year.",
      "Annual inflation slowed to {pct1}% in {month}, according to figures published on {weekday}, the lowest reading in more than a year.",
      [
        "Fuel prices fell for the {ordinal} month running, while food prices were flat.",
        "Economists expect interest rates to stay on hold until at least {month}.",
      ],
      "Shoppers at a market in {place}.",
    ),
    story(
      "business",
      "{company} agrees {money} takeover of {company2}",
      "The deal still needs approval from competition regulators, and {company2} staff want answers.",
      "The board of {company2} has recommended {company}'s offer to shareholders, valuing the business at {money} including debt.",
      [
        "Competition regulators said they would study the deal because the two firms compete in several local markets.",
        "{company} said it would keep {company2}'s head office in {place} for at least {n5} years.",
      ],
      "The head office of {company2} in {place}.",
    ),
    story(
      "business",
      "Small firms in {place} say late payments are their biggest worry",
      "Some owners in {place} say they have had to borrow to cover wages while they wait.",
      "A survey of {n3} small businesses in {place} found that more than half had waited over {n} weeks for invoices to be paid.",
      [
        "The Federation of Small Traders wants a legal limit of thirty days on payment terms.",
        "Large customers were the slowest payers, according to the survey.",
      ],
      "A workshop on an industrial estate in {place}.",
    ),
    story(
      "business",
      "{company} opens new plant in {place}, creating {n3} jobs",
      "The plant is {company}'s first new factory in the region for two decades.",
      "{company} opened its new plant in {place} on {weekday}, with {n3} jobs to be filled by the end of the year.",
      [
        "The plant cost {money} and will make parts for {product}s.",
        "The local college is running courses to train staff for the new roles.",
      ],
      "Workers at the new {company} plant in {place}.",
    ),
    story(
      "business",
      "House prices in {place} slip for the {ordinal} month running",
      "Agents in {place} say buyers are taking longer to decide, and sellers are cutting asking prices.",
      "The average house price in {place} fell by {pct1}% in {month}, the {ordinal} monthly fall in a row, according to figures from the largest mortgage lenders.",
      [
        "Prices are still {pct2}% higher than five years ago.",
        "First-time buyers made up a larger share of sales than at any time since {year0}.",
      ],
      "Houses for sale on a street in {place}.",
    ),
    story(
      "business",
      "{company} shares fall {pct1}% after profit warning",
      "{company} blamed a wet summer and cautious shoppers.",
      "Shares in {company} fell {pct1}% on {weekday} after it warned that annual profits would be lower than expected.",
      [
        "The warning wiped {money} off the company's market value.",
        "The chief executive said the company would cut costs but not close any stores.",
      ],
      "A {company} store in {place}.",
    ),
  ],
};

const technology: TopicPack = {
  stories: [
    story(
      "business",
      "{company} unveils {product} it says lasts a week on one charge",
      "{company} says the {product} is built to be repaired; critics point to the price.",
      "{company} showed off its new {product} at an event in {place} on {weekday}, promising a battery that lasts seven days and parts that owners can replace themselves.",
      [
        "Independent testers found battery life closer to five days with heavy use.",
        "The {product} goes on sale in {month}.",
      ],
      "The new {product} on display at the launch in {place}.",
    ),
    story(
      "event",
      "Data breach at {company} exposes records of {big} customers",
      "Security researchers say the weakness at {company} was reported months ago.",
      "{company} confirmed on {weekday} that an unauthorised party had accessed a database containing the names, email addresses and partial payment details of {big} customers.",
      [
        "The company said passwords were stored securely and urged customers to watch for suspicious emails.",
        "The data protection regulator said it was making enquiries.",
      ],
      "The {company} offices in {place}.",
    ),
    story(
      "business",
      "Start-up from {place} raises {money} to build cheaper heat pumps",
      "Founders hope to have the first units in homes before {month}.",
      "A start-up based in {place} has raised {money} in a funding round led by a group of regional investors, to build heat pumps it says will cost a third less than rivals'.",
      [
        "The company employs {n6} people and plans to double that within a year.",
        "Its first pumps are being tested in {n} homes in {place2}.",
      ],
      "An engineer tests a heat pump in the start-up's workshop in {place}.",
    ),
    story(
      "decision",
      "Regulator gives {company} {n} months to open its app store to rivals",
      "The ruling could change how millions of {company} customers download software.",
      "The competition regulator ruled on {weekday} that {company} must allow rival app stores and payment systems on its devices within {n} months.",
      [
        "{company} said it would appeal.",
        "Developers say the company's fees take up to {pct}% of what they earn.",
      ],
      "Apps on a phone screen.",
    ),
    story(
      "research",
      "Schools in {place} trial AI tutors, with mixed results",
      "Teachers in {place} are enthusiastic about some features and wary of others.",
      "{n} schools in {place} began using the software in {month}, with pupils spending up to an hour a week with the tutor.",
      [
        "Pupils who used the tutor most improved their maths scores by {pct1}%, though the sample is small.",
        "Teachers said pupils sometimes accepted wrong answers without question.",
      ],
      "Pupils use the tutoring software in a classroom in {place}.",
    ),
    story(
      "decision",
      "Broadband reaches final {n} villages in {place}",
      "Residents around {place} who once drove to a car park to send emails can now work from home.",
      "The last {n} villages in the {place} area were connected to full-fibre broadband on {weekday}, completing a project that began in {year0}.",
      [
        "The project cost {money}, shared between the council and the network operator.",
        "Engineers laid {n3} kilometres of cable, some of it along old drystone walls.",
      ],
      "Engineers lay fibre-optic cable near {place}.",
    ),
    story(
      "decision",
      "{company} fined {money} over misleading subscription terms",
      "{company} customers found it easy to sign up and hard to leave, the regulator said.",
      "{company} was fined {money} on {weekday} after the consumer regulator found that it had made it too hard for customers to cancel subscriptions.",
      [
        "The company must now let customers cancel online in a single step.",
        "{company} said it accepted the findings and had already changed its website.",
      ],
      "The {company} headquarters in {place}.",
    ),
    story(
      "people",
      "Open-source tool from {place} helps councils spot potholes",
      "The code is free, and {n} councils have already asked to use it.",
      "A group of volunteer programmers in {place} has built a tool that spots potholes from photographs taken by bin lorries, and published the code for any council to use.",
      [
        "In its first month the tool found {n3} potholes that had not been reported.",
        "The code has been published under an open licence so that other councils can adapt it.",
      ],
      "A bin lorry fitted with a camera in {place}.",
    ),
  ],
};

const science: TopicPack = {
  stories: [
    story(
      "research",
      "Astronomers at {place} observatory spot {n} new comets in a single night",
      "It is the first time the {place} observatory has found more than one in a night.",
      "Astronomers at the observatory outside {place} reported on {weekday} that they had found {n} previously unknown comets in a single night of observations.",
      [
        "All {n} comets are faint and will not be visible to the naked eye.",
        "The observatory's telescope was upgraded in {year0} with a wider camera.",
      ],
      "The observatory dome above {place} at dusk.",
    ),
    story(
      "research",
      "Deep-sea survey finds {n} species new to science",
      "Many of the animals were found near vents on the sea floor off {nation}.",
      "Scientists aboard a research vessel working off the coast of {nation} collected samples from depths of more than {big} metres, including {n} species never described before.",
      [
        "The new species include a sea cucumber and several kinds of worm.",
        "The survey took {n5} weeks and covered an area the size of a small country.",
      ],
      "The survey vessel leaves port in {place}.",
    ),
    story(
      "research",
      "Researchers grow drought-tolerant wheat in {place} field trial",
      "The researchers caution that more seasons near {place} are needed before farmers can use it.",
      "The field trial near {place} compared {n} wheat varieties over two seasons, including one of the driest summers on record.",
      [
        "The best variety yielded {pct2}% more grain than standard wheat in the dry year.",
        "Farmers in the area volunteered land for the trial.",
      ],
      "Wheat plots at the trial site near {place}.",
    ),
    story(
      "research",
      "Ancient harbour discovered beneath {place} car park",
      "The discovery in {place} was made almost by accident, during work before building began.",
      "Archaeologists called in before building work in {place} uncovered timber posts and stone walls from a harbour around {n3} years old.",
      [
        "The timbers were preserved by waterlogged ground.",
        "Building work has been paused while the site is recorded.",
      ],
      "Archaeologists at work on the site in {place}.",
    ),
    story(
      "research",
      "Study of {big} volunteers links daily walking to sharper memory",
      "The researchers say the effect held across all {big} volunteers, whatever their age.",
      "Volunteers who walked for at least half an hour a day scored better on memory tests {n} years later, according to a study of {big} people published on {weekday}.",
      [
        "The study adjusted for age, income and existing health conditions.",
        "Walking pace mattered less than walking every day.",
      ],
      "Walkers on a path near {place}.",
    ),
    story(
      "research",
      "Bees use landmarks to navigate, {place} study confirms",
      "The bees of {place} found their way home even when the sun was hidden.",
      "Bees trained near {place} found their way back to the hive using trees and buildings as landmarks, researchers reported on {weekday}.",
      [
        "The team fitted {n3} bees with tiny radio tags.",
        "When landmarks were moved, the bees flew to where the hive should have been.",
      ],
      "A bee fitted with a radio tag.",
    ),
    story(
      "research",
      "Glacier in {nation} shrinking {pct1}% faster than predicted",
      "The findings suggest meltwater rivers in {nation} will peak sooner than planners assumed.",
      "A glacier in {nation} is losing ice {pct1}% faster than models predicted, according to measurements published on {weekday}.",
      [
        "The team measured the glacier's surface with drones every month for {n5} years.",
        "Towns downstream rely on its meltwater in summer.",
      ],
      "The edge of the glacier in {nation}.",
    ),
    story(
      "research",
      "Fossil from {place} quarry rewrites history of early mammals",
      "The fossil from {place} is millions of years older than any similar find.",
      "A fossil found by a quarry worker near {place} belongs to a small mammal much older than any of its kind known before, scientists reported on {weekday}.",
      [
        "The animal was about the size of a shrew.",
        "The quarry worker noticed the fossil in a block of stone during a lunch break.",
      ],
      "The fossil in the museum laboratory.",
    ),
  ],
};

export const economyPacks: Record<string, TopicPack> = { business, technology, science };
