/**
 * `Content-Disposition: attachment` for a stored file name (already sanitised): an ASCII fallback for
 * old clients and the exact name as RFC 5987 `filename*`, so Arabic names survive and nothing in a name
 * can end the header value.
 * @example contentDisposition('الهوية.pdf') // attachment; filename="file.pdf"; filename*=UTF-8''%D8%A7…
 */
export function contentDisposition(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '').trim() || `file${extension}`;
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
