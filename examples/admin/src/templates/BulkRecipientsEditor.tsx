import type { SendChannel, TemplateObject } from '@esign-kit/core';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import {
  type CsvProblem,
  maxTextLength,
  parseRecipientsCsv,
  type RecipientDraft,
  type RecipientIssue,
  recipientIssues,
} from './bulkRecipients.js';
import './bulkRecipients.css';

/**
 * The recipients of a bulk contract (one contract and one signer each): typed row by row or
 * pasted as CSV. Each field says what is wrong next to it once it has been left or the rows were
 * checked (`showAll`). The rows themselves live in the parent, which builds the page's input.
 */
export function BulkRecipientsEditor({
  rows,
  onRows,
  objects,
  showAll,
}: {
  rows: readonly RecipientDraft[];
  onRows: (rows: RecipientDraft[]) => void;
  objects: readonly TemplateObject[];
  showAll: boolean;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const nextKey = useRef(rows.reduce((max, row) => Math.max(max, row.key), 0) + 1);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [csv, setCsv] = useState('');
  const [csvProblems, setCsvProblems] = useState<readonly CsvProblem[]>([]);
  const [csvAdded, setCsvAdded] = useState<number | null>(null);
  const takeKey = () => nextKey.current++;
  const update = (key: number, patch: Partial<RecipientDraft>) =>
    onRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const touch = (id: string) => setTouched((current) => new Set(current).add(id));
  const addCsv = () => {
    const parsed = parseRecipientsCsv(csv, objects, takeKey);
    setCsvProblems(parsed.problems);
    setCsvAdded(parsed.rows.length);
    if (parsed.rows.length) {
      // Blank rows make way for the pasted ones.
      onRows([...rows.filter((row) => row.title || row.name || row.contact), ...parsed.rows]);
      setCsv('');
    }
  };
  const issueText = (issue: RecipientIssue | undefined, send: SendChannel) =>
    issue === undefined
      ? undefined
      : issue === 'tooLong'
        ? t.bulk.tooLong(maxTextLength)
        : issue === 'required'
          ? t.bulk.required
          : send === 'EMAIL'
            ? t.bulk.badEmail
            : t.bulk.badPhone;

  return (
    <section className="bulk-recipients" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.bulk.title}</h3>
      <p className="muted">{t.bulk.intro}</p>
      <ol className="bulk-rows">
        {rows.map((row, index) => {
          const issues = recipientIssues(row);
          const shown = (field: string) => showAll || touched.has(`${row.key}:${field}`);
          const field = (
            name: 'title' | 'name' | 'contact',
            label: string,
            input: (id: string, errorId: string) => ReactNode,
          ) => {
            const id = `bulk-${row.key}-${name}`;
            const error = shown(name) ? issueText(issues[name], row.send) : undefined;
            return (
              <div className="bulk-field" data-invalid={error ? 'true' : undefined}>
                <label htmlFor={id}>{label}</label>
                {input(id, `${id}-error`)}
                {error ? (
                  <span id={`${id}-error`} className="field-error">
                    {error}
                  </span>
                ) : null}
              </div>
            );
          };
          const invalid = (name: 'title' | 'name' | 'contact') => shown(name) && issues[name] !== undefined;
          return (
            <li key={row.key}>
              <fieldset>
                <legend>{t.bulk.recipient(index + 1)}</legend>
                {field('title', t.bulk.contractTitle, (id, errorId) => (
                  <input
                    id={id}
                    value={row.title}
                    maxLength={maxTextLength}
                    required
                    aria-invalid={invalid('title')}
                    aria-describedby={invalid('title') ? errorId : undefined}
                    onChange={(event) => update(row.key, { title: event.target.value })}
                    onBlur={() => touch(`${row.key}:title`)}
                  />
                ))}
                {field('name', t.bulk.name, (id, errorId) => (
                  <input
                    id={id}
                    value={row.name}
                    maxLength={maxTextLength}
                    required
                    autoComplete="off"
                    aria-invalid={invalid('name')}
                    aria-describedby={invalid('name') ? errorId : undefined}
                    onChange={(event) => update(row.key, { name: event.target.value })}
                    onBlur={() => touch(`${row.key}:name`)}
                  />
                ))}
                <div className="bulk-field">
                  <label htmlFor={`bulk-${row.key}-send`}>{t.bulk.send}</label>
                  <select
                    id={`bulk-${row.key}-send`}
                    value={row.send}
                    onChange={(event) => update(row.key, { send: event.target.value as SendChannel })}
                  >
                    <option value="PHONE">{t.reminder.phone}</option>
                    <option value="EMAIL">{t.reminder.email}</option>
                  </select>
                </div>
                {field('contact', row.send === 'EMAIL' ? t.bulk.email : t.bulk.phone, (id, errorId) => (
                  <input
                    id={id}
                    type={row.send === 'EMAIL' ? 'email' : 'tel'}
                    value={row.contact}
                    required
                    placeholder={row.send === 'EMAIL' ? 'name@example.com' : '010-1234-5678'}
                    aria-invalid={invalid('contact')}
                    aria-describedby={invalid('contact') ? errorId : undefined}
                    onChange={(event) => update(row.key, { contact: event.target.value })}
                    onBlur={() => touch(`${row.key}:contact`)}
                  />
                ))}
                {objects.map((object) => (
                  <div key={object.id} className="bulk-field">
                    {object.type === 'CHECKBOX' ? (
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={row.values[object.id] === 'true'}
                          onChange={(event) =>
                            update(row.key, {
                              values: { ...row.values, [object.id]: event.target.checked ? 'true' : '' },
                            })
                          }
                        />
                        {object.name}
                      </label>
                    ) : (
                      <>
                        <label htmlFor={`bulk-${row.key}-item-${object.id}`}>{object.name}</label>
                        <input
                          id={`bulk-${row.key}-item-${object.id}`}
                          value={row.values[object.id] ?? ''}
                          onChange={(event) =>
                            update(row.key, { values: { ...row.values, [object.id]: event.target.value } })
                          }
                        />
                      </>
                    )}
                  </div>
                ))}
                <button
                  type="button"
                  className="small"
                  disabled={rows.length === 1}
                  onClick={() => onRows(rows.filter((candidate) => candidate.key !== row.key))}
                >
                  {t.bulk.remove(index + 1)}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onRows([...rows, emptyRecipient(takeKey())])}>
        {t.bulk.add}
      </button>
      <details className="bulk-csv">
        <summary>{t.bulk.csv}</summary>
        <label htmlFor={`${headingId}-csv`}>{t.bulk.csvLabel(objects.map((object) => object.name))}</label>
        <textarea id={`${headingId}-csv`} rows={4} value={csv} onChange={(event) => setCsv(event.target.value)} />
        <label htmlFor={`${headingId}-file`}>{t.bulk.csvFile}</label>
        <input
          id={`${headingId}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={async (event) => {
            // The file's text goes into the box above, to be read and checked like pasted text.
            const file = event.target.files?.[0];
            if (file) setCsv(await file.text());
          }}
        />
        <button type="button" disabled={!csv.trim()} onClick={addCsv}>
          {t.bulk.csvAdd}
        </button>
        {csvAdded !== null ? (
          <div role="status">
            <p>{t.bulk.csvAdded(csvAdded)}</p>
            {csvProblems.map((problem) => (
              <p key={problem.line} className="field-error">
                {t.bulk.csvProblem(problem.line, problem.columns)}
              </p>
            ))}
          </div>
        ) : null}
      </details>
    </section>
  );
}

/** A blank recipient, reached by text message by default (Prix's most common channel here). */
export function emptyRecipient(key: number): RecipientDraft {
  return { key, title: '', name: '', send: 'PHONE', contact: '', values: {} };
}
