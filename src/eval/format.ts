// The evaluation report as a table with the misses and false hits, for people.
import { KINDS, type EvalReport, type ThresholdScore } from './score.js';

const f3 = (n: number | null) => (n === null ? '—' : n.toFixed(3));

/** Precision and recall of statements and responses at each confidence threshold, for choosing one. */
function formatCurve(curve: readonly ThresholdScore[]): string[] {
  const lines = ['', 'by confidence   statements: P      R      F1       responses: P      R      F1'];
  for (const row of curve) {
    const s = row.statements;
    const r = row.responses;
    lines.push(`  >= ${row.threshold.toFixed(2)}                  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}               ${f3(r.precision)}  ${f3(r.recall)}  ${f3(r.f1)}`);
  }
  return lines;
}

export function formatReport(report: EvalReport, curve: readonly ThresholdScore[] = []): string {
  const lines = ['kind            precision  recall   f1      tp   fp   fn'];
  for (const k of KINDS) {
    const s = report[k];
    lines.push(`${k.padEnd(16)}${f3(s.precision).padEnd(11)}${f3(s.recall).padEnd(9)}${f3(s.f1).padEnd(8)}${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.fn).padStart(3)}`);
  }
  lines.push('', `speaker accuracy ${f3(report.speaker_accuracy)}   cluster purity ${f3(report.cluster_purity)}   articles scored ${report.articles.scored}`);
  if (curve.length > 0) lines.push(...formatCurve(curve));
  if (report.articles.missing.length > 0) lines.push(`articles in the gold but not in the graph: ${report.articles.missing.join(', ')}`);
  for (const k of KINDS) {
    const { misses, false_hits: falseHits } = report[k];
    if (misses.length === 0 && falseHits.length === 0) continue;
    lines.push('', `${k}:`);
    for (const m of misses) lines.push(`  miss       ${m}`);
    for (const f of falseHits) lines.push(`  false hit  ${f}`);
  }
  return `${lines.join('\n')}\n`;
}
