// Fictional, coherent local news for the wire: each story is one event told through its headline, standfirst,
// body and photo caption, all built from the same slots (place, person, figure), so they never contradict.
// Deterministic: the same title and story number always give the same story.

export interface Story {
  guid: string;
  headline: string;
  standfirst: string;
  paragraphs: string[];
  caption: string;
  category: string;
  publishedAt: Date;
}

interface Slots {
  place: string;
  person: string;
  surname: string;
  n: number;
  m: number;
}

interface Template {
  category: string;
  headline: (s: Slots) => string;
  standfirst: (s: Slots) => string;
  body: (s: Slots) => string[];
  caption: (s: Slots) => string;
}

const firstNames = [
  "Maren",
  "Tobias",
  "Ilse",
  "Desmond",
  "Priya",
  "Callum",
  "Wren",
  "Odette",
  "Rafael",
  "Hana",
];
const surnames = ["Ashdown", "Kettering", "Mbeki-Hall", "Lindqvist", "Okafor", "Penhallow", "Varga", "Quill"];

const templates: Template[] = [
  {
    category: "Politics",
    headline: (s) => `${s.place} council approves ${s.n} new homes on former depot site`,
    standfirst: (s) =>
      `Councillors voted ${s.m} to 3 after a four-hour meeting; work could begin in the spring.`,
    body: (s) => [
      `${s.place} council has approved plans for ${s.n} homes on the former bus depot, ending two years of argument over the site.`,
      `Councillors voted ${s.m} to 3 in favour after a four-hour meeting that heard from residents on both sides.`,
      `${s.person}, who chairs the planning committee, said the scheme would include a third of homes at social rent. "This is land that has sat empty for a decade," ${s.surname} said.`,
      `Opponents had asked for a smaller scheme with more green space. ${s.surname} said the approved plans keep the depot's old clock tower and add a public square.`,
      `The developer expects to begin work in the spring, with the first residents moving in within two years.`,
    ],
    caption: (s) => `The empty depot site in ${s.place}, where ${s.n} homes are now planned.`,
  },
  {
    category: "Environment",
    headline: (s) => `Volunteers plant ${s.n} trees along the ${s.place} riverbank`,
    standfirst: () =>
      `The weekend effort is the first stage of a plan to shade the river and cool the water for fish.`,
    body: (s) => [
      `More than ${s.m} volunteers spent the weekend planting ${s.n} native trees along the riverbank in ${s.place}.`,
      `The planting is the first stage of a plan to shade the river, which has grown too warm in recent summers for trout to breed.`,
      `${s.person}, an ecologist who organised the day, said alder and willow were chosen because they grow quickly near water. "In five years you will see shade along the whole stretch," ${s.surname} said.`,
      `Local schools will look after the saplings through their first summer, watering them in dry spells. ${s.surname} said a second planting day is planned for the autumn.`,
    ],
    caption: (s) => `Volunteers planting saplings on the riverbank in ${s.place}.`,
  },
  {
    category: "Business",
    headline: (s) => `${s.place} bakery doubles staff after winning regional award`,
    standfirst: () =>
      `Orders have tripled since the family-run bakery was named the region's best, its owner says.`,
    body: (s) => [
      `A family-run bakery in ${s.place} is taking on ${s.m} new staff after orders tripled following a regional award.`,
      `${s.person} opened the bakery eleven years ago in a former shoe shop on the high street.`,
      `"We went from selling out by noon to selling out by ten," ${s.surname} said. "We had to hire or start turning people away."`,
      `The bakery now bakes around ${s.n} loaves a day and plans to open a second oven room behind the shop next year.`,
    ],
    caption: (s) => `Bakers at work before dawn at the award-winning bakery in ${s.place}.`,
  },
  {
    category: "Sport",
    headline: (s) => `${s.place} Rovers win late to reach the county cup final`,
    standfirst: (s) =>
      `A header in the last minute sends the amateur side to their first final in ${s.m} years.`,
    body: (s) => [
      `${s.place} Rovers reached the county cup final for the first time in ${s.m} years with a last-minute header on Saturday.`,
      `The amateur side had trailed for most of the second half before equalising with ten minutes left in front of a crowd of ${s.n}.`,
      `Captain ${s.person} scored the winner from a corner. "I just shut my eyes and jumped," ${s.surname} said afterwards.`,
      `The final will be played next month. The club says it will put on coaches for supporters.`,
    ],
    caption: (s) => `${s.place} Rovers players celebrate the late winner.`,
  },
  {
    category: "Health",
    headline: (s) => `New walk-in clinic in ${s.place} sees ${s.n} patients in first week`,
    standfirst: () =>
      `The clinic, open evenings and weekends, is meant to take pressure off the town's hospital.`,
    body: (s) => [
      `A walk-in clinic that opened in ${s.place} last week saw ${s.n} patients in its first seven days.`,
      `The clinic is open in the evenings and at weekends, when the town's GP surgeries are closed.`,
      `${s.person}, the nurse who runs it, said most patients came with minor injuries and infections that would otherwise have gone to the hospital's emergency department.`,
      `${s.surname} said waits had averaged ${s.m} minutes. The health board will review the clinic's first three months before deciding whether to extend its hours.`,
    ],
    caption: (s) => `The waiting room of the new walk-in clinic in ${s.place}.`,
  },
  {
    category: "Culture",
    headline: (s) => `${s.place} library reopens with a stage and a seed bank`,
    standfirst: (s) =>
      `After ${s.m} months of building work, the library has room for readings, concerts and swapping seeds.`,
    body: (s) => [
      `${s.place}'s library reopened on Saturday after ${s.m} months of building work, with a small stage and a seed bank beside the books.`,
      `${s.n} people came through the doors on the first day, the library said.`,
      `${s.person}, the head librarian, said the stage would host readings and concerts on Friday evenings. "A library is the last warm room in town where nobody asks you to buy anything," ${s.surname} said.`,
      `The seed bank lets residents borrow seeds in spring and bring back seeds from their own plants in autumn.`,
    ],
    caption: (s) => `Residents at the reopened library in ${s.place}.`,
  },
];

/** A place name for a title from its slug: "harbourside-ledger" → "Harbourside". */
export function placeOf(slug: string): string {
  const words = slug.replace(/^the-/, "").split("-").slice(0, -1);
  const name = (words.length > 0 ? words : ["Riverside"]).join(" ");
  return name.replace(/\b\w/g, (c) => c.toUpperCase());
}

function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/** Story number `index` of a title, published at `publishedAt`. */
export function storyFor(slug: string, index: number, publishedAt: Date): Story {
  const h = hash(`${slug}:${index}`);
  const template = templates[h % templates.length] ?? templates[0];
  if (!template) throw new Error("no templates");
  const first = firstNames[(h >>> 4) % firstNames.length] ?? "Maren";
  const surname = surnames[(h >>> 8) % surnames.length] ?? "Quill";
  const slots: Slots = {
    place: placeOf(slug),
    person: `${first} ${surname}`,
    surname,
    n: 20 + ((h >>> 12) % 400),
    m: 4 + ((h >>> 20) % 20),
  };
  return {
    guid: `wire:${slug}:${index}`,
    headline: template.headline(slots),
    standfirst: template.standfirst(slots),
    paragraphs: template.body(slots),
    caption: template.caption(slots),
    category: template.category,
    publishedAt,
  };
}
