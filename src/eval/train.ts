// Learn the models that say how likely what the rules find is to be right, from annotated articles: every statement
// the rules find, labelled right when it matches a gold statement (words and speaker, one-to-one, as `newskg eval`
// matches them), and every response, labelled right when someone it answers is one the gold says its speaker
// answered; then an L2-regularised logistic regression over their features. The report shows, for each threshold, the
// precision and recall when each fifth of the articles is scored by a model learned on the other four.
import { findResponseCandidates, findStatementCandidates } from '../extract/article/article.js';
import { statementFeatures } from '../extract/statements/likelihood.js';
import { responseFeatures } from '../extract/responses/likelihood.js';
import { peopleAnswered } from '../extract/responses/responses.js';
import { likelihood, type Features } from '../extract/logistic.js';
import type { Lexicons, LogisticModel } from '../extract/lexicon/lexicons.js';
import type { ArticleInput } from '../ingest/types.js';
import { goldNamer, greedyMatch, textMatchScore } from './score.js';
import type { Gold } from './gold.js';

/** One thing the rules found (a statement, a response), what the model reads of it, and whether it is right. */
export interface LabelledExample {
  article: string;
  /** What it finds, as the scorer counts it: one statement, one pair of who answered whom in an article. */
  finds: string;
  features: Features;
  right: boolean;
}

export interface TrainingSet {
  examples: LabelledExample[];
  /** Gold items (not optional) of the articles read: what recall is counted against. */
  gold: number;
}

export interface TrainingSets {
  statements: TrainingSet;
  responses: TrainingSet;
  articles: number;
}

/** Every statement and response the rules find in the annotated articles, labelled against the gold. */
export async function labelArticles(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, gold: Gold, lex: Lexicons): Promise<TrainingSets> {
  const namer = goldNamer(gold);
  const sets: TrainingSets = { statements: { examples: [], gold: 0 }, responses: { examples: [], gold: 0 }, articles: 0 };
  for await (const input of articles) {
    const g = gold.articles[input.id];
    if (!g) continue;
    namer.article(g);
    const found = findStatementCandidates(input, lex);
    const goldName = (key: string | undefined) => {
      const e = key === undefined ? undefined : found.reading.ctx.entities.get(key);
      return e ? namer.found([e.name, ...e.aliases], e.wikidata) ?? null : null;
    };

    const pairing = greedyMatch(found.statements, g.statements, (s, gs) => (goldName(s.speaker) === namer.gold(gs.speaker) ? textMatchScore(s.text, gs.text) : 0));
    const right = new Set(pairing.pairs.filter(([, gs]) => !gs.optional).map(([s]) => s));
    // A statement the gold calls optional is neither right nor wrong: it teaches nothing.
    const optional = new Set(pairing.pairs.filter(([, gs]) => gs.optional).map(([s]) => s));
    statementFeatures(found.reading.ctx, found.statements).forEach((features, i) => {
      const s = found.statements[i]!;
      if (!optional.has(s)) sets.statements.examples.push({ article: input.id, finds: `${input.id} ${s.key}`, features, right: right.has(s) });
    });
    sets.statements.gold += g.statements.filter((gs) => !gs.optional).length;

    const { statements, events, responses } = findResponseCandidates(found, lex);
    const pair = (from: string | null, to: string | null) => `${from} → ${to}`;
    const goldPairs = new Set(g.responses.filter((r) => !r.optional).map((r) => pair(namer.gold(r.from), namer.gold(r.to))));
    const optionalPairs = new Set(g.responses.filter((r) => r.optional).map((r) => pair(namer.gold(r.from), namer.gold(r.to))));
    const byKey = new Map(statements.map((s) => [s.key, s]));
    responseFeatures(found.reading.ctx, statements, events, responses).forEach((features, i) => {
      const r = responses[i]!;
      const from = goldName(byKey.get(r.from)?.speaker);
      const pairs = peopleAnswered(r.to, byKey, events).map((to) => pair(from, goldName(to))).filter((p) => p !== pair(from, from));
      const rightPair = pairs.find((p) => goldPairs.has(p));
      // (A response that answers no one else, or only whom the gold calls optional, teaches nothing.)
      if (rightPair || (pairs.length > 0 && !pairs.every((p) => optionalPairs.has(p)))) sets.responses.examples.push({ article: input.id, finds: `${input.id} ${rightPair ?? pairs[0]}`, features, right: rightPair !== undefined });
    });
    sets.responses.gold += goldPairs.size;
    sets.articles++;
  }
  return sets;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  /** Gradient steps. */
  steps?: number;
}

const FIT_DEFAULTS = { l2: 1, steps: 3000 } as const;

/** An L2-regularised logistic regression by full-batch gradient descent on the mean log-loss. */
export function fitLogistic(examples: readonly LabelledExample[], options: FitOptions = {}): Pick<LogisticModel, 'bias' | 'weights'> {
  const { l2, steps } = { ...FIT_DEFAULTS, ...options };
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const column = new Map(names.map((n, j) => [n, j]));
  const rows = examples.map((e) => Object.entries(e.features).filter(([, v]) => v !== 0).map(([n, v]) => [column.get(n)!, v] as const));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = Math.max(1, examples.length);
  const rate = 0.5;
  for (let step = 0; step < steps; step++) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const [j, v] of row) z += w[j]! * v;
      const error = 1 / (1 + Math.exp(-z)) - (examples[i]!.right ? 1 : 0);
      gradBias += error;
      for (const [j, v] of row) grad[j]! += error * v;
    });
    bias -= (rate * gradBias) / n;
    for (let j = 0; j < w.length; j++) w[j]! -= rate * (grad[j]! / n + (l2 * w[j]!) / n);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { bias: round(bias), weights: Object.fromEntries(names.map((name, j) => [name, round(w[j]!)] as const).filter(([, v]) => v !== 0)) };
}

/** Precision, recall and F1 when what is at least `keep` likely is kept, each thing found counted once. */
export function scoreAt(examples: readonly { finds: string; right: boolean; p: number }[], gold: number, keep: number): { precision: number; recall: number; f1: number } {
  const kept = examples.filter((e) => e.p >= keep);
  const found = new Set(kept.map((e) => e.finds));
  const tp = new Set(kept.filter((e) => e.right).map((e) => e.finds)).size;
  const precision = found.size === 0 ? 1 : tp / found.size;
  const recall = gold === 0 ? 1 : tp / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Thresholds the report scores. */
export const THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;
/**
 * Statements less likely than this are left out. Not the development corpus's best F1 (about 0.5, where it is flat from
 * 0.3): what this corpus's annotators left out (bare denials, « X a démenti ») other annotators keep, so only
 * statements the model finds mostly wrong go; a user who wants more precision asks for it (`--min-confidence`).
 */
export const KEEP_STATEMENTS = 0.3;
/**
 * Responses less likely than this are left out: on the development corpus those the model scores under 0.2 are right
 * about one time in ten (3 right, 26 wrong of 386 articles). Above it a user chooses a threshold (`--min-confidence`).
 */
export const KEEP_RESPONSES = 0.2;
const FOLDS = 5;

export interface TrainingReport {
  model: LogisticModel;
  /** Scores at each threshold, each article scored by a model learned without its fifth of the articles. */
  crossValidated: { keep: number; precision: number; recall: number; f1: number }[];
  examples: number;
  right: number;
}

/** Fold of an article: by a hash of its id, so that the folds do not depend on the order articles come in. */
function foldOf(article: string): number {
  let h = 0;
  for (const c of article) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return h % FOLDS;
}

/** Learn a model from a labelled set, with the threshold it keeps, and score it by cross-validation. */
export function trainModel(set: TrainingSet, keep: number, trainedOn: string, options: FitOptions = {}): TrainingReport {
  const scored: { finds: string; right: boolean; p: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = { keep: 0, ...fitLogistic(set.examples.filter((e) => foldOf(e.article) !== k), options) };
    for (const e of set.examples.filter((x) => foldOf(x.article) === k)) scored.push({ finds: e.finds, right: e.right, p: likelihood(model, e.features) });
  }
  const crossValidated = THRESHOLDS.map((t) => ({ keep: t, ...scoreAt(scored, set.gold, t) }));
  const model: LogisticModel = { keep, ...fitLogistic(set.examples, options), trainedOn };
  return { model, crossValidated, examples: set.examples.length, right: set.examples.filter((e) => e.right).length };
}
