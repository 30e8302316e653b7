// The RDF syntaxes newskg reads and writes, by name, media type and file extension (no parser here: see syntax.ts).
import path from 'node:path';

export type RdfFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig';

export const MEDIA_TYPES: Record<RdfFormat, string> = {
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  trig: 'application/trig',
};

/** File extensions, with the syntax each names. */
export const RDF_EXTENSIONS: Record<string, RdfFormat> = {
  '.ttl': 'turtle',
  '.turtle': 'turtle',
  '.nt': 'ntriples',
  '.nq': 'nquads',
  '.trig': 'trig',
};

export function formatOfFile(file: string): RdfFormat | undefined {
  return RDF_EXTENSIONS[path.extname(file).toLowerCase()];
}
