import type { ChildProcess, StdioOptions } from 'node:child_process';

export const root: string;
export function buildIsStale(): boolean;
export function buildIfStale(env?: NodeJS.ProcessEnv): void;
export function runDb(command: string, env?: NodeJS.ProcessEnv, args?: string[]): void;
export function startDb(command: string, env?: NodeJS.ProcessEnv, args?: string[]): Promise<void>;
export function startServer(port: number, env?: NodeJS.ProcessEnv, stdio?: StdioOptions): ChildProcess;
export function waitForHealth(baseUrl: string, timeoutMs?: number): Promise<void>;
