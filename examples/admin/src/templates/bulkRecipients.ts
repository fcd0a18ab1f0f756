import type { BulkContractUrlInput, SendChannel, TemplateObject } from '@esign-kit/core';
import { emailPattern } from '../forms/fieldRules.js';

/** One recipient of the bulk page as the editor holds it: one contract, one signer. */
export interface RecipientDraft {
  /** Stable React key. */
  readonly key: number;
  readonly title: string;
  readonly name: string;
  readonly send: SendChannel;
  /** The e-mail address or mobile number, by `send`. */
  readonly contact: string;
  /** Pre-input values by template object id. */
  readonly values: Readonly<Record<number, string>>;
}

/** What is wrong with a recipient field; the screen words it in the user's language. */
export type RecipientIssue = 'required' | 'email' | 'phone' | 'tooLong';
export type RecipientIssues = Partial<Record<'title' | 'name' | 'contact', RecipientIssue>>;

type BulkItem = NonNullable<NonNullable<BulkContractUrlInput['input']>['items']>[number];

/** A title or name longer than this is refused here, so one row cannot break the page's layout. */
export const maxTextLength = 100;
/**
 * A Korean mobile number, with or without hyphens (`010-1234-5678`, `+82-10-1234-5678`): pasted
 * CSV rows rarely have them, where the request form's `phonePattern` asks for them.
 */
const phonePattern = /^(?:\+82-?|0)1\d-?\d{3,4}-?\d{4}$/;

/** The template's values the requester fills in (not signatures, not the signer's own inputs). */
export function preInputObjects(objects: readonly TemplateObject[]): TemplateObject[] {
  return objects.filter((object) => object.category === 'DEFAULT' && object.type !== 'SIGNATURE');
}

/** A channel guessed from a contact: an `@` makes it an e-mail. */
export function channelOf(contact: string): SendChannel {
  return contact.includes('@') ? 'EMAIL' : 'PHONE';
}

/** The issues of one recipient, by field; `{}` when it can be sent. */
export function recipientIssues(row: RecipientDraft): RecipientIssues {
  const issues: RecipientIssues = {};
  const text = (value: string): RecipientIssue | undefined =>
    !value.trim() ? 'required' : value.trim().length > maxTextLength ? 'tooLong' : undefined;
  const title = text(row.title);
  if (title) issues.title = title;
  const name = text(row.name);
  if (name) issues.name = name;
  const contact = row.contact.trim();
  if (!contact) issues.contact = 'required';
  else if (row.send === 'EMAIL' && !emailPattern.test(contact)) issues.contact = 'email';
  else if (row.send === 'PHONE' && !phonePattern.test(contact)) issues.contact = 'phone';
  return issues;
}

/** The bulk operation's `items` for recipients that have no issue (reference §3.5). */
export function toBulkItems(rows: readonly RecipientDraft[], objects: readonly TemplateObject[]): BulkItem[] {
  return rows.map((row) => {
    const contact = row.contact.trim();
    return {
      title: row.title.trim(),
      participant: {
        name: row.name.trim(),
        send: row.send,
        ...(row.send === 'EMAIL' ? { email: contact } : { phone: contact }),
      },
      items: objects
        .map((object) => ({ id: object.id, contents: (row.values[object.id] ?? '').trim() }))
        .filter((item) => item.contents !== ''),
    };
  });
}

/** One CSV line that could not be read, by its 1-based line number. */
export interface CsvProblem {
  readonly line: number;
  readonly columns: number;
}

/**
 * Recipients from pasted CSV: `title,name,contact[,value per pre-input object…]`, one per line,
 * quotes allowed (`"a, b"`, `""` for a quote). The channel follows the contact. A header line
 * (its contact column without `@` or digits) is skipped; lines with fewer than 3 columns are
 * reported. Field issues are left to `recipientIssues`, like typed rows.
 */
export function parseRecipientsCsv(
  text: string,
  objects: readonly TemplateObject[],
  nextKey: () => number,
): { rows: RecipientDraft[]; problems: CsvProblem[] } {
  const rows: RecipientDraft[] = [];
  const problems: CsvProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const cells = splitCsvLine(line);
    if (cells.length < 3) {
      problems.push({ line: index + 1, columns: cells.length });
      return;
    }
    const [title = '', name = '', contact = '', ...rest] = cells;
    if (index === 0 && !/[@\d]/.test(contact)) return;
    const values: Record<number, string> = {};
    objects.forEach((object, position) => {
      const value = rest[position];
      if (value !== undefined && value !== '') values[object.id] = value;
    });
    rows.push({ key: nextKey(), title, name, send: channelOf(contact), contact, values });
  });
  return { rows, problems };
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}
