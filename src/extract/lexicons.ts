// Load the data files that drive extraction (data/lexicon/*.json, data/kb/*.json) once, typed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../paths.js';
import { NewskgError } from '../errors.js';

export interface DateLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  relativeDays: Record<string, number>;
}

export interface LayoutLexicon {
  /** Words that mark a line as the site talking about itself ("abonnez-vous", "newsletter"). */
  selfReferenceCues: string[];
  /** Words that start a line giving the publication date ("Publié le", "date"). */
  publishedCues: string[];
  /** Words that start a byline ("Par", "By"). */
  bylineCues: string[];
  /** Starts of related-article teaser lines ("Lire aussi"). */
  teaserPrefixes: string[];
  /** Words of photo credits ("Getty Images"). */
  creditCues: string[];
  /** Whole lines of site navigation ("Passer au contenu"). */
  navigationLines: string[];
  /** Regular expressions (case-insensitive) for the line that opens the reader comments. */
  commentSectionCues: string[];
}

export type Stopwords = Record<string, string[]>;

export interface Lexicons {
  dates: DateLexicon;
  layout: LayoutLexicon;
  stopwords: Stopwords;
  kb: KnowledgeBase;
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

const cache = new Map<string, Lexicons>();

/** The lexicons under a data folder (the package's own by default), read once per process. */
export function loadLexicons(dataDir: string = DATA_DIR): Lexicons {
  let lex = cache.get(dataDir);
  if (lex === undefined) {
    lex = {
      dates: readJsonData<DateLexicon>(path.join(dataDir, 'lexicon', 'dates.json')),
      layout: readJsonData<LayoutLexicon>(path.join(dataDir, 'lexicon', 'layout.json')),
      stopwords: readJsonData<Stopwords>(path.join(dataDir, 'lexicon', 'stopwords.json')),
      kb: readJsonData<KnowledgeBase>(path.join(dataDir, 'kb', 'entities.json')),
    };
    cache.set(dataDir, lex);
  }
  return lex;
}
