// The models learned from annotated articles (data/models, `newskg train`): logistic regressions over named features.
import type { LogisticModel } from './lexicon/lexicons.js';

/** Features: a name and a value (1 for a yes, a count's logarithm, a probability). */
export type Features = Record<string, number>;

/** Counts and lengths read as their logarithm, up to this many: a far larger article than any learned from must not swing the model. */
const MAX_LOGGED = 50;
export const logCount = (n: number) => Math.log1p(Math.min(n, MAX_LOGGED));
export const yes = (b: boolean | undefined) => (b ? 1 : 0);
/** Counts of a few read as themselves, more as this many. */
const MAX_COUNT = 3;
export const countUpTo = (n: number) => Math.min(n, MAX_COUNT);

/** The model's probability for something with these features. */
export function likelihood(model: LogisticModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** A probability as a confidence: two decimals. */
export const asConfidence = (p: number) => Math.round(p * 100) / 100;
