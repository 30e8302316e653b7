// The prefixes newskg declares, for readable golden files.
import { queryPrefixes, shortIri } from '../../src/sparql/index.js';

const prefixes = queryPrefixes();
export const shortIriFor = (iri: string) => shortIri(iri, prefixes);
export { queryPrefixes };
