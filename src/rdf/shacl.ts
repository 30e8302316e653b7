// Validate a graph against the SHACL shapes of ontology/shapes.ttl with rdf-validate-shacl.
import { Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import type { Quad } from '@rdfjs/types';
import { SHAPES_FILE } from '../paths.js';
import { readRdfFile } from './syntax.js';

export { SHAPES_FILE };

export interface ShaclViolation {
  focusNode: string;
  path?: string;
  message: string;
  severity: string;
  shape?: string;
}

export interface ShaclReport {
  conforms: boolean;
  violations: ShaclViolation[];
}

export async function validateQuads(data: Iterable<Quad>, shapes?: Iterable<Quad>): Promise<ShaclReport> {
  const shapeStore = new Store([...(shapes ?? (await readRdfFile(SHAPES_FILE)))]);
  const validator = new SHACLValidator(shapeStore);
  const report = await validator.validate(new Store([...data]));
  const violations = report.results
    .map((r) => ({
      focusNode: r.focusNode?.value ?? '',
      path: r.path?.value,
      message: r.message.map((m) => m.value).join('; ') || (r.sourceConstraintComponent?.value.replace(/.*#/, '') ?? 'constraint violated'),
      severity: r.severity?.value.replace(/.*#/, '') ?? 'Violation',
      shape: r.sourceShape?.value,
    }))
    .sort((a, b) => a.focusNode.localeCompare(b.focusNode) || (a.path ?? '').localeCompare(b.path ?? ''));
  return { conforms: report.conforms, violations };
}
