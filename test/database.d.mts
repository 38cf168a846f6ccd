export function createScratchDatabase(serverUrl: string, prefix: string): Promise<{ name: string; url: string }>;
export function dropScratchDatabase(serverUrl: string, name: string): Promise<void>;
export const APP_ROLE: string;
export function appRoleUrl(databaseUrl: string): string;
