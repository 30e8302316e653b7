// graphology's libraries are CommonJS whose declarations say "export default": under NodeNext, TypeScript types the
// default import as the module object, while Node gives the function. These re-exports carry the right types.
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import louvainModule from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';

type DefaultOf<M> = M extends { default: infer F } ? F : M;

export const pagerank = pagerankModule as unknown as DefaultOf<typeof pagerankModule>;
export const betweenness = betweennessModule as unknown as DefaultOf<typeof betweennessModule>;
export const louvain = louvainModule as unknown as DefaultOf<typeof louvainModule>;
export const forceAtlas2 = forceAtlas2Module as unknown as DefaultOf<typeof forceAtlas2Module>;
