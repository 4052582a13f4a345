export interface BuiltChunk {
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  /** Absolute paths of the source modules in the chunk, with forward slashes. */
  moduleIds: string[];
  code: string;
  /** Gzip -9 size of the file as written. */
  gzip: number;
}

export type Chunks = Map<string, BuiltChunk>;

export interface LoadingSteps {
  launcher: { files: string[]; gzip: number };
  conversation: { files: string[]; gzip: number; flow?: string };
  conversationWithoutTimeParser: { files: string[]; gzip: number };
  conversationChunk?: string;
  timeChunk?: string;
  flows: string[];
}

export function gzipSize(bytes: Uint8Array | string): number;
export function buildLibrary(outDir: string, configFile?: string, options?: { keep?: boolean }): Promise<Chunks>;
export function staticClosure(chunks: Chunks, fileName: string): string[];
export function chunkHolding(chunks: Chunks, sourcePath: string): string | undefined;
export function loadingSteps(chunks: Chunks, entry?: string): LoadingSteps;
export function textsChunk(chunks: Chunks, scope: string, locale: string): string | undefined;
