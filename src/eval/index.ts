// Evaluation: score a graph against hand-made gold annotations.
export { readGold, type Gold } from './gold.js';
export { viewGraph, type GraphView } from './graph-view.js';
export { evaluate, confidenceCurve, CONFIDENCE_THRESHOLDS, tokenF1, textMatchScore, KINDS, type EvalReport, type EvalOptions, type ThresholdScore, type KindScore, type Kind } from './score.js';
export { formatReport } from './format.js';
export { labelStatements, fitLogistic, trainStatementModel, KEEP, type LabelledStatement, type TrainingSet, type TrainingReport } from './train.js';
