import type { TopicPack } from "./topic-pack";

const culture: TopicPack = {
  headlines: [
    "Debut novel set in {place} wins the {prize} prize",
    "Theatre in {place} saved from closure by crowdfunding",
    "Festival in {place} sells out in {n} minutes",
    "Film shot entirely in {place} premieres to standing ovation",
    "Museum in {place} returns {n} objects to {nation}",
    "Composer {person} on writing a symphony for a lighthouse",
    "Library in {place} extends opening hours after {pct}% rise in visitors",
    "Street art trail brings {big} visitors to {place}",
    "Folk band from {place} tops the album charts",
    "Gallery in {place} hands its walls to local schoolchildren",
    "Review: a quietly devastating play about a family farm near {place}",
    "The {place} bookshop that refuses to close",
  ],
  standfirsts: [
    "The judges praised its humour and its unflinching ending.",
    "Supporters raised {money} in a fortnight.",
    "Organisers say the line-up is the most ambitious in the event's history.",
    "It is a small story told with enormous care.",
    "Curators say the decision followed years of conversations with communities in {nation}.",
  ],
  leads: [
    "{person}'s first novel, a story of two sisters running a ferry café in {place}, was named winner of the {prize} prize at a ceremony on {weekday}.",
    "The theatre, which opened in {year1}, had been due to close in {month} after its funding was cut.",
    "Tickets for the three-day festival in {place} went on sale at nine on {weekday} morning and were gone before most people had finished breakfast.",
    "The museum in {place} signed an agreement on {weekday} to return the objects, which were acquired during the colonial period.",
  ],
  details: [
    'The judges described the book as "funny, furious and full of salt air".',
    '{person}, {role}, said the response had been "overwhelming, and a little humbling".',
    "The building needs {money} of repairs to its roof and seating, according to a survey carried out last year.",
    "The programme includes {n} premieres and a strand of free events for families.",
    "Attendance at the venue rose {pct}% last year, driven mostly by younger audiences.",
    "The prize comes with an award of £{n3}0 and a month-long residency in {place2}.",
  ],
  subheads: ["The story behind it", "A fragile recovery", "What the critics say", "On the bill"],
  captions: [
    "The auditorium of the theatre in {place}.",
    "Visitors at the opening of the exhibition in {place}.",
  ],
};

const opinion: TopicPack = {
  headlines: [
    "We should stop pretending the bus is a luxury in {place}",
    "The high street in {place} isn't dying. It is changing, and we should help",
    "Why {n} weeks in {place} changed my mind about four-day weeks",
    "{place} shows what happens when a town trusts its young people",
    "The library in {place} is doing the work of three departments",
    "A tax on empty homes in {place} would be fair and popular",
    "The quiet crisis in {place}'s school music lessons",
    "Stop asking the farmers of {place} to fix the climate on their own",
    "Nobody voted for a decade of roadworks in {place}",
    "Broadband in rural {place} is not a perk. It is infrastructure",
    "The case for letting {place} keep what it raises",
    "What {n} days without my phone in {place} taught me",
  ],
  standfirsts: [
    "The evidence has been clear for years. The politics has not caught up.",
    "It is easy to be nostalgic. It is more useful to be practical.",
    "There is a better argument than the one we keep having.",
    "The answer is not more money alone, but it starts there.",
    "Ministers would rather talk about anything else. They shouldn't.",
  ],
  leads: [
    "Every few months someone in power rediscovers {place}, visits for an afternoon and leaves with a slogan. The people who live there deserve more than that.",
    "I used to think the idea was a gimmick. Then I spent {n} weeks talking to the people who actually tried it.",
    "There is a number that explains most of what has gone wrong: {pct}%. That is the share of the budget now spent before a single new service is offered.",
    "Ask anyone in {place} what they want from the next decade and the answers are strikingly modest.",
  ],
  details: [
    "None of this is new. What is new is how many people now feel it at once.",
    "The objection is always cost, but the cost of doing nothing is already being paid, just by different people.",
    "Critics will say it cannot work here. It already works in {place2}, a town with fewer resources and bigger problems.",
    "We do not need another review. We need someone to read the last three.",
    "The best idea I heard came from {person}, {role}, who suggested simply asking users before redesigning anything.",
    "If that sounds unambitious, consider how far we are from even that.",
  ],
  subheads: ["The real argument", "What we get wrong", "A modest proposal", "Where to start"],
  captions: ["A quiet afternoon in {place}.", "Morning in {place}."],
};

const goodNews: TopicPack = {
  headlines: [
    "Retired teachers in {place} help {n3} adults learn to read",
    "Lost dog found {n} miles away after {n5} weeks",
    "Village in {place} buys its own pub and reopens it",
    "Teenager from {place} builds free app for food bank deliveries",
    "Stranger's kidney donation sets off chain that saves {n} lives",
    "Repair café in {place} fixes its {big}th appliance",
    "Community fridge in {place} shares {n3} tonnes of food",
    "Ninety-year-old from {place} completes first marathon",
    "Refugee chefs open restaurant in {place} to packed tables",
    "Wildflower verges bring butterflies back to {place}",
    "Town of {place} pays off every child's school meal debt",
    "Apprentices restore {place} lifeboat to sail again",
  ],
  standfirsts: [
    "It started with a notice in the post office window.",
    "Neighbours say it has changed the feel of the whole street.",
    "What began as a one-off has become a weekly fixture.",
    "The organisers say the secret is simple: ask, and people help.",
    "It is the kind of story that spreads, and they hope it does.",
  ],
  leads: [
    "Every {weekday} evening, the back room of the library in {place} fills with people learning to read, and the teachers are volunteers who spent their careers in the classroom.",
    "Residents of the village near {place} raised {money} in shares to buy the pub when it came up for sale.",
    "The idea came to a {n6}-year-old from {place} after helping a neighbour carry food parcels up {n} flights of stairs.",
    "The repair café meets in a church hall in {place} on the first Saturday of every month, and on a busy day there is a queue down the street.",
  ],
  details: [
    '"You see people\'s faces when something they love works again," said {person}, {role}.',
    "The group now has {n} regular volunteers and a waiting list of people who want to help.",
    "Local businesses donated tools, paint and food, and the council waived the room hire.",
    "The scheme has been copied in {place2}, and organisers have been contacted by groups in {n} other towns.",
    "Most of the money came in donations of less than £{n}.",
    "For many of those involved, the company matters as much as the task.",
  ],
  subheads: ["How it started", "The people who make it work", "Spreading the idea", "What's next"],
  captions: ["Volunteers at work in {place}.", "Neighbours gather for the reopening in {place}."],
};

export const culturePacks: Record<string, TopicPack> = { culture, opinion, "good-news": goodNews };
