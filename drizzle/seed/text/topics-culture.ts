import { story, type TopicPack } from "./topic-pack";

const culture: TopicPack = {
  stories: [
    story(
      "arts",
      "Debut novel set in {place} wins the {prize} prize",
      "The judges called it a book about leaving {place} that never quite leaves.",
      "A first novel set in {place} won the {prize} prize on {weekday}, beating {n5} other books on the shortlist.",
      [
        "The author wrote much of the book on early-morning trains to work.",
        "Sales of the novel have risen {pct}% since the shortlist was announced.",
      ],
      "The prize-winning novel in a bookshop window in {place}.",
    ),
    story(
      "arts",
      "Theatre in {place} saved from closure by crowdfunding",
      "More than {big} people gave money, many of them for the first time.",
      "A theatre in {place} that had announced it would close in {month} will stay open after a crowdfunding appeal raised {money} in {n} weeks.",
      [
        "The theatre opened in {year1} and seats {n3} people.",
        "The money will pay for a new roof and two years of running costs.",
      ],
      "The theatre's façade in {place}.",
    ),
    story(
      "arts",
      "Festival in {place} sells out in {n} minutes",
      "Organisers in {place} are adding a second weekend to meet demand.",
      "Tickets for the summer festival in {place} sold out {n} minutes after going on sale on {weekday}.",
      [
        "The festival has grown from a single stage in a field to {n5} stages across the town.",
        "Residents of {place} were offered tickets a day before everyone else.",
      ],
      "The crowd at last year's festival in {place}.",
    ),
    story(
      "arts",
      "Film shot entirely in {place} premieres to standing ovation",
      "Half the cast had never acted before, and most of them live in {place}.",
      "A feature film shot entirely in {place}, with many residents in the cast, premiered at the town's cinema on {weekday} to a standing ovation.",
      [
        "The film was made over {n} weeks on a budget of {money}.",
        "It will be shown at festivals before a wider release in {month}.",
      ],
      "The cast at the premiere in {place}.",
    ),
    story(
      "arts",
      "Museum in {place} returns {n} objects to {nation}",
      "The {n} objects were taken from {nation} during the colonial era.",
      "The museum in {place} handed {n} objects back to representatives of {nation} at a ceremony on {weekday}.",
      [
        "The objects were acquired by the museum in {year1}.",
        "A delegation from {nation} travelled to {place} for the handover.",
      ],
      "The handover ceremony at the museum in {place}.",
    ),
    story(
      "arts",
      "Library in {place} extends opening hours after {pct}% rise in visitors",
      "Students, home workers and families in {place} have all found their way back.",
      "The central library in {place} will open until nine on weekday evenings from {month}, after visitor numbers rose by {pct}% in a year.",
      [
        "The library lends {big} books a year.",
        "Evening sessions will include homework clubs and language classes.",
      ],
      "Readers in the central library in {place}.",
    ),
    story(
      "arts",
      "Folk band from {place} tops the album charts",
      "The band recorded the album in a village hall near {place} for {money}.",
      "A folk band from {place} went to the top of the album charts on {weekday}, with a record made in a village hall for {money}.",
      [
        "The band formed at a pub session in {place} {n5} years ago.",
        "Its tour in {month} sold out within a day.",
      ],
      "The band on stage in {place}.",
    ),
    story(
      "arts",
      "Review: a quietly devastating play about a family farm near {place}",
      "A cast of four and a single kitchen carry three generations of a {place} family.",
      "The new play at the theatre in {place} follows a family deciding whether to sell the farm near {place} that it has worked for three generations.",
      ["The cast of four never leaves the farmhouse kitchen.", "The run continues until the end of {month}."],
      "A scene from the play at the theatre in {place}.",
    ),
  ],
};

const opinion: TopicPack = {
  stories: [
    story(
      "opinion",
      "We should stop pretending the bus is a luxury in {place}",
      "For thousands of people in {place}, the bus is the only way to work.",
      "Every morning in {place}, people wait at stops for buses that come every hour, if they come at all.",
      [
        "A bus pass costs more than many people spend on food in a week.",
        "Cutting routes saves a little money and costs a great deal more in lost jobs.",
      ],
      "A bus stop in {place}.",
    ),
    story(
      "opinion",
      "The high street in {place} isn't dying. It is changing, and we should help",
      "Empty shops are not the whole story of {place}, and treating them as such makes things worse.",
      "Walk down the high street in {place} and you will see empty shops, but you will also see cafés, repair shops and studios that were not there five years ago.",
      [
        "Business rates still treat a small café like a department store.",
        "The council could let empty shops cheaply to anyone who will open them.",
      ],
      "The high street in {place}.",
    ),
    story(
      "opinion",
      "{place} shows what happens when a town trusts its young people",
      "Give the teenagers of {place} a budget and a say, and they spend it better than the rest of us.",
      "Three years ago, the council in {place} gave its youth forum a budget of {money} and the power to spend it.",
      [
        "The forum spent the money on late buses, a skate park and a mental health drop-in.",
        "Complaints about anti-social behaviour in {place} have fallen since.",
      ],
      "Young people at the skate park in {place}.",
    ),
    story(
      "opinion",
      "The library in {place} is doing the work of three departments",
      "The library in {place} is a job centre, a warm room and a help desk, and it is paid as none of them.",
      "On a weekday morning in the library in {place}, staff help people apply for jobs, fill in benefit forms and print boarding passes, and then someone asks for a book.",
      [
        "The library's budget has been cut {n5} times in a decade.",
        "No other public building in {place} is open to everyone, for free, all day.",
      ],
      "The library in {place}.",
    ),
    story(
      "opinion",
      "A tax on empty homes in {place} would be fair and popular",
      "{n3} homes in {place} stand empty while families wait for somewhere to live.",
      "There are {n3} homes in {place} that have been empty for more than a year, and {big} households on the waiting list.",
      [
        "Other councils have doubled the tax on long-empty homes, and many came back into use.",
        "Owners who are renovating could be exempt for a year.",
      ],
      "Boarded-up houses in {place}.",
    ),
    story(
      "opinion",
      "Stop asking the farmers of {place} to fix the climate on their own",
      "The farmers around {place} are told to change everything, and paid for almost none of it.",
      "The farmers around {place} are asked to plant hedges, restore wetlands and cut emissions, while the price they get for milk barely covers the cost of producing it.",
      [
        "Most farms around {place} make less than the minimum wage for the hours worked.",
        "Schemes that pay farmers for wetlands have worked where they were funded properly.",
      ],
      "Farmland near {place}.",
    ),
    story(
      "opinion",
      "Broadband in rural {place} is not a perk. It is infrastructure",
      "Nobody in {place} would call a road a luxury. We should stop calling a connection one.",
      "In the villages around {place}, people still drive to a lay-by to get a signal for a video call.",
      [
        "Businesses that could move to {place} go elsewhere because of the connection.",
        "A connection should be planned like a water main, not left to the market.",
      ],
      "A village near {place}.",
    ),
    story(
      "opinion",
      "What {n} days without my phone in {place} taught me",
      "I expected to miss the news. I did not expect to notice my street in {place}.",
      "For {n} days I left my phone in a drawer and lived in {place} the way I did twenty years ago.",
      [
        "I got lost twice, and both times a stranger helped.",
        "I read two books and learned the names of my neighbours.",
      ],
      "A street in {place}.",
    ),
  ],
};

const goodNews: TopicPack = {
  stories: [
    story(
      "people",
      "Retired teachers in {place} help {n3} adults learn to read",
      "Some learners in {place} are reading a bedtime story to their grandchildren for the first time.",
      "A group of retired teachers in {place} has helped {n3} adults learn to read over the past {n5} years, meeting learners one to one in cafés and libraries.",
      [
        "Learners range in age from nineteen to eighty-two.",
        "The group began with {n2} teachers and now has more than forty.",
      ],
      "A volunteer and a learner read together in the library in {place}.",
    ),
    story(
      "people",
      "Lost dog found {n} miles away after {n5} weeks",
      "A microchip and a sharp-eyed walker brought him home to {place}.",
      "A dog that went missing from {place} was found {n} miles away {n5} weeks later and returned to its family on {weekday}.",
      [
        "A walker spotted the dog near a farm and took him to a vet, who scanned his microchip.",
        "The family had put up posters across {place}.",
      ],
      "The dog back home in {place}.",
    ),
    story(
      "people",
      "Village near {place} buys its own pub and reopens it",
      "{n3} residents bought shares, and the bar staff are volunteers.",
      "Residents of a village near {place} reopened their pub on {weekday} after buying it for {money} raised from {n3} shareholders.",
      [
        "The pub had been closed for {n5} years.",
        "It now also runs a shop and a weekly lunch for older residents.",
      ],
      "The reopened pub near {place}.",
    ),
    story(
      "people",
      "Teenager from {place} builds free app for food bank deliveries",
      "The app matches volunteer drivers with families in {place} who cannot get to the food bank.",
      "A {n6}-year-old from {place} has built an app that matches volunteer drivers with food bank parcels, and it is now used by {n} food banks.",
      ["The app was written in the school holidays.", "Drivers have made {n3} deliveries through it so far."],
      "A volunteer driver loads parcels at the food bank in {place}.",
    ),
    story(
      "people",
      "Repair café in {place} fixes appliance number {n3}",
      "Toasters, lamps and sewing machines that {place} would have thrown away are working again.",
      "The monthly repair café in {place} fixed appliance number {n3} on {weekday}, a toaster brought in by a retired postman.",
      [
        "Volunteers fix about {n9}% of the items brought in.",
        "Visitors are asked to stay and watch, so they can fix things themselves next time.",
      ],
      "Volunteers at work at the repair café in {place}.",
    ),
    story(
      "people",
      "Ninety-year-old from {place} completes first marathon",
      "She took up running in {place} at eighty-five and raised {money} on the way round.",
      "A ninety-year-old woman from {place} completed her first marathon on {weekday}, crossing the line to cheers from hundreds of spectators.",
      [
        "She took up running at eighty-five after her doctor suggested a walking group.",
        "She raised {money} for the local hospice.",
      ],
      "Crossing the finish line in {place}.",
    ),
    story(
      "people",
      "Refugee chefs open restaurant in {place} to packed tables",
      "The menu in {place} changes each week, cooked by a different chef.",
      "A restaurant run by chefs who came to {place} as refugees opened on {weekday}, with every table booked for the first {n} weeks.",
      [
        "The chefs trained together on a catering course at the local college.",
        "Profits go towards training the next group of cooks.",
      ],
      "Chefs at work in the restaurant kitchen in {place}.",
    ),
    story(
      "people",
      "Town of {place} pays off every child's school meal debt",
      "Residents of {place} raised {money} in a week.",
      "Residents of {place} raised {money} in a week to clear the school meal debts of every child in the town.",
      [
        "The appeal was started by a parent after her son was given a cheaper lunch.",
        "More than {n3} people gave money, most of them less than £10.",
      ],
      "Pupils at lunch in a school in {place}.",
    ),
  ],
};

export const culturePacks: Record<string, TopicPack> = { culture, opinion, "good-news": goodNews };
