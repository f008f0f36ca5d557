export const DIST: string;
export function ensureBuild(): void;
export function serveDist(): Promise<{ url: string; close: () => void }>;
export function inlineScriptBytes(pageRel: string): number;
export function gz(rel: string): number;
export function staticGraph(rel: string, seen?: Set<string>): Set<string>;
export function pageScripts(pageRel: string): string[];
