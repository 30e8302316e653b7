// Evaluation: score a graph against hand-made gold annotations.
export { readGold, type Gold } from './gold.js';
export { viewGraph, type GraphView } from './graph-view.js';
export { evaluate, confidenceCurve, CONFIDENCE_THRESHOLDS, tokenF1, textMatchScore, KINDS, type EvalReport, type EvalOptions, type ThresholdScore, type KindScore, type Kind } from './score.js';
export { formatReport } from './format.js';
export { labelArticles, fitLogistic, trainModel, KEEP_STATEMENTS, KEEP_RESPONSES, type LabelledExample, type TrainingSet, type TrainingSets, type TrainingReport } from './train.js';
