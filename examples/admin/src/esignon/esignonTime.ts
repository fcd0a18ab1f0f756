/**
 * An eSignon time as an ISO instant. The workflow read is asked for Korean time
 * (`offset=%2B09%3A00`, https://api.esignon.net/workflow/view/workflowinfo) and answers wall times
 * without a zone (`2026-12-06 23:57:44`): read as +09:00, so they show in the viewer's own zone
 * like the callback times beside them. Anything else is returned as it came.
 */
export function esignonInstant(value: string | undefined): string | undefined {
  const wall = value && /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)?$/.exec(value);
  return wall ? `${wall[1]}T${wall[2]}${wall[3] ?? ''}+09:00` : value;
}
