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
