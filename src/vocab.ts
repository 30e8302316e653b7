// Namespaces and terms of the newskg ontology (ontology/newskg.ttl) and the vocabularies it aligns to.
import { DataFactory } from './rdf/data-factory.js';
import type { NamedNode } from '@rdfjs/types';

const { namedNode } = DataFactory;

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  sh: 'http://www.w3.org/ns/shacl#',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  dcterms: 'http://purl.org/dc/terms/',
  wd: 'http://www.wikidata.org/entity/',
  nkg: 'https://w3id.org/newskg/ontology#',
} as const;

/** The default base for the IRIs of extracted things; `--base` changes it. */
export const DEFAULT_BASE = 'https://w3id.org/newskg/id/';

function terms<const K extends string>(ns: string, names: readonly K[]): Record<K, NamedNode> {
  return Object.fromEntries(names.map((name) => [name, namedNode(ns + name)])) as unknown as Record<K, NamedNode>;
}

export const rdf = terms(NS.rdf, ['type'] as const);
export const rdfs = terms(NS.rdfs, ['label', 'comment'] as const);
export const owl = terms(NS.owl, ['sameAs'] as const);
export const xsd = terms(NS.xsd, ['string', 'integer', 'decimal', 'boolean', 'date', 'dateTime', 'gYearMonth', 'gYear', 'nonNegativeInteger'] as const);
export const schema = terms(NS.schema, ['name', 'url', 'inLanguage', 'headline', 'alternateName', 'author'] as const);

export const nkg = terms(NS.nkg, [
  // classes
  'Article', 'Outlet', 'Person', 'Organisation', 'Place', 'Statement', 'StatementCluster', 'Event', 'Evidence', 'Role', 'Claim', 'Response',
  // article metadata
  'publishedBy', 'publicationDate', 'fileName', 'detectedProperty', 'metadataEvidence',
  // mentions and evidence
  'mentions', 'evidence', 'exactText',
  // entity attributes
  'canonicalName', 'alias', 'handle', 'hasRole', 'roleTitle', 'affiliation',
  // statements
  'speaker', 'text', 'kind', 'stance', 'reportedIn', 'venue', 'statementDate', 'inCluster', 'sameStatementAs', 'citesSource',
  // events
  'eventType', 'eventDate', 'eventDateAssumed', 'place', 'participant', 'about',
  // responses and claims
  'respondsTo', 'respondedTo', 'responseFrom', 'responseTo', 'retracts', 'conflictsWith', 'claimAbout', 'claimProperty', 'claimValue', 'claimedIn',
  // provenance of every extracted fact
  'confidence', 'extractor',
  // graph metrics
  'inDegree', 'outDegree', 'responsesReceived', 'pageRank', 'betweenness', 'community',
] as const);
