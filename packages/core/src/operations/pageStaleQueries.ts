// What a settled hosted page may have changed, for the `invalidates` of the page definitions.
// Ids, not routes: a definition names what it invalidates without importing the other
// definitions, and a test checks every id is in the registry.

/**
 * A page that can create, sign or change a contract: every query showing contracts, their
 * signatures, the credits they use, and the templates they come from.
 */
export const staleAfterContractPage = [
  'contracts.find',
  'contracts.get',
  'contracts.list',
  'contracts.concludedFiles',
  'signatures.list',
  'signatures.usage',
  'credits.status',
  'credits.usages',
  'templates.get',
  'templates.list',
] as const;

/** The template editor: only templates can change. */
export const staleAfterTemplatePage = ['templates.list', 'templates.get'] as const;
