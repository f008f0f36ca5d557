export const DIST: string;
export function ensureBuild(): void;
export function serveDist(root?: string): Promise<{ url: string; close: () => void; stall: (on: boolean) => void }>;
export function inlineScriptBytes(pageRel: string): number;
export function gz(rel: string, root?: string): number;
export function staticGraph(rel: string, seen?: Set<string>): Set<string>;
export function pageScripts(pageRel: string): string[];
