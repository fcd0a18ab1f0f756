import { randomToken } from '../domain/ids.js';
import type { EsignonContext } from './context.js';
import type { EsignonFileLink, EsignonWorkflow } from './model.js';

/** A file URL of a workflow's document or certificate: `<base>/files/<token>`. */
export function mintFileLink(
  context: EsignonContext,
  workflow: EsignonWorkflow,
  kind: EsignonFileLink['kind'],
  options: { readonly lifetimeMs?: number; readonly attachment: boolean },
): string {
  const link: EsignonFileLink = {
    token: randomToken(24),
    workflowId: workflow.workflowId,
    kind,
    attachment: options.attachment,
    ...(options.lifetimeMs !== undefined ? { expiresAt: context.now().getTime() + options.lifetimeMs } : {}),
  };
  context.state.files.set(link.token, link);
  return `${workflow.baseUrl}/files/${link.token}`;
}

/**
 * `GET /files/<token>`: a small PDF-like file standing for the signed document or its audit
 * certificate. 404 for a token never minted, 410 once the link's lifetime is over (download
 * URLs live 5 minutes: https://api.esignon.net/workflow/downloadurl).
 */
export function serveFile(token: string, context: EsignonContext, headOnly: boolean): Response {
  const link = context.state.files.get(token);
  const workflow = link
    ? context.state.workflows.find((candidate) => candidate.workflowId === link.workflowId)
    : undefined;
  if (!link || !workflow) return plain(404, '파일을 찾을 수 없습니다 · File not found.');
  if (link.expiresAt !== undefined && link.expiresAt <= context.now().getTime()) {
    return plain(410, '다운로드 링크가 만료되었습니다 (5분) · The download link expired (5 minutes).');
  }
  const name = link.kind === 'document' ? `${workflow.workflowId}.pdf` : `${workflow.workflowId}-certificate.pdf`;
  const content = pdfLike(
    link.kind === 'document' ? `Signed document ${workflow.workflowId}` : `Audit certificate ${workflow.workflowId}`,
  );
  return new Response(headOnly ? null : content, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `${link.attachment ? 'attachment' : 'inline'}; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** A one-page PDF saying what it stands for (ASCII only: no font embedding needed). */
function pdfLike(line: string): string {
  const safe = line.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (esign-kit sandbox: ${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}
