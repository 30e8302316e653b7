// Ingest: read articles and the metadata their sources give.
export { readArticles, readTextArticle } from './read-articles.js';
export { discoverArticleFiles } from './discover.js';
export { splitFrontMatter } from './front-matter.js';
export { decodeText } from './decode.js';
export type { ArticleInput, GivenMetadata, ReadOptions } from './types.js';
