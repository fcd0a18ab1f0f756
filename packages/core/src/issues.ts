// `@esign-kit/core/issues`: validation issues worded in Korean and English. Its own entry because
// the Korean sentences weigh about 2 KB: only code that shows issues to people pulls them in (the
// proxy, which sends each issue's `texts`; a server or a form that words issues itself), not every
// browser bundle nor every server import of `@esign-kit/core/server`.
// Named exports only: everything listed here is public API (checked by __tests__/entries.test.ts).

export { type IssueDescription, issueMessage, issueTexts, withIssueTexts } from './errors/issueMessage.js';
