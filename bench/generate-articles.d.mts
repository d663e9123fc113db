// Types for generate-articles.mjs, for the TypeScript tests that share its corpus.
export interface GeneratedArticle {
  readonly id: string;
  readonly text: string;
  readonly published: string;
  readonly outlet: string;
  readonly url: null;
  readonly title: string | null;
}

export interface GenerateOptions {
  readonly n: number;
  readonly seed?: number;
  readonly prefix?: string;
  readonly templates?: readonly { readonly text: string; readonly published: string }[];
}

export function mulberry32(seed: number): () => number;
export function loadTemplates(file?: string): { text: string; published: string }[];
export function generateArticles(options: GenerateOptions): Generator<GeneratedArticle>;
export function writeArticlesJsonl(file: string, options: GenerateOptions): Promise<number>;
