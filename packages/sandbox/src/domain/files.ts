/**
 * The sandbox serves no documents, so file URLs point at a reserved `.invalid` host: obviously
 * fake, never resolvable, and still valid URLs. (Page URLs, which the sandbox does serve, are on
 * its own origin instead.)
 *
 * @example
 * ```ts
 * fileUrl('ed976505-bcbd-47bd-913d-f4cde05dea7a', 'contract.pdf')
 * // 'https://sandbox.esign-kit.invalid/files/ed976505-…/contract.pdf'
 * ```
 */
export function fileUrl(folder: string, name: string): string {
  return `https://sandbox.esign-kit.invalid/files/${folder}/${name}`;
}
