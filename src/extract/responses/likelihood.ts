// How likely each response is to be right (who answers whom), from what the article shows of it: the cue that found
// it, how sure the statement that answers is, what it answers and how far back, whether the one answered is named
// beside it. A logistic model learned on annotated articles (`newskg train`, data/models/responses.json) gives each
// response its confidence; none is left out (the model's `keep` is 0): a user chooses how sure a response must be.
import { mentionsIn, type Context } from '../statements/discourse.js';
import { asConfidence, countUpTo, likelihood, logCount, yes, type Features } from '../logistic.js';
import { peopleAnswered } from './responses.js';
import type { LogisticModel } from '../lexicon/lexicons.js';
import type { ArticleEvent, Response, Statement } from '../types.js';

/** Where what a response answers was told, if the article tells it. */
function answeredAt(response: Response, statements: ReadonlyMap<string, Statement>, events: readonly ArticleEvent[]): number | undefined {
  const to = response.to;
  if ('statement' in to) return statements.get(to.statement)?.spans[0]?.start;
  if ('event' in to) return events.find((e) => e.local === to.event)?.spans[0]?.start;
  return undefined;
}

/** What the model reads of each response, in order. */
export function responseFeatures(ctx: Context, statements: readonly Statement[], events: readonly ArticleEvent[], responses: readonly Response[]): Features[] {
  const byKey = new Map(statements.map((s) => [s.key, s]));
  const perStatement = new Map<string, number>();
  for (const r of responses) perStatement.set(r.from, (perStatement.get(r.from) ?? 0) + 1);
  const isPerson = (key: string) => ctx.entities.get(key)?.type === 'Person';
  return responses.map((r) => {
    const from = byKey.get(r.from)!;
    const answered = peopleAnswered(r.to, byKey, events).filter((k) => k !== from.speaker);
    const at = answeredAt(r, byKey, events);
    const said = from.spans[0]!.start;
    const sentence = ctx.doc.sentenceAt(said);
    const named = new Set(sentence ? mentionsIn(ctx, sentence.start, sentence.end).map((m) => m.entity) : []);
    return {
      [`cue=${r.cue}`]: 1,
      [`to=${Object.keys(r.to)[0]}`]: 1,
      [`stance=${from.stance ?? 'none'}`]: 1,
      [`lang=${ctx.article.lang}`]: 1,
      indirect: yes(from.kind === 'indirect'),
      asks: yes(from.asks),
      reacts: yes(from.reacts),
      // How sure the statement model is of the answering words and their speaker.
      fromLikelihood: from.confidence,
      fromPerson: yes(from.speaker !== undefined && isPerson(from.speaker)),
      answersPerson: yes(answered.some(isPerson)),
      answered: countUpTo(answered.length),
      answeredNamedBeside: yes(answered.some((k) => named.has(k))),
      answeredBefore: yes(at !== undefined && at < said),
      distance: at === undefined ? 0 : logCount(Math.abs(said - at) / 100),
      responsesOfStatement: countUpTo(perStatement.get(r.from) ?? 0),
    };
  });
}

/** Each response with the model's confidence; the ones less likely than the model's `keep` are left out. */
export function rankResponses(ctx: Context, statements: readonly Statement[], events: readonly ArticleEvent[], responses: readonly Response[], model: LogisticModel): Response[] {
  const features = responseFeatures(ctx, statements, events, responses);
  return responses.map((r, i) => ({ ...r, confidence: asConfidence(likelihood(model, features[i]!)) })).filter((r) => r.confidence >= model.keep);
}
