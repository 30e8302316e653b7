// Every surface form of the reporting verbs, generated from maintained conjugation data (French: the Lefff tables
// of french-verbs-lefff; English: english-verbs-helper with its irregular-verb and gerund lists), so the lexicon
// lists lemmas and stances only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getConjugation, getIngPart, mergeVerbsData, type VerbsInfo } from 'english-verbs-helper';
import type { ReportingVerb, ReportingVerbEntry } from './lexicons.js';

const require = createRequire(import.meta.url);

/** Lefff conjugation table of one verb: P présent, I imparfait, J passé simple, G participe présent, K participes passés. */
type FrenchTable = Record<'P' | 'I' | 'J' | 'G' | 'K', string[]>;

/** The Lefff tables as shipped, one JSON object of 7,800 verbs, with the offset of each verb's table in it. */
interface FrenchTables {
  json: string;
  at: Map<string, number>;
}

let french: FrenchTables | undefined;
let english: VerbsInfo | undefined;

/**
 * The lexicon needs a few hundred of the 7,800 tables: each is parsed when asked for, from offsets found by one scan
 * (a table is a flat object of arrays, so it ends at its first closing brace). Parsing them all cost 130 ms a process.
 */
function frenchTableOf(verb: string): FrenchTable | undefined {
  if (!french) {
    const json = readFileSync(require.resolve('french-verbs-lefff/dist/conjugations.json'), 'utf8');
    const at = new Map<string, number>();
    for (const m of json.matchAll(/"([^"]+)":\{/gu)) at.set(m[1]!, m.index! + m[0].length - 1);
    french = { json, at };
  }
  const start = french.at.get(verb);
  return start === undefined ? undefined : (JSON.parse(french.json.slice(start, french.json.indexOf('}', start) + 1)) as FrenchTable);
}

function englishInfo(): VerbsInfo {
  english ??= mergeVerbsData(require('english-verbs-irregular/dist/verbs.json'), require('english-verbs-gerunds/dist/gerunds.json'));
  return english;
}

/** « s'indigner », « se moquer », « s'en prendre »: the pronoun before the verb. */
const REFLEXIVE = /^(?:s['’]en\s+|s['’]|se\s+)/u;

/** The reflexive pronoun as it stands before a finite form: « se moque », « s'indigne », « s'en prend ». */
function withPronoun(pronoun: string, form: string): string {
  if (pronoun.startsWith("s'en") || pronoun.startsWith('s’en')) return `s'en ${form}`;
  return /^[aeiouyhéèêëàâîïôûœ]/iu.test(form) ? `s'${form}` : `se ${form}`;
}

/**
 * A verb the tables lack (« tweeter », « rétropédaler ») is conjugated like the model the lexicon names for it:
 * the model's stem in every form is replaced by the verb's.
 */
function frenchTable(verb: string, model: string | undefined): FrenchTable {
  const own = frenchTableOf(verb);
  if (own) return own;
  const base = model ? frenchTableOf(model) : undefined;
  if (!model || !base) throw new Error(`reporting verb « ${verb} » is not in the Lefff tables: give it a "model" verb conjugated the same way`);
  const stem = (w: string) => w.slice(0, -2);
  const swap = (form: string) => (form.startsWith(stem(model)) ? stem(verb) + form.slice(stem(model).length) : form);
  return Object.fromEntries(Object.entries(base).map(([tense, forms]) => [tense, forms.map(swap)])) as FrenchTable;
}

/**
 * Third persons of the tenses news reports speech in, and the present participle (« accusant X de … »); a reflexive
 * verb's finite forms carry their pronoun, and words after the verb (« mettre en garde ») follow every form.
 */
function frenchForms(entry: ReportingVerbEntry): Omit<ReportingVerb, keyof ReportingVerbEntry | 'reflexive'> {
  const pronoun = REFLEXIVE.exec(entry.lemma)?.[0] ?? '';
  const [verb, ...rest] = entry.lemma.slice(pronoun.length).split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const t = frenchTable(verb!, entry.model);
  const finite = [t.P[2], t.P[5], t.I[2], t.I[5], t.J[2], t.J[5]].filter((f): f is string => f !== undefined && f !== 'NA');
  const participles = [...new Set(t.K.filter((f) => f !== 'NA'))].map((f) => f + tail);
  const inflect = (f: string) => (pronoun ? withPronoun(pronoun, f) : f) + tail;
  return { participle: participles[0]!, participles, forms: [...new Set(finite.map(inflect))], gerund: t.G[0] ? inflect(t.G[0]) : undefined };
}

/** "hit back": the first word conjugates, the particle follows. */
function englishForms(entry: ReportingVerbEntry): Omit<ReportingVerb, keyof ReportingVerbEntry | 'reflexive'> {
  const [head, ...rest] = entry.lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const info = englishInfo();
  const past = getConjugation(info, head!, 'SIMPLE_PAST', 2, {});
  const participle = getConjugation(info, head!, 'PARTICIPLE_PAST', 2, {});
  const third = getConjugation(info, head!, 'SIMPLE_PRESENT', 2, {});
  return { participle: participle + tail, participles: [participle + tail], forms: [...new Set([past + tail, third + tail])], gerund: getIngPart(info, head!) + tail };
}

export function conjugateReportingVerb(entry: ReportingVerbEntry): ReportingVerb {
  const forms = entry.lang === 'fr' ? frenchForms(entry) : englishForms(entry);
  return { ...entry, reflexive: REFLEXIVE.test(entry.lemma), ...forms };
}
