// A deterministic generator of news articles with their ground truth, for measuring speed and quality at scale.
// Each story is one act (a proposal, an announcement) by one person, the reactions it draws (criticism, reported
// opinions, a tweet) and the actor's answer; it is reported by two to four outlets, in French and in English, each
// in its own words and order, with the same quotes (translated across languages). People are drawn from thousands
// of invented names (namesakes included: one surname, several first names), outlets from hundreds, dates from seven
// years. The gold is written in the format of ../shared/gold/README.md, so `newskg eval` scores it.
// Usage as a script: tsx bench/generate.ts --articles 1000 --out /tmp/gen [--seed 7]  (articles in /tmp/gen/articles)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleInput } from '../src/index.js';
import type { Gold, GoldArticle } from '../src/eval/gold.js';
import { seededRandom } from '../src/graph/metrics.js';

type Lang = 'fr' | 'en';
type Gender = 'f' | 'm';
type Pair = [fr: string, en: string];

const FIRST: Record<Gender, string[]> = {
  f: ['Claire', 'Sophie', 'Julie', 'Camille', 'Nadia', 'Élise', 'Hélène', 'Laura', 'Sarah', 'Emma', 'Chloé', 'Léa', 'Anne', 'Marion', 'Inès', 'Fiona', 'Rachel', 'Helen', 'Karen', 'Emily', 'Grace', 'Olivia', 'Hannah', 'Megan', 'Ruth'],
  m: ['Paul', 'Julien', 'Thomas', 'Nicolas', 'Marc', 'Hugo', 'Antoine', 'Karim', 'Olivier', 'Bruno', 'Louis', 'Mathieu', 'Pierre', 'Vincent', 'Yann', 'James', 'David', 'Daniel', 'Michael', 'Peter', 'Simon', 'Andrew', 'Robert', 'Martin', 'Owen'],
};
const SURNAMES = ['Marchand', 'Lefebvre', 'Garnier', 'Roussel', 'Faure', 'Mercier', 'Blanchard', 'Guérin', 'Boyer', 'Chevalier', 'Perrin', 'Morel', 'Fournier', 'Girard', 'Lambert', 'Bonnet', 'Dupuis', 'Renard', 'Barbier', 'Arnaud', 'Vasseur', 'Morvan', 'Caradec', 'Delorme', 'Tessier', 'Berthier', 'Collet', 'Lemoine', 'Hamon', 'Besnard', 'Whitfield', 'Hollis', 'Pembury', 'Caldwell', 'Ashworth', 'Kettering', 'Brennan', 'Fogarty', 'Lowry', 'Tanner', 'Ellery', 'Horvath', 'Oyelaran', 'Pennington', 'Marsh', 'Ashdown', 'Kennedy', 'Lindsay', 'Munro', 'Galbraith', 'Henshaw', 'Garside', 'Birtles', 'Pryce', 'Anwar', 'Doyle', 'Ashby', 'Feld', 'Whitlock', 'Maddox'];
const CITIES = ['Brévannes', 'Saint-Aulaire', 'Montcorbier', 'Valmeuse', 'Ferrières', 'Rochegaude', 'Castelbrun', 'Lormont-sur-Lys', 'Bellegarde', 'Aubérive', 'Northbridge', 'Ashford Vale', 'Kingsmere', 'Port Caddon', 'Westholme', 'Elmstead', 'Carrow', 'Dunmore', 'Hollinsbury', 'Stanwick'];
/** Outlets: names of the shapes regional and national titles have, on the cities above (hundreds of them). */
const OUTLET_SHAPES: Pair[] = [
  ['Le Courrier de {c}', 'The {c} Courier'],
  ['La Gazette de {c}', 'The {c} Gazette'],
  ["L'Éclaireur de {c}", 'The {c} Echo'],
  ['Le Journal de {c}', 'The {c} Journal'],
  ['La Voix de {c}', 'The {c} Herald'],
  ['Le Messager de {c}', 'The {c} Tribune'],
  ['Radio {c}', '{c} Radio'],
  ['La Vigie de {c}', 'The {c} Observer'],
];
const PARTIES: Record<Lang, string[]> = { fr: ['Les Républicains', 'Parti socialiste', 'La France insoumise', 'Rassemblement national', 'Renaissance', 'Les Écologistes'], en: ['Labour Party', 'Conservative Party', 'Liberal Democrats', 'Green Party of England and Wales', 'Scottish National Party', 'Reform UK'] };
const PARTY_SHORT: Record<string, string> = { 'Les Républicains': 'LR', 'Parti socialiste': 'PS', 'La France insoumise': 'LFI', 'Rassemblement national': 'RN', Renaissance: 'Renaissance', 'Les Écologistes': 'écologiste', 'Labour Party': 'Labour', 'Conservative Party': 'Conservative', 'Liberal Democrats': 'Liberal Democrat', 'Green Party of England and Wales': 'Green', 'Scottish National Party': 'SNP', 'Reform UK': 'Reform UK' };
const ROLES: Record<Lang, Record<Gender, string[]>> = {
  fr: { f: ['la ministre de la Santé', 'la ministre des Transports', 'la maire', 'la présidente de la région'], m: ['le ministre de la Santé', 'le ministre des Transports', 'le maire', 'le président de la région'] },
  en: { f: ['Health Secretary', 'Transport Secretary', 'council leader', 'the mayor,'], m: ['Health Secretary', 'Transport Secretary', 'council leader', 'the mayor,'] },
};
const TOPICS: Pair[] = [
  ["une taxe sur les billets d'avion", 'a tax on plane tickets'],
  ['la fermeture de trois maternités', 'the closure of three maternity units'],
  ['un plan de rénovation des écoles', 'a plan to renovate schools'],
  ['la gratuité des transports pour les jeunes', 'free public transport for young people'],
  ['une réforme des retraites des cheminots', 'a reform of rail workers’ pensions'],
  ['un péage urbain dans le centre-ville', 'a congestion charge in the city centre'],
  ['la suppression de 400 postes de fonctionnaires', 'the cutting of 400 civil service jobs'],
  ["l'ouverture des commerces le dimanche", 'Sunday opening for shops'],
  ['un nouvel hôpital régional', 'a new regional hospital'],
  ['la hausse des loyers sociaux', 'a rise in social housing rents'],
];
const ACT_QUOTES: Pair[] = [
  ['Nous devons agir maintenant, et nous agirons avec méthode', 'We have to act now, and we will act with method'],
  ['Cette décision était nécessaire, elle sera tenue', 'This decision was necessary, and it will stand'],
  ['Personne ne sera laissé de côté, je m’y engage', 'Nobody will be left behind, I give my word'],
  ['Le statu quo coûtait plus cher que la réforme', 'The status quo was costing more than reform'],
];
const CRITICISMS: Pair[] = [
  ['C’est une provocation envers ceux qui travaillent', 'It is an insult to working people'],
  ['Ce projet est mal ficelé et profondément injuste', 'This plan is badly drafted and deeply unfair'],
  ['On nous annonce des économies, ce sont des coupes', 'They call it savings, it is cuts'],
  ['Une fois de plus, personne n’a été consulté', 'Once again, nobody was consulted'],
];
const OPINIONS: Pair[] = [
  ['le calendrier était beaucoup trop serré', 'the timetable was far too tight'],
  ['la mesure toucherait d’abord les plus modestes', 'the measure would hit the poorest first'],
  ['le financement restait flou', 'the funding remained unclear'],
  ['une concertation aurait dû précéder l’annonce', 'a consultation should have come before the announcement'],
];
const REPLIES: Pair[] = [
  ['Je n’accepte pas ces caricatures, les chiffres sont publics', 'I do not accept these caricatures, the figures are public'],
  ['Ceux qui crient aujourd’hui n’ont rien proposé pendant dix ans', 'Those shouting today proposed nothing for ten years'],
  ['Ma porte reste ouverte, mais le cap ne changera pas', 'My door stays open, but the course will not change'],
];
const TWEETS: Pair[] = [
  ['Inacceptable. Nous serons dans la rue samedi pour dire non', 'Unacceptable. We will be on the streets on Saturday to say no'],
  ['Encore une annonce sans la moindre étude d’impact', 'Yet another announcement without any impact study'],
  ['Les habitants méritent mieux que cette improvisation', 'Residents deserve better than this improvisation'],
];
const WEEKDAYS: Record<Lang, string[]> = { fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'], en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] };
const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface Person {
  name: string;
  first: string;
  surname: string;
  gender: Gender;
  handle: string;
}

export interface Generated {
  article: ArticleInput;
  gold: GoldArticle;
}

export interface GeneratedCorpus {
  articles: Iterable<Generated>;
  /** The gold's entities, complete once every article has been generated. */
  entities: Gold['entities'];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** « que une » is « qu'une », « de Ashford » is « d'Ashford ». */
const elide = (word: string, next: string) => (/^[aeiouéèêhAEIOUÉÈÊH]/u.test(next) ? `${word.slice(0, -1)}'${next}` : `${word} ${next}`);

/** `n` articles from stories of two to four reports each; the same size and seed give the same corpus. */
export function generateCorpus(n: number, seed = 7): GeneratedCorpus {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const entities: Gold['entities'] = {};
  // Thousands of people, a few hundred per thousand articles: no speaker holds more than a few dozen statements.
  const people = new Map<string, Person>();
  const personCount = Math.max(200, Math.round(n * 1.2));
  const newPerson = (): Person => {
    for (;;) {
      const gender: Gender = rnd() < 0.5 ? 'f' : 'm';
      const first = pick(FIRST[gender]);
      const surname = pick(SURNAMES);
      const name = `${first} ${surname}`;
      if (people.has(name)) {
        if (people.size >= FIRST.f.length * 2 * SURNAMES.length) return people.get(name)!;
        continue;
      }
      const p = { name, first, surname, gender, handle: `${first}${surname}`.normalize('NFD').replace(/[^A-Za-z]/g, '') };
      people.set(name, p);
      return p;
    }
  };
  const pool = Array.from({ length: Math.min(personCount, FIRST.f.length * 2 * SURNAMES.length) }, newPerson);
  const outlets = CITIES.flatMap((c) => OUTLET_SHAPES.map(([fr, en]) => [fr.replace('de {c}', elide('de', c)).replace('{c}', c), en.replace('{c}', c)] as Pair));
  const person = (p: Person) => {
    entities[p.name] ??= { type: 'Person', aliases: [p.surname, `@${p.handle}`] };
    return p.name;
  };
  const org = (name: string) => {
    entities[name] ??= { type: 'Organisation', aliases: PARTY_SHORT[name] && PARTY_SHORT[name] !== name ? [PARTY_SHORT[name]!] : [] };
    return name;
  };
  const outlet = (name: string) => {
    entities[name] ??= { type: 'Outlet', aliases: name.startsWith('The ') ? [name.slice(4)] : [] };
    return name;
  };
  const university = (city: string, lang: Lang) => {
    const name = lang === 'fr' ? `Université ${elide('de', city)}` : `University of ${city}`;
    entities[name] ??= { type: 'Organisation', aliases: [lang === 'fr' ? `University of ${city}` : `Université ${elide('de', city)}`] };
    return name;
  };
  entities.Twitter = { type: 'Organisation', aliases: ['X'] };

  function* stories(): Generator<Generated> {
    let made = 0;
    for (let story = 0; made < n; story++) {
      const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(rnd() * 7 * 365) * 86_400_000);
      const [actor, critic, analyst, tweeter] = [pick(pool), pick(pool), pick(pool), pick(pool)];
      if (new Set([actor, critic, analyst, tweeter].map((p) => p.surname)).size < 4) continue; // one surname per story
      const topic = pick(TOPICS);
      const quotes = { act: pick(ACT_QUOTES), crit: pick(CRITICISMS), opinion: pick(OPINIONS), reply: pick(REPLIES), tweet: pick(TWEETS) };
      const roleIndex = Math.floor(rnd() * 4);
      const criticParty = Math.floor(rnd() * 6);
      const city = pick(CITIES);
      const reports = 2 + Math.floor(rnd() * 3);
      for (let r = 0; r < reports && made < n; r++, made++) {
        const lang: Lang = rnd() < 0.55 ? 'fr' : 'en';
        const publisher = pick(outlets)[lang === 'fr' ? 0 : 1];
        let venue = pick(outlets)[lang === 'fr' ? 0 : 1];
        if (venue === publisher) venue = outlets[(outlets.findIndex((o) => o.includes(publisher)) + 1) % outlets.length]![lang === 'fr' ? 0 : 1];
        const published = new Date(day.getTime() + (1 + Math.floor(rnd() * 2)) * 86_400_000);
        yield render({ id: `gen-${String(made).padStart(6, '0')}`, story, lang, publisher, venue, day, published, city, actor, critic, analyst, tweeter, topic, quotes, role: ROLES[lang][actor.gender][roleIndex]!, party: PARTIES[lang][criticParty]!, order: rnd() });
      }
    }
  }

  interface Plan {
    id: string;
    story: number;
    lang: Lang;
    publisher: string;
    venue: string;
    day: Date;
    published: Date;
    city: string;
    actor: Person;
    critic: Person;
    analyst: Person;
    tweeter: Person;
    topic: Pair;
    quotes: Record<'act' | 'crit' | 'opinion' | 'reply' | 'tweet', Pair>;
    role: string;
    party: string;
    order: number;
  }

  function render(p: Plan): Generated {
    const fr = p.lang === 'fr';
    const L = fr ? 0 : 1;
    const q = (pair: Pair) => pair[L];
    const weekday = WEEKDAYS[p.lang][p.day.getUTCDay()]!;
    const date = fr ? `${p.day.getUTCDate()} ${MONTHS.fr[p.day.getUTCMonth()]} ${p.day.getUTCFullYear()}` : `${MONTHS.en[p.day.getUTCMonth()]} ${p.day.getUTCDate()}, ${p.day.getUTCFullYear()}`;
    const a = p.actor;
    const short = PARTY_SHORT[p.party] ?? p.party;
    const honorific = (x: Person) => (fr ? (x.gender === 'f' ? 'Mme' : 'M.') : x.gender === 'f' ? 'Ms' : 'Mr');
    const asked = fr ? (a.gender === 'f' ? 'Interrogée' : 'Interrogé') : 'Asked about the criticism';
    const paragraphs: string[] = [];
    paragraphs.push(fr ? `${q(p.topic).charAt(0).toUpperCase()}${q(p.topic).slice(1)} : ${a.name} persiste, l'opposition s'indigne` : `${a.name} stands by ${q(p.topic)} as critics pile in`);
    paragraphs.push(
      fr
        ? `${p.city.toUpperCase()}, ${date} – ${p.role.charAt(0).toUpperCase()}${p.role.slice(1)}, ${a.name}, a annoncé ${weekday} ${q(p.topic)}. « ${q(p.quotes.act)} », a déclaré ${honorific(a)} ${a.surname} devant la presse.`
        : `${p.city.toUpperCase()}, ${date} – ${p.role.startsWith('the ') ? `${p.role.charAt(0).toUpperCase()}${p.role.slice(1)} ${a.name}` : `${p.role.charAt(0).toUpperCase()}${p.role.slice(1)} ${a.name}`} announced ${q(p.topic)} on ${weekday}. "${q(p.quotes.act)}," ${a.surname} told reporters.`,
    );
    const reactions = [
      fr ? `« ${q(p.quotes.crit)} », a dénoncé ${p.critic.gender === 'f' ? 'la députée' : 'le député'} ${short} ${p.critic.name}.` : `"${q(p.quotes.crit)}," said ${short} MP ${p.critic.name}.`,
      fr ? `${p.analyst.name}, économiste à l'université ${elide('de', p.city)}, a estimé ${elide('que', q(p.quotes.opinion))}.` : `${p.analyst.name}, an economist at the University of ${p.city}, said ${q(p.quotes.opinion)}.`,
    ];
    if (p.order < 0.5) reactions.reverse();
    paragraphs.push(...reactions);
    paragraphs.push(fr ? `${asked} par ${p.venue}, ${honorific(a)} ${a.surname} a rejeté ces critiques : « ${q(p.quotes.reply)} ».` : `${asked} by ${p.venue}, ${a.surname} hit back: "${q(p.quotes.reply)}."`);
    const tweetDate = fr ? `${p.day.getUTCDate()} ${MONTHS.fr[p.day.getUTCMonth()]} ${p.day.getUTCFullYear()}` : `${MONTHS.en[p.day.getUTCMonth()]} ${p.day.getUTCDate()}, ${p.day.getUTCFullYear()}`;
    paragraphs.push(fr ? `Sur les réseaux sociaux, la colère montait aussi.` : `Anger was also building online.`);
    paragraphs.push(`${q(p.quotes.tweet)}\n\n— ${p.tweeter.name} (@${p.tweeter.handle}) ${tweetDate}`);
    const text = `${paragraphs.join('\n\n')}\n`;

    const cluster = (k: string) => `s${p.story}-${k}`;
    const day = iso(p.day);
    const gold: GoldArticle = {
      outlet: outlet(p.publisher),
      published: iso(p.published),
      people: [person(a), person(p.critic), person(p.analyst), person(p.tweeter)],
      organisations: [org(p.party), university(p.city, p.lang), 'Twitter'],
      outlets_mentioned: [outlet(p.venue)],
      statements: [
        { speaker: a.name, kind: 'direct', text: q(p.quotes.act), cluster: cluster('act'), date: day },
        { speaker: p.critic.name, kind: 'direct', text: q(p.quotes.crit), cluster: cluster('crit') },
        { speaker: p.analyst.name, kind: 'indirect', text: q(p.quotes.opinion), cluster: cluster('opinion') },
        { speaker: a.name, kind: 'direct', text: q(p.quotes.reply), cluster: cluster('reply'), venue: p.venue },
        { speaker: p.tweeter.name, kind: 'direct', text: q(p.quotes.tweet), cluster: cluster('tweet'), venue: 'Twitter', date: day },
      ],
      responses: [
        { from: p.critic.name, to: a.name },
        { from: p.analyst.name, to: a.name, optional: true },
        { from: a.name, to: p.critic.name },
        { from: p.tweeter.name, to: a.name },
      ],
      events: [
        { type: 'announcement', date: day, participants: [a.name] },
        { type: 'criticism', date: iso(p.published), participants: [p.critic.name], optional: true },
        { type: 'denial', date: iso(p.published), participants: [a.name], optional: true },
      ],
    };
    return { article: { id: `${p.id}.txt`, source: `${p.id}.txt`, text, given: { lang: p.lang, outlet: p.publisher, published: iso(p.published) } }, gold };
  }

  return { articles: stories(), entities };
}

/** Write the corpus as front-matter text files in DIR/articles, and its gold as DIR/gold.json. */
export function writeCorpus(n: number, dir: string, seed = 7): { files: number; articles: string; gold: string } {
  const articlesDir = path.join(dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  const { articles, entities } = generateCorpus(n, seed);
  const gold: Gold = { entities, articles: {} };
  let files = 0;
  for (const { article, gold: g } of articles) {
    const front = `---\noutlet: ${JSON.stringify(article.given.outlet)}\npublished: ${article.given.published}\nlang: ${article.given.lang}\n---\n`;
    writeFileSync(path.join(articlesDir, article.id), front + article.text);
    gold.articles[article.id] = g;
    files++;
  }
  const goldFile = path.join(dir, 'gold.json');
  writeFileSync(goldFile, `${JSON.stringify(gold, null, 1)}\n`);
  return { files, articles: articlesDir, gold: goldFile };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string', default: 'out/generated' }, seed: { type: 'string', default: '7' } } });
  const { files, articles, gold } = writeCorpus(Number(values.articles), values.out!, Number(values.seed));
  console.log(`wrote ${files} articles to ${articles}, gold in ${gold}`);
}
