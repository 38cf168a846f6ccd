import type { ChildProcess, StdioOptions } from 'node:child_process';

export function buildFloor(): string;
export function startFloor(dir: string, port: number, databaseUrl: string, stdio?: StdioOptions): ChildProcess;
