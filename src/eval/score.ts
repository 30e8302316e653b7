// Score a graph against gold annotations: precision, recall and F1 per kind, micro-averaged over articles,
// with the misses and false hits, following the matching rules of the gold format.
import { foldName, goldNameIndex, namesInGoldArticle, splitList, type Gold, type GoldArticle, type GoldEvent, type GoldListItem, type GoldStatement } from './gold.js';
import type { GraphView, ViewEvent, ViewStatement } from './graph-view.js';
import { pushTo } from '../collections.js';

export const KINDS = ['people', 'organisations', 'outlets', 'statements', 'responses', 'events'] as const;
export type Kind = (typeof KINDS)[number];

export interface KindScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  false_hits: string[];
}

export type EvalReport = Record<Kind, KindScore> & {
  /** Over statements whose text matched a gold statement: the share with the right speaker. */
  speaker_accuracy: number | null;
  /** Over gold pairs in one cluster whose both statements were found: the share the graph also puts in one cluster. */
  cluster_purity: number | null;
  articles: { scored: number; missing: string[] };
};

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  readonly misses: string[] = [];
  readonly falseHits: string[] = [];

  score(): KindScore {
    const precision = this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
    const recall = this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, tp: this.tp, fp: this.fp, fn: this.fn, misses: this.misses, false_hits: this.falseHits };
  }
}

/** Tokens of a text as the matching rules say: lower-cased, accents and punctuation removed. */
function textTokens(text: string): string[] {
  return foldName(text).split(' ').filter(Boolean);
}

export function tokenF1(a: string, b: string): number {
  const ta = textTokens(a);
  const tb = textTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** Token F1 ≥ 0.5, or one text contains the other; the score orders greedy matching. */
export function textMatchScore(found: string, gold: string): number {
  const f1 = tokenF1(found, gold);
  const fa = foldName(found);
  const ga = foldName(gold);
  const contains = fa.length > 0 && ga.length > 0 && (fa.includes(ga) || ga.includes(fa));
  return f1 >= 0.5 || contains ? Math.max(f1, contains ? 0.5 : 0) : 0;
}

/** Compare two sets per article; optional gold items are neither missed nor false when found. */
function scoreSets(tally: Tally, article: string, found: Set<string>, gold: Set<string>, optional: Set<string>): void {
  for (const g of gold) {
    if (found.has(g)) tally.tp++;
    else {
      tally.fn++;
      tally.misses.push(`${article}: ${g}`);
    }
  }
  for (const f of found) {
    if (gold.has(f) || optional.has(f)) continue;
    tally.fp++;
    tally.falseHits.push(`${article}: ${f}`);
  }
}

interface Pairing<F, G> {
  pairs: [F, G][];
  unmatchedFound: F[];
  unmatchedGold: G[];
}

/**
 * One-to-one greedy matching by best score, required gold items first: a found item that fits a required item and an
 * optional one counts for the required one (matched to the optional one, the required one would be missed, though
 * found).
 */
export function greedyMatch<F, G extends { optional?: boolean }>(found: readonly F[], gold: readonly G[], score: (f: F, g: G) => number): Pairing<F, G> {
  const candidates: [number, number, number][] = [];
  found.forEach((f, i) => gold.forEach((g, j) => {
    const s = score(f, g);
    if (s > 0) candidates.push([s, i, j]);
  }));
  const optional = (j: number) => (gold[j]!.optional ? 1 : 0);
  candidates.sort((a, b) => optional(a[2]) - optional(b[2]) || b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedF = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [F, G][] = [];
  for (const [, i, j] of candidates) {
    if (usedF.has(i) || usedG.has(j)) continue;
    usedF.add(i);
    usedG.add(j);
    pairs.push([found[i]!, gold[j]!]);
  }
  return { pairs, unmatchedFound: found.filter((_, i) => !usedF.has(i)), unmatchedGold: gold.filter((_, j) => !usedG.has(j)) };
}

function scorePairing<F, G extends { optional?: boolean }>(tally: Tally, article: string, p: Pairing<F, G>, show: { found: (f: F) => string; gold: (g: G) => string }): void {
  for (const [, g] of p.pairs) if (!g.optional) tally.tp++;
  for (const g of p.unmatchedGold) {
    if (g.optional) continue;
    tally.fn++;
    tally.misses.push(`${article}: ${show.gold(g)}`);
  }
  for (const f of p.unmatchedFound) {
    tally.fp++;
    tally.falseHits.push(`${article}: ${show.found(f)}`);
  }
}

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A date agrees with the gold's at the gold's precision: "2017-07" accepts "2017-07-07". */
function datesAgree(found: string | undefined, gold: string | null): boolean {
  if (gold === null) return true;
  return found !== undefined && found.slice(0, gold.length) === gold;
}

export interface EvalOptions {
  /** Statements and responses the extractor was less sure of than this are left out, as a user filtering the graph would. */
  minConfidence?: number;
}

/** Confidence thresholds the report's curve is computed at. */
export const CONFIDENCE_THRESHOLDS = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export interface ThresholdScore {
  threshold: number;
  statements: Pick<KindScore, 'precision' | 'recall' | 'f1'>;
  responses: Pick<KindScore, 'precision' | 'recall' | 'f1'>;
}

/** Precision and recall of statements and responses when only what is at least this sure is kept. */
export function confidenceCurve(view: GraphView, gold: Gold, thresholds: readonly number[] = CONFIDENCE_THRESHOLDS): ThresholdScore[] {
  const prf = ({ precision, recall, f1 }: KindScore) => ({ precision, recall, f1 });
  return thresholds.map((threshold) => {
    const report = evaluate(view, gold, { minConfidence: threshold });
    return { threshold, statements: prf(report.statements), responses: prf(report.responses) };
  });
}

/**
 * Gold names for what was found: `article(g)` tells which article is scored (an alias two gold entities share
 * resolves to the one this article names); `found(names, wikidata)` is the gold name of an entity known by these
 * names (through Wikidata, its name or an alias; else its own first name); `gold(name)`, of a name the gold writes.
 */
export function goldNamer(gold: Gold) {
  const names = goldNameIndex(gold);
  let articleNames = new Set<string>();
  const lookup = (name: string): string | undefined => {
    const candidates = names.get(foldName(name));
    return candidates?.find((n) => articleNames.has(n)) ?? candidates?.[0];
  };
  const goldWikidata = new Map(Object.entries(gold.entities).filter(([, e]) => e.wikidata).map(([n, e]) => [e.wikidata!, n]));
  return {
    article(g: GoldArticle): void {
      articleNames = namesInGoldArticle(g);
    },
    found(entityNames: readonly string[], wikidata?: string): string | undefined {
      if (wikidata && goldWikidata.has(wikidata)) return goldWikidata.get(wikidata)!;
      for (const n of entityNames) {
        const hit = lookup(n);
        if (hit) return hit;
      }
      return entityNames[0];
    },
    gold: (name: string | null): string | null => (name === null ? null : lookup(name) ?? name),
  };
}

export function evaluate(view: GraphView, gold: Gold, options: EvalOptions = {}): EvalReport {
  const minConfidence = options.minConfidence ?? 0;
  const namer = goldNamer(gold);
  /** The gold name of a graph entity. */
  const canonical = (iri: string | undefined): string | null => {
    if (iri === undefined) return null;
    const e = view.entities.get(iri);
    if (!e) return iri.replace(/.*\//, '');
    return namer.found(e.names, e.wikidata) ?? iri;
  };
  const goldCanonical = namer.gold;

  const tallies = Object.fromEntries(KINDS.map((k) => [k, new Tally()])) as Record<Kind, Tally>;
  let speakerRight = 0;
  let speakerTotal = 0;
  const clusterOf = new Map<GoldStatement, string | undefined>();
  const missing: string[] = [];

  for (const [id, g] of Object.entries(gold.articles)) {
    const a = view.articles.get(id);
    if (!a) missing.push(id);
    namer.article(g);
    const mentioned = (type: string) => new Set((a?.mentions ?? []).filter((iri) => view.entities.get(iri)?.type === type).map((iri) => canonical(iri)!));
    const canonicalSets = (items: readonly GoldListItem[]) => {
      const { required, optional } = splitList(items);
      return [new Set(required.map((n) => goldCanonical(n)!)), new Set(optional.map((n) => goldCanonical(n)!))] as const;
    };
    scoreSets(tallies.people, id, mentioned('Person'), ...canonicalSets(g.people));
    scoreSets(tallies.organisations, id, mentioned('Organisation'), ...canonicalSets(g.organisations));
    const foundOutlets = mentioned('Outlet');
    if (a?.publishedBy) foundOutlets.add(canonical(a.publishedBy)!);
    const [goldOutlets, optionalOutlets] = canonicalSets(g.outlets_mentioned);
    if (g.outlet) goldOutlets.add(goldCanonical(g.outlet)!);
    scoreSets(tallies.outlets, id, foundOutlets, goldOutlets, optionalOutlets);

    const kept = (a?.statements ?? []).filter((st) => st.confidence >= minConfidence);
    scoreStatements(id, kept, g);
    scoreResponses(id, kept, g);
    scoreEvents(id, a?.events ?? [], g);
  }

  function scoreStatements(id: string, found: readonly ViewStatement[], g: GoldArticle): void {
    const speakerOf = (s: ViewStatement) => canonical(s.speaker);
    const pairing = greedyMatch(found, g.statements, (f, gs) => (speakerOf(f) === goldCanonical(gs.speaker) ? textMatchScore(f.text, gs.text) : 0));
    scorePairing(tallies.statements, id, pairing, {
      found: (f) => `${speakerOf(f) ?? '(no speaker)'}: “${clip(f.text)}”`,
      gold: (gs) => `${gs.speaker ?? '(no speaker)'}: “${clip(gs.text)}”`,
    });
    for (const [f, gs] of pairing.pairs) clusterOf.set(gs, f.cluster ?? f.iri);
    // Speaker accuracy: match on text alone, then compare speakers.
    const byText = greedyMatch(found, g.statements, (f, gs) => textMatchScore(f.text, gs.text));
    for (const [f, gs] of byText.pairs) {
      speakerTotal++;
      if (speakerOf(f) === goldCanonical(gs.speaker)) speakerRight++;
    }
  }

  function scoreResponses(id: string, found: readonly ViewStatement[], g: GoldArticle): void {
    const pairs = new Set<string>();
    for (const s of found) {
      const from = canonical(s.speaker);
      if (!from) continue;
      for (const { target, confidence } of s.respondsTo) {
        if (confidence < minConfidence) continue;
        const tos = view.statements.has(target)
          ? [canonical(view.statements.get(target)!.speaker)]
          : view.entities.has(target)
            ? [canonical(target)]
            : (view.events.get(target)?.participants ?? []).map((p) => canonical(p));
        for (const to of tos) if (to && to !== from) pairs.add(`${from} → ${to}`);
      }
    }
    const key = (r: { from: string; to: string }) => `${goldCanonical(r.from)} → ${goldCanonical(r.to)}`;
    scoreSets(tallies.responses, id, pairs, new Set(g.responses.filter((r) => !r.optional).map(key)), new Set(g.responses.filter((r) => r.optional).map(key)));
  }

  function scoreEvents(id: string, found: readonly ViewEvent[], g: GoldArticle): void {
    const pairing = greedyMatch(found, g.events, (f, ge) => {
      const participants = new Set(f.participants.map((p) => canonical(p)));
      const shared = ge.participants.filter((p) => participants.has(goldCanonical(p))).length;
      if (shared === 0) return 0;
      if (ge.date === null) return f.type === ge.type ? 1 + shared : 0;
      if (!datesAgree(f.date, ge.date)) return 0;
      return (f.type === ge.type ? 2 : 1) + shared;
    });
    const show = (type: string, date: string | null | undefined, participants: string[]) => `${type} ${date ?? 'undated'} (${participants.join(', ')})`;
    scorePairing(tallies.events, id, pairing, {
      found: (f) => show(f.type, f.date, f.participants.map((p) => canonical(p) ?? p)),
      gold: (ge: GoldEvent) => show(ge.type, ge.date, ge.participants),
    });
  }

  // Cluster purity over gold pairs of one cluster whose statements were both found with the right speaker.
  const byCluster = new Map<string, GoldStatement[]>();
  for (const g of Object.values(gold.articles)) {
    for (const s of g.statements) if (s.cluster && clusterOf.has(s)) pushTo(byCluster, s.cluster, s);
  }
  let samePairs = 0;
  let pairs = 0;
  for (const members of byCluster.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        pairs++;
        if (clusterOf.get(members[i]!) === clusterOf.get(members[j]!)) samePairs++;
      }
    }
  }
  return {
    ...(Object.fromEntries(KINDS.map((k) => [k, tallies[k].score()])) as Record<Kind, KindScore>),
    speaker_accuracy: speakerTotal === 0 ? null : speakerRight / speakerTotal,
    cluster_purity: pairs === 0 ? null : samePairs / pairs,
    articles: { scored: Object.keys(gold.articles).length - missing.length, missing },
  };
}
