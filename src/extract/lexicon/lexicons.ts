// Load the data files that drive extraction (data/lexicon/*.json, data/kb/*.json) once, typed.
import { foldText } from '../document/normalize.js';
import countries from 'i18n-iso-countries';
import { getGender } from 'gender-detection-from-name';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { conjugateReportingVerb } from './verb-forms.js';
import path from 'node:path';
import { DATA_DIR } from '../../paths.js';
import { NewskgError } from '../../errors.js';

export interface DateLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  relativeDays: Record<string, number>;
  /** Duration units in days: « heures » is 1/24. */
  durationUnits: Record<string, number>;
  /** Words after a duration that count it forward: « après », "later". */
  durationAfter: string[];
  numberWords: Record<string, number>;
  /** Nouns of time (« lendemain », "morning"): after a verb they say when, not what. */
  timeNouns: string[];
  /** Words of the future (« doit », « se tiendra », "will", "next"): a weekday they come with is the one ahead. */
  futureCues: string[];
}

export interface LayoutLexicon {
  /** Words that mark a line as the site talking about itself ("abonnez-vous", "newsletter"). */
  selfReferenceCues: string[];
  /** Words that start a line giving the publication date ("Publié le", "date"). */
  publishedCues: string[];
  /** Words before the date a page was last changed (« modifié le », "Updated"): its publication date when none other is given. */
  updatedCues: string[];
  /** Words that start a byline ("Par", "By"). */
  bylineCues: string[];
  /** Lower-case words a byline may go on with after its cue (« Par notre envoyé spécial »); else a name follows. */
  bylineOpeners: string[];
  /** Capitalised words after a byline cue that open no name ("By Friday afternoon, …"). */
  bylineNotNames: string[];
  /** Starts of related-article teaser lines ("Lire aussi"). */
  teaserPrefixes: string[];
  /** Words of photo credits ("Getty Images"). */
  creditCues: string[];
  /** Whole lines of site navigation ("Passer au contenu"). */
  navigationLines: string[];
  /** Regular expressions (case-insensitive) for the line that opens the reader comments. */
  commentSectionCues: string[];
  /** Starts of lines where the site names itself (« Logo Le Parisien »). */
  selfReferencePrefixes: string[];
  /** Regular expressions (case-insensitive) for whole lines of page furniture: skip links, breadcrumbs, reading times. */
  chromePatterns: string[];
  /** Regular expressions for a photo credit ending a line (« AFP / JEAN DUPONT »); group 1 is the credit. */
  creditPatterns: string[];
  /** Names of a site's sections: a line made only of them is its menu (« Monde Économie Sports »). */
  sectionNames: string[];
  /** Regular expressions (case-sensitive) for whole lines that sign the article ("By Jane Roe", "(Reporting by …)"). */
  bylinePatterns: string[];
}

export interface QuoteLexicon {
  pairs: [string, string][];
  symmetric: string[];
  /** Marks of a quote inside another (‘ ’, ' '): the outer ones of a text that uses no other (a British house style). */
  inner: [string, string][];
  minWordsAlone: number;
  minWordsInReportedSpeech: number;
  /** Words that open a sentence and name the speaker of its quote with no verb (« Pour X, « … » », "According to X"). */
  speakerCues: string[];
  /** Words that make the name after them the topic of the quote that follows (« Quant à X, « … » », "As for X, "…""). */
  topicCues: string[];
  /** Nouns of what someone said (« les critiques de X », "Ms Lowry's comments"): whose words a statement answers. */
  wordNouns: string[];
  /** Nouns of an answer (« en réponse à X », "in response to X"): whom a statement answers. */
  answerNouns: string[];
  /** Nouns naming a body as criticism's object ("accusing the government of"): aimed at the body. */
  bodyObjects: string[];
  /** Nouns by which a body speaks, like an unnamed spokesperson (« la direction d'Ardelis »): their words are the body's. */
  bodyVoices: string[];
  /** Phrases after a reporting verb that make its statement an answer (« a ironisé en retour », "in response"). */
  answerAdverbs: string[];
  /**
   * Phrases of a short sentence that announce the words after it as an answer ("Sultanbekova was not impressed.",
   * « X n'est pas convaincu. »).
   */
  answerClauses: string[];
  /** Phrases of a sentence that says the story's act drew reactions (« a été accueillie avec scepticisme », "has drawn sharp reactions"). */
  reactionOpeners: string[];
  /** « la démission de X », "X's resignation": nouns of someone's leaving office, which a demand names them with. */
  departureNouns: string[];
  /** "X to resign", "X to step down": verbs of leaving office after "to". */
  departureVerbs: string[];
  /** « X doit », "X should", "X must": after a person in a reported clause, what the statement demands of them. */
  demandModals: string[];
  /** Participles that, with « par » or "by", say who questioned the speaker (« Interpellé en séance par le député X, le ministre a … », "Pressed by X, she said"). */
  questionedBy: string[];
}

export interface VenueLexicon {
  words: Record<string, string[]>;
  prepositions: string[];
  /** Words before the outlet an article cites as its source: « selon », « d'après », "according to". */
  sourceCues: string[];
  /** Words right before an outlet's name (an article may stand between): « invité de », « sur le plateau de », "speaking to". */
  outletCues: string[];
}

export type Stopwords = Record<string, string[]>;

const stopwordSets = new WeakMap<Stopwords, ReadonlySet<string>>();

/** Every language's stopwords, folded, in one set, made once per lexicon. */
export function stopwordSet(stopwords: Stopwords): ReadonlySet<string> {
  let set = stopwordSets.get(stopwords);
  if (!set) {
    set = new Set(Object.entries(stopwords).filter(([k]) => k !== 'about').flatMap(([, w]) => w.map(foldText)));
    stopwordSets.set(stopwords, set);
  }
  return set;
}

const timeNounSets = new WeakMap<DateLexicon, ReadonlySet<string>>();

/** The nouns of time (« lendemain », "morning"), folded, in one set made once per lexicon. */
export function timeNounSet(dates: DateLexicon): ReadonlySet<string> {
  let set = timeNounSets.get(dates);
  if (!set) {
    set = new Set(dates.timeNouns.map(foldText));
    timeNounSets.set(dates, set);
  }
  return set;
}

export interface NamesLexicon {
  firstNames: string[];
  /** Lower-case particles inside family names: al-, de, van, von. */
  particles: string[];
  /** Words for son or daughter of (« Ould », « Mint », "bin") that join a given name to a father's. */
  patronymics: string[];
  /** Family names written before the given name ("Trần Minh Khoa"): one before a first name opens the person's name. */
  familyNamesFirst: string[];
  /** Nouns that point back to a person named before (« le jeune homme », "the teenager"). */
  personNouns: string[];
  /** Nouns a leader's name follows to name what they lead (« le gouvernement De Wever »). */
  leaderNouns: string[];
  /** Capitalised words that never begin or make a name: articles, pronouns, calendar words, titles. */
  notNames: string[];
  /** Nouns of streets, places and buildings (« rue », "Street", "Baths"): a name that holds one is no person's. */
  placeNouns: string[];
  /** Lower-case nouns of things a name follows (« le canal Funan Techo », "the storm Freddy"): the name is no person's. */
  thingNouns: string[];
  /** Words that qualify a place's name ("Northern Ireland", « Haute-Savoie », "Central Canada"): no body's name. */
  placeQualifiers: string[];
  /** Titles written after a person's name ("MP", "MS", "TD"). */
  postNominals: string[];
}

const questionedByCache = new WeakMap<QuoteLexicon, ReadonlySet<string>>();

/** How many words a questioning participle may stand before « par », "by" (« Interrogé mardi soir par »). */
export const QUESTIONED_BY_REACH = 4;

/**
 * Whether the words before a name end on « par », "by" after a participle of questioning (« Interrogée par »,
 * « Questionnée enfin par », "pressed by"): the name is who asked, not who answered.
 */
export function questionedBy(before: readonly { folded: string }[], quotes: QuoteLexicon): boolean {
  let words = questionedByCache.get(quotes);
  if (!words) questionedByCache.set(quotes, (words = new Set(quotes.questionedBy.map(foldText))));
  const last = before.length - 1;
  if (!['par', 'by'].includes(before[last]?.folded ?? '')) return false;
  return before.slice(Math.max(0, last - QUESTIONED_BY_REACH), last).some((t) => words.has(t.folded));
}

/** Every word that stands before a name as a title of courtesy: honorifics (« M. », "Dr") and address forms (« Monsieur »). */
export function honorificWords(roles: RolesLexicon): string[] {
  return [...Object.values(roles.honorifics), ...Object.values(roles.addressForms)].flat();
}

export interface RolesLexicon {
  titles: Record<string, Record<string, string[]>>;
  honorifics: Record<string, string[]>;
  /** Honorifics a speaker addresses someone with (« Monsieur », "Mister"), by language. */
  addressForms: Record<string, string[]>;
  /** Honorifics, determiners and title forms that mark a person as a woman or a man. */
  genders: { female: string[]; male: string[] };
  nationalities: Record<string, string[]>;
  counterpart: Record<string, string[]>;
  periphrases: ({ title: string; of: string } & Record<string, string>)[];
  parties: Record<string, string[]>;
  /** Party labels set in parentheses after a member's name ("(Lab)", "(D-Ariz.)"), each with the name it stands for. */
  partyTags: Record<string, string>;
  /** Nouns a lower-case party adjective qualifies when it names the party (« le groupe socialiste »), besides titles. */
  partyMembers: string[];
  /** Lower-case words naming a ministry before its title ("the justice secretary"), by language. */
  portfolios: Record<string, string[]>;
  /** Titles in capitals that stand for a person after "the" only ("the PM"). */
  abbreviations: Record<string, string>;
  /** Nouns of kin and entourage whose complement a role can be (« le beau-frère de la ministre »), by language. */
  relations: Record<string, string[]>;
  /** Titles many people in one story hold at once (« député », "senator"): one opening a sentence may be someone else's. */
  sharedTitles: string[];
}

export interface OrganisationsLexicon {
  heads: string[];
  /** Heads of a known body's name that a place may qualify: "the Arizona House of Representatives" is no House of Representatives of the country. */
  chamberHeads: string[];
  tails: string[];
  outletNouns: string[];
  /** Words that mark a capitalised name as a news outlet: "Times", « Presse ». */
  outletNameWords: string[];
  /** Those of them that name a broadcaster: "Radio 1", "CyBC radio". */
  broadcastWords: string[];
  /** Words in capitals that name no body: « PIB », "GDP". */
  commonAcronyms: string[];
  /** Nouns that refer back to the last organisation or outlet named (« la très controversée organisation »). */
  anaphoraNouns: Record<'Organisation' | 'Outlet', string[]>;
  /** Nouns that name a kind of body before its name (« le constructeur X ») without standing for one later. */
  introducingNouns: string[];
  /** Words a campaign's slogan name opens with besides a French imperative: « Non à … », "Save …". */
  sloganOpenings: string[];
  /** Nouns after a campaign's name: "the Save X campaign". */
  campaignNouns: string[];
  /** French institutions written in lower case, named by the place after them (« la préfecture du Nord »). */
  lowercaseHeads: string[];
  /** Words that name a court (« tribunal », « cour », "court"), whose verdict reactions answer. */
  courtWords: string[];
  /** French bodies written in lower case, named by their subject (« la commission des affaires sociales »). */
  lowercaseTopicHeads: string[];
  /** English bodies named by a place and a tail in lower case ("Ashworth borough council"). */
  lowercaseTails: string[];
  /** Nouns that introduce a body by a quoted name (« la liste « Bellerive d'abord » »). */
  quotedNameNouns: string[];
}

export type EventType = 'meeting' | 'summit' | 'announcement' | 'proposal' | 'retraction' | 'denial' | 'criticism' | 'election' | 'leak' | 'other';

/** Triggers of one event type that find their participants one way: the acting subject, or everyone named. */
export interface TriggerGroup {
  actor: 'all' | 'subject';
  /** What was done to the subject (« inculpé », "fired"): its participants did not act. */
  undergone?: boolean;
  /** Read in the article's lead only: what the article is about (its guest's interview), not what it cites in passing. */
  lead?: boolean;
  /** An assembly's act (a vote): all of them an article tells on one day are one event, whoever each sentence names. */
  collective?: boolean;
  triggers: string[];
}

export interface EventsLexicon {
  types: Partial<Record<EventType, TriggerGroup[]>>;
  /** « députés », "MPs": members of a body, as a subject, stand for the body whose name holds one of these words. */
  memberNouns: Record<string, string[]>;
}

export type Stance = 'neutral' | 'criticism' | 'denial' | 'response' | 'retraction';

/** A reporting verb as the lexicon lists it: a lemma and what it says of the speaker. */
export interface ReportingVerbEntry {
  lemma: string;
  lang: string;
  stance: Stance;
  /** A verb of asking: its passive agent asked the question. */
  asks?: boolean;
  /** A response verb that reacts to what happened (« a réagi », "welcomed"), not to the statement before it. */
  reacts?: boolean;
  /** A verb that goes on with the speaker of the quote before it (« ajoute l'élu », "he added"). */
  continues?: boolean;
  /** A verb that may follow the words it reports, after a comma (« …, a ajouté la ministre », "…, the leader said"). */
  incise?: boolean;
  /** A verb of telling someone something ("told Senator X", « a lancé à X »): the person told is whom the words answer. */
  addresses?: boolean;
  /** A verb of asking for something (« a réclamé sa démission »): the act it asks for has not happened. */
  demands?: boolean;
  /** A verb whose object is whom or what it speaks of (« qualifiant la ministre de … », "describing him as …"). */
  describes?: boolean;
  /** It reports only the words it quotes ("called the plan "a fantasy"", not "called a meeting"). */
  quotes?: boolean;
  /** It says a text was put online (« a tweeté », "posted"): before its speaker's embedded tweet, it introduces it. */
  publishes?: boolean;
  /** Its passive with « par » says something else than speech (« la liste soutenue par le RN »). */
  passiveIsOther?: boolean;
  /** A court uses it to pass judgement (« a condamné X à un an de prison »): followed by a verdict, it is no speech. */
  judges?: boolean;
  /** A French verb the conjugation tables lack is conjugated like this one (« tweeter » like « chanter »). */
  model?: string;
}

/** A reporting verb with its surface forms, generated from conjugation data. */
export interface ReportingVerb extends ReportingVerbEntry {
  reflexive: boolean;
  /** The masculine singular past participle (« démenti », "denied"). */
  participle: string;
  /** Every agreement of the past participle (« démentie », « démentis »). */
  participles: string[];
  /** Finite third-person forms, reflexive pronoun included (« s'indigne », « dénoncent »). */
  forms: string[];
  /** The present participle, whose subject is the clause's (« …, accusant X de … », "…, accusing X of …"). */
  gerund?: string;
}

export interface ReportingVerbsLexicon {
  auxiliaries: Record<string, string[]>;
  verbs: ReportingVerb[];
  /** Words of a verdict or a penalty, per language (« coupable », "guilty", « de prison »), folded. */
  judgement: ReadonlySet<string>;
}

export interface Lexicons {
  dates: DateLexicon;
  layout: LayoutLexicon;
  stopwords: Stopwords;
  names: NamesLexicon;
  roles: RolesLexicon;
  verbs: ReportingVerbsLexicon;
  organisations: OrganisationsLexicon;
  quotes: QuoteLexicon;
  venues: VenueLexicon;
  events: EventsLexicon;
  kb: KnowledgeBase;
  /** Models learned from annotated articles (data/models). */
  models: { statements: LogisticModel; responses: LogisticModel };
}

/** A model learned from annotated articles (data/models/*.json): a log-odds `bias`, plus `weights[feature]` × the feature's value. */
export interface LogisticModel {
  /** What is less likely than this is not kept. */
  keep: number;
  bias: number;
  weights: Record<string, number>;
  /** What the weights were learned on. */
  trainedOn?: string;
}

export type EntityType = 'Person' | 'Organisation' | 'Outlet' | 'Place';

export interface KbRole {
  /** Role title key from data/lexicon/roles.json, e.g. "president". */
  title: string;
  /** Country, organisation or body the role is held in, e.g. "US". */
  of?: string;
  from?: string;
  to?: string;
}

export interface KbEntity {
  name: string;
  type: EntityType;
  wikidata?: string;
  aliases?: string[];
  handles?: string[];
  domains?: string[];
  roles?: KbRole[];
  affiliations?: string[];
  /** ISO 3166 code of a country (Place entities), as roles and nationalities name it. */
  country?: string;
  /** ISO 3166 code of the country a party, body or outlet belongs to; none for international bodies. */
  of?: string;
  /** ISO 3166-2 code of the region (province, nation) a body belongs to or a place is, for bodies with their own parliament. */
  region?: string;
  /**
   * Names the body goes by at home that bodies of other countries share (« la Chambre », "the Senate", "the
   * Greens"): read as this body only where the article's other entities are mostly of its country.
   */
  homeNames?: string[];
  /**
   * Lower-case adjectives that name a party after a title or a member noun (« le député socialiste », « les élus
   * insoumis »), like home names: read as the party of the article's country.
   */
  adjectives?: string[];
}

export interface KnowledgeBase {
  entities: KbEntity[];
}

export function readJsonData<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new NewskgError('EFORMAT', `cannot read data file: ${(err as Error).message}`, { file });
  }
}

function readReportingVerbs(file: string): ReportingVerbsLexicon {
  const data = readJsonData<{ auxiliaries: Record<string, string[]>; verbs: ReportingVerbEntry[]; judgement: Record<string, string | string[]> }>(file);
  const judgement = new Set(Object.entries(data.judgement).flatMap(([lang, words]) => (lang === 'about' ? [] : (words as string[]).map(foldText))));
  try {
    return { auxiliaries: data.auxiliaries, verbs: data.verbs.map(conjugateReportingVerb), judgement };
  } catch (err) {
    throw new NewskgError('EFORMAT', (err as Error).message, { file });
  }
}

/** Every JSON file of the knowledge-base folder, in file-name order, as one knowledge base. */
function readKnowledgeBase(dir: string, names: NamesLexicon): KnowledgeBase {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const entities = files.flatMap((f) => readJsonData<KnowledgeBase>(path.join(dir, f)).entities);
  return { entities: [...entities, ...countriesNotIn(entities, names), ...capitalsNotIn(entities, names)] };
}

/**
 * Every country, in English and French (i18n-iso-countries), as a place the knowledge base does not already hold:
 * "Australia" is no surname, "Swimming Australia" a body. A country named like a first name (Jordan, Israel) is
 * left out: in a news article it is more often a person.
 */
function countriesNotIn(entities: readonly KbEntity[], names: NamesLexicon): KbEntity[] {
  const held = new Set(entities.filter((e) => e.type === 'Place' && e.country && !e.region).map((e) => e.country));
  const firstNames = new Set(names.firstNames.map((n) => n.toLowerCase()));
  const english = countries.getNames('en', { select: 'all' });
  const french = countries.getNames('fr', { select: 'all' });
  // The names the press writes ("Moldova", "South Korea", « Moldavie »), where the ISO list gives the official form
  // ("Moldova, Republic of").
  const common = new Map(worldCountries().map((c) => [c.cca2, [c.name.common, c.translations.fra?.common].filter((n): n is string => n !== undefined)]));
  return Object.entries(english)
    .filter(([code]) => !held.has(code))
    .map(([code, en]) => [code, [...new Set([...en, ...(common.get(code) ?? []), ...(french[code] ?? [])])].filter((n) => !firstNames.has(n.toLowerCase()) && n.length > 2)] as const)
    .filter(([, all]) => all.length > 0)
    .map(([code, all]) => ({ name: all[0]!, type: 'Place' as const, aliases: [...new Set(all.slice(1))], country: code }));
}

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  name: { common: string };
  translations: Record<string, { common: string } | undefined>;
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}

let worldCountriesRead: WorldCountry[] | undefined;

/** world-countries' table, read once per process. */
function worldCountries(): WorldCountry[] {
  // (Read and parsed as JSON: `require` of the 1.4 MB file costs three times as long in every process and worker.)
  worldCountriesRead ??= JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as WorldCountry[];
  return worldCountriesRead;
}

/** One word or two that are no capital's name alone: "The Valley", "Saint John's" would name too much. */
const CAPITAL_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u;

/**
 * Every country's capital (world-countries, in English: accents aside, the French spelling is often the same,
 * « Hanoï », « Phnom Penh »), as a place the knowledge base does not already hold: « assure Phnom Penh » is a
 * government speaking through its seat, no person. A capital named like a first name, which is often a family name
 * too (Victoria, Stanley, Hamilton, Kingston: "Stanley Gumbo told …"), is left out.
 */
function capitalsNotIn(entities: readonly KbEntity[], names: NamesLexicon): KbEntity[] {
  const held = new Set(entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(foldText));
  const firstNames = new Set(names.firstNames.map(foldText));
  const namesSomeone = (word: string) => firstNames.has(foldText(word)) || getGender(word) !== 'unknown';
  return worldCountries().flatMap((country) =>
    (country.capital ?? [])
      .filter((name) => CAPITAL_NAME.test(name) && !held.has(foldText(name)) && !name.split(' ').some(namesSomeone))
      .map((name) => ({ name, type: 'Place' as const, country: country.cca2 })),
  );
}

/** A country's demonyms in one language, one word or phrase each ("Antiguan, Barbudan" is two; some have none). */
function demonymsOf(country: WorldCountry, lang: string): string[] {
  const d = country.demonyms?.[lang];
  return d ? [d.m, d.f].flatMap((w) => w.split(/,\s*|\s+(?:et|and|or)\s+/u)).map((w) => w.trim()).filter((w) => w !== '') : [];
}

/**
 * Every country's demonyms in French and English (world-countries), after the lexicon's own, as the nationalities
 * that qualify a title: « la ministre comorienne », « les députés tchadiens ». French adjectives are written in lower
 * case and take an « s » in the plural; English ones keep their capital and take none.
 */
function withDemonyms(roles: RolesLexicon): RolesLexicon {
  const nationalities: Record<string, string[]> = Object.fromEntries(Object.entries(roles.nationalities).map(([code, words]) => [code, [...words]]));
  for (const country of worldCountries()) {
    const french = demonymsOf(country, 'fra').map((w) => w.toLowerCase()).flatMap((w) => (/[sx]$/u.test(w) ? [w] : [w, `${w}s`]));
    const words = [...french, ...demonymsOf(country, 'eng')];
    nationalities[country.cca2] = [...new Set([...(nationalities[country.cca2] ?? []), ...words])];
  }
  return { ...roles, nationalities };
}

/** The knowledge base's party adjectives (« le député socialiste ») are party modifiers of titles too. */
function withPartyAdjectives(roles: RolesLexicon, kb: KnowledgeBase): RolesLexicon {
  const parties = { ...roles.parties };
  for (const e of kb.entities) if (e.adjectives) parties[e.name] = [...(parties[e.name] ?? []), ...e.adjectives];
  return { ...roles, parties };
}

const cache = new Map<string, Lexicons>();

/** The lexicons under a data folder (the package's own by default), read once per process. */
export function loadLexicons(dataDir: string = DATA_DIR): Lexicons {
  let lex = cache.get(dataDir);
  if (lex === undefined) {
    const names = readJsonData<NamesLexicon>(path.join(dataDir, 'lexicon', 'names.json'));
    const kb = readKnowledgeBase(path.join(dataDir, 'kb'), names);
    lex = {
      dates: readJsonData<DateLexicon>(path.join(dataDir, 'lexicon', 'dates.json')),
      layout: readJsonData<LayoutLexicon>(path.join(dataDir, 'lexicon', 'layout.json')),
      stopwords: readJsonData<Stopwords>(path.join(dataDir, 'lexicon', 'stopwords.json')),
      names,
      roles: withPartyAdjectives(withDemonyms(readJsonData<RolesLexicon>(path.join(dataDir, 'lexicon', 'roles.json'))), kb),
      verbs: readReportingVerbs(path.join(dataDir, 'lexicon', 'reporting-verbs.json')),
      organisations: readJsonData<OrganisationsLexicon>(path.join(dataDir, 'lexicon', 'organisations.json')),
      quotes: readJsonData<QuoteLexicon>(path.join(dataDir, 'lexicon', 'quotes.json')),
      venues: readJsonData<VenueLexicon>(path.join(dataDir, 'lexicon', 'venues.json')),
      events: readJsonData<EventsLexicon>(path.join(dataDir, 'lexicon', 'events.json')),
      kb,
      models: { statements: readJsonData<LogisticModel>(path.join(dataDir, 'models', 'statements.json')), responses: readJsonData<LogisticModel>(path.join(dataDir, 'models', 'responses.json')) },
    };
    cache.set(dataDir, lex);
  }
  return lex;
}

const byLanguage = new WeakMap<Lexicons, Map<string, Lexicons>>();

/**
 * The lexicons an article in one language reads with: reporting verbs of that language only, so that the English
 * "questions" or "states" is no verb in French prose. Cached, so that indexes built per lexicon are built once.
 */
export function lexiconsFor(lex: Lexicons, lang: string): Lexicons {
  if (lang !== 'fr' && lang !== 'en') return lex;
  let forLex = byLanguage.get(lex);
  if (!forLex) byLanguage.set(lex, (forLex = new Map()));
  let scoped = forLex.get(lang);
  if (!scoped) {
    scoped = { ...lex, verbs: { ...lex.verbs, verbs: lex.verbs.verbs.filter((v) => v.lang === lang) } };
    forLex.set(lang, scoped);
  }
  return scoped;
}
