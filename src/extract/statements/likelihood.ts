// How likely each found statement is to be right (its words, and its speaker), from what the article shows of it:
// which rule found it, how its speaker is named and where, what else the sentence holds. A logistic model, its
// weights learned on annotated articles (`newskg train`, data/models/statements.json), gives every statement its
// confidence; the least likely are left out.
import { mentionsIn, mentionsWithin, type Context } from './discourse.js';
import { asConfidence, countUpTo, likelihood, logCount, yes, type Features } from '../logistic.js';
import type { LogisticModel } from '../lexicon/lexicons.js';
import type { Span, Statement } from '../types.js';

const inSpan = (outer: Span) => (inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** For each statement, how many others share some of its words' offsets: the same words read twice, one reading wrong. */
function overlapCounts(statements: readonly Statement[]): number[] {
  const spans = statements.flatMap((s, i) => s.spans.map((sp) => ({ ...sp, i }))).sort((a, b) => a.start - b.start);
  const others = statements.map(() => new Set<number>());
  // Sweep in start order, keeping the spans still open: near-linear when few overlap.
  let open: typeof spans = [];
  for (const sp of spans) {
    open = open.filter((o) => o.end > sp.start);
    for (const o of open) {
      if (o.i === sp.i) continue;
      others[o.i]!.add(sp.i);
      others[sp.i]!.add(o.i);
    }
    open.push(sp);
  }
  return others.map((o) => countUpTo(o.size));
}

/** Per-article counts the features read: mentions per entity, statements per speaker, the most named person. */
interface ArticleCounts {
  mentions: Map<string, number>;
  statements: Map<string | undefined, number>;
  mostNamed?: string;
  overlaps: number[];
  /** Where the article's first heading, its title, starts. */
  headline?: number;
}

/** The kind of line a statement stands on; the title is the headline, other short lines (a tweet's, a subhead) are body. */
function lineKind(ctx: Context, at: number, headline: number | undefined): string {
  const line = ctx.doc.lineAt(at);
  if (!line) return 'none';
  if (line.kind !== 'heading') return line.kind;
  return line.span.start === headline ? 'headline' : 'body';
}

function articleCounts(ctx: Context, statements: readonly Statement[]): ArticleCounts {
  const mentions = new Map<string, number>();
  for (const m of ctx.mentions) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
  const bySpeaker = new Map<string | undefined, number>();
  for (const s of statements) bySpeaker.set(s.speaker, (bySpeaker.get(s.speaker) ?? 0) + 1);
  let mostNamed: string | undefined;
  for (const [key, n] of mentions) if (ctx.entities.get(key)?.type === 'Person' && n > (mentions.get(mostNamed ?? '') ?? 0)) mostNamed = key;
  const headline = ctx.doc.lines.find((l) => l.kind === 'heading')?.span.start;
  return { mentions, statements: bySpeaker, mostNamed, overlaps: overlapCounts(statements), headline };
}

/** What the model reads of one statement. */
function featuresOf(ctx: Context, s: Statement, counts: ArticleCounts, index: number): Features {
  const first = s.spans[0]!;
  const last = s.spans[s.spans.length - 1]!;
  const sentence = ctx.doc.sentenceAt(first.start);
  const speakerType = s.speaker ? ctx.entities.get(s.speaker)?.type ?? 'none' : 'none';
  const words = s.text.split(/\s+/u).filter(Boolean).length;
  const att = s.attribution;
  const inSentence = sentence ? mentionsWithin(ctx, sentence.start, sentence.end) : [];
  // (Outside quotes and tweets: who is named in the words said is no candidate speaker.)
  const proseOfSentence = sentence ? mentionsIn(ctx, sentence.start, sentence.end) : [];
  const ownWords = (m: { span: Span }) => s.spans.some((sp) => inSpan(sp)(m.span));
  const isPerson = (key: string) => ctx.entities.get(key)?.type === 'Person';
  return {
    [`extractor=${s.extractor}`]: 1,
    [`speaker=${speakerType}`]: 1,
    [`stance=${s.stance ?? 'none'}`]: 1,
    [`lang=${ctx.article.lang}`]: 1,
    // The headline, a caption, a teaser: where a page shortens or restates what someone said.
    [`line=${lineKind(ctx, first.start, counts.headline)}`]: 1,
    indirect: yes(s.kind === 'indirect'),
    asks: yes(s.asks),
    reacts: yes(s.reacts),
    speakerMentions: logCount(counts.mentions.get(s.speaker ?? '') ?? 0),
    speakerMostNamed: yes(s.speaker !== undefined && s.speaker === counts.mostNamed),
    speakerStatements: logCount(counts.statements.get(s.speaker) ?? 0),
    // A speaker named inside the words is more often someone they speak of.
    speakerInside: yes(s.speaker !== undefined && inSentence.some((m) => m.entity === s.speaker && ownWords(m))),
    otherPeopleInSentence: countUpTo(proseOfSentence.filter((m) => m.entity !== s.speaker && isPerson(m.entity) && !ownWords(m)).length),
    // A party or an agency given the words of a sentence that names a person.
    bodyBesidePerson: yes(speakerType !== 'Person' && speakerType !== 'none' && proseOfSentence.some((m) => isPerson(m.entity))),
    attribution: yes(att !== undefined),
    attributionDistance: att ? logCount(Math.max(0, att.start - last.end, first.start - att.end)) : 0,
    attributionInSentence: yes(att !== undefined && sentence !== undefined && inSpan(sentence)(att)),
    words: logCount(words),
    short: yes(words <= 3),
    question: yes(/\?\s*$/u.test(s.text)),
    quoteMarks: yes(/[«»"“”]/u.test(s.text)),
    startsSentence: yes(sentence !== undefined && first.start <= sentence.start + 1),
    wholeSentence: yes(sentence !== undefined && first.start <= sentence.start + 1 && last.end >= sentence.end - 2),
    capital: yes(/^\p{Lu}/u.test(s.text)),
    overlaps: counts.overlaps[index]!,
    dated: yes(s.date !== undefined),
    venue: yes(s.venue !== undefined),
    source: yes(s.source !== undefined),
    fragments: yes(s.spans.length > 1),
  };
}

/** Each statement's features, in order. */
export function statementFeatures(ctx: Context, statements: readonly Statement[]): Features[] {
  const counts = articleCounts(ctx, statements);
  return statements.map((s, i) => featuresOf(ctx, s, counts, i));
}

/**
 * Words that answer, deny, criticise, ask or react: what responses are made of. Annotators disagree on whether a bare
 * « Il a démenti » is a statement, not on whether it answers someone; such words keep their place in the graph,
 * however unlikely, with their confidence.
 */
const answersSomeone = (s: Statement) => (s.stance !== undefined && s.stance !== 'neutral') || s.asks === true || s.reacts === true;

/** Each statement with the model's confidence (two decimals); the ones less likely than the model's `keep` are left out, unless they answer someone. */
export function rankStatements(ctx: Context, statements: readonly Statement[], model: LogisticModel): Statement[] {
  const features = statementFeatures(ctx, statements);
  return statements.map((s, i) => ({ ...s, confidence: asConfidence(likelihood(model, features[i]!)) })).filter((s) => s.confidence >= model.keep || answersSomeone(s));
}
