const markup = Symbol('sandbox-html');

/** A piece of HTML whose every interpolated value was escaped (made by {@link html}). */
export interface Html {
  readonly [markup]: string;
}

/** What {@link html} accepts between its literal parts. */
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

/**
 * Escapes text for an HTML text node or a quoted attribute value: `& < > " '` become numeric
 * references, so a hostile contract title or participant name stays text.
 *
 * @example
 * ```ts
 * escapeHtml('<script>"x"</script>') // '&#60;script&#62;&#34;x&#34;&#60;/script&#62;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A template tag for HTML: every value is escaped unless it is itself `html`; arrays are joined;
 * `false`, `null` and `undefined` render nothing. Attribute values must be quoted.
 *
 * @example
 * ```ts
 * toHtmlString(html`<p title="${name}">${name}</p>`) // the name escaped twice over, never markup
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });
  return { [markup]: text };
}

function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object') return (value as Html)[markup];
  return escapeHtml(String(value));
}

/** The markup of an {@link html} value. */
export function toHtmlString(value: Html): string {
  return value[markup];
}

// Tells a parent frame that the page has loaded: the launcher's handshake (`esign-kit:page-ready`),
// which is how a frame the browser refused (it fires `load` too) is told from one that loaded.
// The message carries nothing secret and the page cannot know its parent's origin, hence '*'.
const pageReadyScript =
  "if (window.parent !== window) window.parent.postMessage({ type: 'esign-kit:page-ready' }, '*');";

const styles = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:1.5rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a;background:#fff}
header{font-size:.875rem;color:#4a4a4a;border-bottom:1px solid #ccc;margin-bottom:1rem}
label{display:block;font-weight:600}
input,select,textarea{font:inherit;padding:.25rem;border:1px solid #767676;border-radius:3px;max-width:100%}
fieldset{border:1px solid #ccc;margin:0 0 1rem;padding:.5rem 1rem}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
button{font:inherit;padding:.375rem .75rem;margin-right:.5rem;border:1px solid #1a1a1a;border-radius:3px;background:#f0f0f0;color:#1a1a1a;cursor:pointer}
.field{margin:0 0 .75rem}.check label{display:inline;font-weight:400}
[role=alert]{border:2px solid #a00;color:#7a0000;padding:.5rem 1rem;margin-bottom:1rem}
[role=status]{border:2px solid #185c1f;color:#185c1f;padding:.5rem 1rem;margin-bottom:1rem}`;

export interface DocumentParts {
  readonly title: string;
  /** One sentence under the heading, saying what the page stands in for. */
  readonly description?: string | undefined;
  readonly body: Html;
  /** The CSP nonce of this response, for the one style and the one script. */
  readonly nonce: string;
  /** The operation that minted the page's URL, named in a `<meta>` for whoever debugs a flow. */
  readonly operationId?: string | undefined;
}

/**
 * The whole page: a Korean document (`lang="ko"`, labels "한국어 · English"), a banner saying
 * it is the sandbox, the page's own heading and content in `<main>`, and the page-ready script.
 * Nothing is loaded from anywhere: the style and the script are inline, allowed by `nonce`.
 */
export function renderDocument(parts: DocumentParts): string {
  const { title, description, body, nonce, operationId } = parts;
  return toHtmlString(html`<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${
  operationId
    ? html`<meta name="esign-kit-operation" content="${operationId}">
`
    : null
}<title>${title} · esign-kit 샌드박스</title>
<style nonce="${nonce}">${{ [markup]: styles }}</style>
</head>
<body>
<header><p>esign-kit 샌드박스 · Sandbox: 프릭스 페이지를 흉내 냅니다 · a stand-in for Prix's hosted page</p></header>
<main>
<h1>${title}</h1>
${description ? html`<p>${description}</p>` : null}
${body}
</main>
<script nonce="${nonce}">${{ [markup]: pageReadyScript }}</script>
</body>
</html>
`);
}
