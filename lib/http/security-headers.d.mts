// Types of security-headers.mjs, for TypeScript (proxy.ts, tests).
export function servedOverHttps(appUrl?: string): boolean;
export function staticSecurityHeaders(): { key: string; value: string }[];
export function perRequestSecurityHeaders(options: { nonce: string; dev?: boolean; https?: boolean }): { key: string; value: string }[];
export function contentSecurityPolicy(options: { nonce: string; dev?: boolean }): string;
export function allowedActionOrigins(appUrl?: string): string[];
export function trustsForwardedHost(env?: Record<string, string | undefined>): boolean;
