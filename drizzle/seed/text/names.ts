// Invented people and institutions. First and last names are common words, combined at
// random, so they name nobody in particular.

export const firstNames = [
  "Amara", "Tomasz", "Priya", "Declan", "Ingrid", "Kofi", "Mei", "Rafael", "Saoirse", "Hamish", "Leila", "Bjorn",
  "Nadia", "Oluwaseun", "Henrik", "Yuki", "Carmen", "Tobias", "Aisling", "Rohan", "Freya", "Mateo", "Zainab", "Callum",
  "Elodie", "Kwame", "Isla", "Dmitri", "Anjali", "Felix", "Wanjiru", "Lorcan", "Sofia", "Arjun", "Maren", "Tariq",
  "Beatrix", "Jonah", "Keiko", "Ruairi", "Esme", "Nikhil", "Astrid", "Emeka", "Clara", "Idris", "Paloma", "Soren",
];

export const lastNames = [
  "Okafor", "Lindqvist", "Brannigan", "Castellano", "Whitlow", "Nakamura", "Adeyemi", "Fairbairn", "Moreau", "Kowalczyk",
  "Achterberg", "Halloran", "Ramaswamy", "Ekström", "Mwangi", "Tresize", "Delacroix-Hale", "Fennimore", "Oyelaran",
  "Strathearn", "Vasquez-Orr", "Quennell", "Harrowgate", "Bellweather", "Mackintyre", "Ostrowski", "Penhallow", "Aldous",
  "Kinsella", "Thorvald", "Ferreira-Lowe", "Ambrose", "Sandoval", "Calloway", "Rutherglen", "Nakashima", "Obuya",
  "Ilesanmi", "Carrick", "Dunleavy", "Marchetti", "Greenhalgh", "Vanterpool", "Achebe-Ross", "Lestrange-Hay", "Wolcott",
];

export const roles = [
  "a spokesperson for the council", "the chief executive", "a senior researcher", "the project's director",
  "a local resident", "the union's regional secretary", "an economist at the Eastbrook Institute", "a parish councillor",
  "the head of operations", "a community organiser", "the chair of the scrutiny committee", "a policy analyst",
  "the finance director", "a shop owner on the high street", "the deputy mayor", "a professor at Calder University",
  "a spokesperson for the ministry", "the board's chair", "a long-time volunteer", "an industry adviser",
];

export const institutions = [
  "the regional assembly", "the Ministry of Infrastructure", "the Coastal Development Agency", "the Northern Water Board",
  "the Office for Fair Markets", "the Federation of Small Traders", "the National Rail Consortium", "the Public Health Directorate",
  "the Calder University institute", "the Eastbrook Institute", "the Tenants' Alliance", "the Chamber of Commerce",
  "the Metropolitan Transit Authority", "the Highlands Development Trust", "the Schools Inspectorate", "the Energy Regulator",
];

export const companies = [
  "Brightwater Logistics", "Halden & Pryce", "Meridian Freight", "Quillstone Bank", "Ashgrove Foods", "Nimbus Robotics",
  "Corvane Energy", "Tidewell Insurance", "Larkspur Retail", "Fenwick Orbital", "Saltire Mutual", "Kestrel Air",
  "Oakhurst Pharmaceuticals", "Vantory Software", "Greyfriars Property", "Pelham Steelworks", "Lumen Grid", "Copperleaf Media",
];

export const countriesInText = [
  "Valdoria", "the Republic of Kesh", "Norland", "the Ostrian Federation", "Marisca", "Tervania", "the Serel Islands",
  "Alderia", "Kavenia", "the United Provinces of Lusk", "Corantha", "Istrela",
];

export const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
