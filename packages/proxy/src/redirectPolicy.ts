import type { ValidationIssue } from '@esign-kit/core';

/** Input fields that send a user's browser somewhere after a hosted page (reference §1.5). */
const redirectFields = new Set(['successUrl', 'redirectUrl']);

/**
 * Finds every `successUrl` / `redirectUrl` in a validated input and reports those whose origin is
 * not allowed, so Prix's pages can only send users back to the app (no open redirect through
 * the proxy).
 */
export function checkRedirects(input: unknown, allowedOrigins: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, [...path, String(index)]);
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (redirectFields.has(key) && typeof inner === 'string') {
        let origin = '';
        try {
          origin = new URL(inner).origin;
        } catch {
          // Reported below as not allowed.
        }
        if (!allowedOrigins.includes(origin)) {
          issues.push({
            path: [...path, key].join('.'),
            message: `Must be a URL on an allowed origin (${allowedOrigins.join(', ')}).`,
          });
        }
      } else {
        visit(inner, [...path, key]);
      }
    }
  };
  visit(input, []);
  return issues;
}

/**
 * Whether a validated input holds a `successUrl` / `redirectUrl` string anywhere: most inputs
 * hold none, and then the origins need not be looked up nor the input walked again.
 */
export function hasRedirectField(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasRedirectField(item)) return true;
    return false;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const inner = (value as Record<string, unknown>)[key];
    if ((redirectFields.has(key) && typeof inner === 'string') || hasRedirectField(inner)) return true;
  }
  return false;
}
