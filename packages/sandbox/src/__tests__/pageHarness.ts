import type { OperationInput } from '@esign-kit/core';
import type { AnyOperation } from '@esign-kit/core/server';
import type { Sandbox } from '../createSandbox.js';
import { request } from './helpers.js';

// Drives the hosted pages the way a browser would: open the URL, read the document, and submit
// a form with the values it shows (pre-filled ones included), changed where a user would type.
// Needs a DOM: test files using it run under `// @vitest-environment jsdom`.

/** A page URL minted by a page-URL operation (`url`, or `link` for participant links). */
export async function mintPage<TOperation extends AnyOperation>(
  sandbox: Sandbox,
  operation: TOperation,
  input: OperationInput<TOperation>,
): Promise<string> {
  const data = (await request(sandbox, operation, input)) as { url?: string; link?: string };
  return data.url ?? data.link ?? '';
}

export interface OpenedPage {
  readonly url: string;
  readonly response: Response;
  readonly html: string;
  readonly document: Document;
}

/** `GET`s a page and parses it. */
export async function openPage(sandbox: Sandbox, url: string): Promise<OpenedPage> {
  const response = await sandbox.fetch(new Request(url));
  const html = await response.text();
  return { url, response, html, document: new DOMParser().parseFromString(html, 'text/html') };
}

export interface SubmitOptions {
  /** Which form, when a page has several (`form:nth-of-type(2)`…). @default 'form' */
  readonly form?: string;
  /** What the user changes before submitting: a text value, a select's value, or a checkbox state. */
  readonly changes?: Readonly<Record<string, string | boolean>>;
  /** The submit button pressed, by its text (a part of it). @default the form's first button */
  readonly button?: string;
}

/**
 * Submits a form of an opened page as a browser does: every control's current value, the
 * pressed button's `name=value`, URL-encoded, to the form's `action`, with the page's `Origin`.
 * Returns the sandbox's answer (a 303 when it worked); nothing is followed.
 */
export async function submitForm(sandbox: Sandbox, page: OpenedPage, options: SubmitOptions = {}): Promise<Response> {
  const form = page.document.querySelector<HTMLFormElement>(options.form ?? 'form');
  if (!form) throw new Error(`No ${options.form ?? 'form'} on ${page.url}:\n${page.html}`);
  for (const [name, value] of Object.entries(options.changes ?? {})) {
    const controls = Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`));
    if (!controls.length) throw new Error(`No control named ${name} in the form`);
    for (const control of controls) {
      if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
      else control.value = value;
    }
  }
  const buttons = Array.from(form.querySelectorAll('button'));
  const button = options.button
    ? buttons.find((candidate) => candidate.textContent?.includes(options.button ?? ''))
    : buttons[0];
  if (!button) throw new Error(`No button "${options.button}" in the form`);
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form)) body.append(name, String(value));
  if (button.name) body.append(button.name, button.value);
  return postForm(sandbox, new URL(form.getAttribute('action') ?? '', page.url).href, body);
}

/** Posts a URL-encoded form to a page, from the page's own origin unless told otherwise. */
export function postForm(
  sandbox: Sandbox,
  url: string,
  body: URLSearchParams,
  headers: Record<string, string> = {},
): Promise<Response> {
  return sandbox.fetch(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin, ...headers },
      body: body.toString(),
    }),
  );
}

/** The `location` of a 303, failing with the page when the form was shown again instead. */
export async function redirectOf(response: Response): Promise<string> {
  if (response.status !== 303) {
    throw new Error(`Expected a 303, got ${response.status}:\n${await response.text()}`);
  }
  return response.headers.get('location') ?? '';
}

/** The text of the page's alert (why a form was refused), whitespace collapsed. */
export function alertText(page: OpenedPage | Document): string {
  const document = 'document' in page ? page.document : page;
  return (document.querySelector('[role=alert]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Opens the page a refused form answered with (the form shown again, not a redirect). */
export async function refusedPage(response: Response, url: string): Promise<OpenedPage> {
  const html = await response.text();
  return { url, response, html, document: new DOMParser().parseFromString(html, 'text/html') };
}
