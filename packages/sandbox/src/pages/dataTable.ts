import { type Html, type HtmlValue, html } from './render.js';

/**
 * A data table with a caption and column headers (`<th scope="col">`), so screen readers can
 * name every cell.
 */
export function dataTable(caption: string, headers: readonly string[], rows: readonly (readonly HtmlValue[])[]): Html {
  return html`<table><caption>${caption}</caption>
<thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>${rows.map((cells) => html`<tr>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody></table>`;
}
