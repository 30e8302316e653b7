// Where the package's own data files live, whether running from src/ (tests) or dist/ (installed).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ONTOLOGY_DIR = path.join(PACKAGE_ROOT, 'ontology');
/** The SHACL shapes a graph is validated against. */
export const SHAPES_FILE = path.join(ONTOLOGY_DIR, 'shapes.ttl');
export const DATA_DIR = path.join(PACKAGE_ROOT, 'data');
export const QUERIES_DIR = path.join(PACKAGE_ROOT, 'queries');
