// Learn the statement model from annotated articles: every statement the rules find, labelled right when it matches
// a gold statement (words and speaker, one-to-one, as `newskg eval` matches them), and an L2-regularised logistic
// regression over their features. Statements it finds less than KEEP likely are left out; the report shows, for each
// threshold, the F1 when each fifth of the articles is scored by a model learned on the other four.
import { findStatementCandidates } from '../extract/article/article.js';
import { statementFeatures, likelihood, type Features } from '../extract/statements/likelihood.js';
import type { Lexicons, StatementModel } from '../extract/lexicon/lexicons.js';
import type { ArticleInput } from '../ingest/types.js';
import { goldNamer, greedyMatch, textMatchScore } from './score.js';
import type { Gold } from './gold.js';

/** One statement the rules found, what the model reads of it, and whether it is right. */
export interface LabelledStatement {
  article: string;
  features: Features;
  right: boolean;
}

export interface TrainingSet {
  statements: LabelledStatement[];
  /** Gold statements (not optional) of the articles read: what recall is counted against. */
  goldStatements: number;
  articles: number;
}

/** Every statement the rules find in the annotated articles, labelled against the gold. */
export async function labelStatements(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, gold: Gold, lex: Lexicons): Promise<TrainingSet> {
  const namer = goldNamer(gold);
  const set: TrainingSet = { statements: [], goldStatements: 0, articles: 0 };
  for await (const input of articles) {
    const g = gold.articles[input.id];
    if (!g) continue;
    namer.article(g);
    const { reading, statements } = findStatementCandidates(input, lex);
    const goldName = (key: string | undefined) => {
      const e = key === undefined ? undefined : reading.ctx.entities.get(key);
      return e ? namer.found([e.name, ...e.aliases], e.wikidata) ?? null : null;
    };
    const pairing = greedyMatch(statements, g.statements, (s, gs) => (goldName(s.speaker) === namer.gold(gs.speaker) ? textMatchScore(s.text, gs.text) : 0));
    const right = new Set(pairing.pairs.filter(([, gs]) => !gs.optional).map(([s]) => s));
    // A statement the gold calls optional is neither right nor wrong: it teaches nothing.
    const optional = new Set(pairing.pairs.filter(([, gs]) => gs.optional).map(([s]) => s));
    const features = statementFeatures(reading.ctx, statements);
    statements.forEach((s, i) => {
      if (!optional.has(s)) set.statements.push({ article: input.id, features: features[i]!, right: right.has(s) });
    });
    set.goldStatements += g.statements.filter((gs) => !gs.optional).length;
    set.articles++;
  }
  return set;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  /** Gradient steps. */
  steps?: number;
}

const FIT_DEFAULTS = { l2: 1, steps: 3000 } as const;

/** An L2-regularised logistic regression by full-batch gradient descent on the mean log-loss. */
export function fitLogistic(examples: readonly LabelledStatement[], options: FitOptions = {}): Pick<StatementModel, 'bias' | 'weights'> {
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
  return { bias: round(bias), weights: Object.fromEntries(names.map((name, j) => [name, round(w[j]!)]).filter(([, v]) => v !== 0)) };
}

/** Precision, recall and F1 when the statements at least `keep` likely are kept. */
export function scoreAt(examples: readonly { right: boolean; p: number }[], goldStatements: number, keep: number): { precision: number; recall: number; f1: number } {
  const kept = examples.filter((e) => e.p >= keep);
  const tp = kept.filter((e) => e.right).length;
  const precision = kept.length === 0 ? 1 : tp / kept.length;
  const recall = goldStatements === 0 ? 1 : tp / goldStatements;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Thresholds the report scores. */
export const KEEP_THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6] as const;
/**
 * Statements less likely than this are left out. Not the development corpus's best F1 (about 0.5, where it is flat from
 * 0.3): what this corpus's annotators left out (bare denials, « X a démenti ») other annotators keep, so only
 * statements the model finds mostly wrong go; a user who wants more precision asks for it (`--min-confidence`).
 */
export const KEEP = 0.3;
const FOLDS = 5;

export interface TrainingReport {
  model: StatementModel;
  /** Scores at each threshold, each article scored by a model learned without its fifth of the articles. */
  crossValidated: { keep: number; precision: number; recall: number; f1: number }[];
  statements: number;
  right: number;
}

/** Fold of an article: by a hash of its id, so that the folds do not depend on the order articles come in. */
function foldOf(article: string): number {
  let h = 0;
  for (const c of article) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return h % FOLDS;
}

/** Learn the model from a labelled set, and choose its threshold by cross-validation. */
export function trainStatementModel(set: TrainingSet, trainedOn: string, options: FitOptions = {}): TrainingReport {
  const scored: { right: boolean; p: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = { keep: 0, ...fitLogistic(set.statements.filter((e) => foldOf(e.article) !== k), options) };
    for (const e of set.statements.filter((x) => foldOf(x.article) === k)) scored.push({ right: e.right, p: likelihood(model, e.features) });
  }
  const crossValidated = KEEP_THRESHOLDS.map((keep) => ({ keep, ...scoreAt(scored, set.goldStatements, keep) }));
  const model: StatementModel = { keep: KEEP, ...fitLogistic(set.statements, options), trainedOn };
  return { model, crossValidated, statements: set.statements.length, right: set.statements.filter((e) => e.right).length };
}
