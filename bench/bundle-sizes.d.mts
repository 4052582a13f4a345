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
  /** Issue 17's budgeted path: the English checkout decline to the ticket form. */
  checkoutDecline: { files: string[]; gzip: number };
  conversation: { files: string[]; gzip: number; flow?: string };
  conversationWithoutTimeParser: { files: string[]; gzip: number };
  conversationChunk?: string;
  timeChunk?: string;
  flows: string[];
}

export interface ConversationPath {
  problem: string;
  locale: string;
  /** Source modules (e.g. "src/engine/interpret.ts") the path loads with import() beyond its flow and language. */
  loadsLater: readonly string[];
}

export const checkoutDecline: ConversationPath;
export function pathFiles(chunks: Chunks, path?: ConversationPath, entry?: string): { files: string[]; gzip: number };
export function gzipSize(bytes: Uint8Array | string): number;
export function buildLibrary(outDir: string, configFile?: string, options?: { keep?: boolean }): Promise<Chunks>;
export function staticClosure(chunks: Chunks, fileName: string): string[];
export function chunkHolding(chunks: Chunks, sourcePath: string): string | undefined;
export function loadingSteps(chunks: Chunks, entry?: string): LoadingSteps;
export function textsChunk(chunks: Chunks, scope: string, locale: string): string | undefined;
