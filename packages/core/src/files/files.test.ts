import { describe, expect, it } from 'vitest';
import { createMemoryBlobStore, isBlobId } from './BlobStore';
import { inspectFile } from './inspectFile';
import { sanitizeFileName } from './sanitizeFileName';
import { readUploadGrant, signUploadGrant } from './uploadGrant';

const text = (s: string) => new TextEncoder().encode(s);
const PDF = text('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
// A 1×1 PNG: signature, IHDR, IDAT, IEND.
const PNG = Uint8Array.from([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 58,
  126, 155, 85, 0, 0, 0, 10, 73, 68, 65, 84, 120, 156, 99, 96, 0, 0, 0, 2, 0, 1, 72, 175, 164, 113, 0, 0, 0,
  0, 73, 69, 78, 68, 174, 66, 96, 130,
]);
// SOI, a DQT segment, SOS with a little data, EOI.
const JPEG = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xdb, 0, 4, 0, 1, 0xff, 0xda, 0, 4, 0, 0, 1, 2, 3, 0xff, 0xd9,
]);

describe('inspectFile', () => {
  it('accepts well-formed PDF, PNG and JPEG files', () => {
    expect(inspectFile(PDF)).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(inspectFile(PNG)).toEqual({ ok: true, mediaType: 'image/png' });
    expect(inspectFile(JPEG)).toEqual({ ok: true, mediaType: 'image/jpeg' });
  });

  it('refuses unknown types and truncated files', () => {
    expect(inspectFile(text('MZ\x90\x00'))).toMatchObject({ ok: false, problem: 'unknown_type' });
    expect(inspectFile(text('%PDF-1.7\n1 0 obj'))).toMatchObject({ ok: false, problem: 'malformed' });
    expect(inspectFile(PNG.slice(0, 40))).toMatchObject({ ok: false, problem: 'malformed' });
    expect(inspectFile(JPEG.slice(0, 5))).toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('refuses polyglots: a PDF that is an HTML page, a JPEG carrying a script, a PNG with a page appended', () => {
    const pdfHtml = text('%PDF-1.4\n<HTML><Body onload=x()>hi</Body></HTML>\n%%EOF');
    expect(inspectFile(pdfHtml)).toMatchObject({ ok: false, problem: 'active_content' });
    const script = text('<ScRiPt>alert(1)</script>');
    const comment = [0xff, 0xfe, 0, script.length + 2, ...script];
    const jpegScript = Uint8Array.from([...JPEG.slice(0, 2), ...comment, ...JPEG.slice(2)]);
    expect(inspectFile(jpegScript)).toMatchObject({ ok: false, problem: 'active_content' });
    expect(inspectFile(Uint8Array.from([...PNG, ...text('<html>')]))).toMatchObject({
      ok: false,
      problem: 'malformed',
    });
  });

  it('refuses PDFs with JavaScript, launch actions or embedded files', () => {
    for (const feature of ['/JavaScript', '/Launch', '/EmbeddedFile']) {
      const pdf = text(`%PDF-1.7\n1 0 obj << /S ${feature} >> endobj\n%%EOF\n`);
      expect(inspectFile(pdf)).toMatchObject({ ok: false, problem: 'active_content' });
    }
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\windows\\system32', 'windows_system32'],
    ['\u202Efdp.exe', 'fdp.exe'],
    ['صورة الهوية.pdf', 'صورة الهوية.pdf'],
    ['a\u0000b\u0007c.png', 'abc.png'],
    ['...', 'file'],
    ['', 'file'],
    [42, 'file'],
  ])('%j → %j', (input, output) => {
    expect(sanitizeFileName(input)).toBe(output);
  });

  it('keeps the extension when cutting a long name, without splitting a character', () => {
    const name = sanitizeFileName(`${'🌙'.repeat(200)}.pdf`);
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith('🌙.pdf')).toBe(true);
  });
});

describe('upload grants', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const later = new Date('2026-12-01T10:15:00Z');

  it('reads back a grant signed with the same key until it expires', async () => {
    const grant = await signUploadGrant('k1', 'support-request', later);
    expect(await readUploadGrant('k1', grant, now)).toMatchObject({
      form: 'support-request',
      expiresAt: later,
    });
    expect(await readUploadGrant('k1', grant, later)).toBeNull();
    expect(await readUploadGrant('k2', grant, now)).toBeNull();
  });

  it('refuses a grant whose form or expiry was edited, and garbage', async () => {
    const grant = await signUploadGrant('k1', 'support-request', later);
    const [, expiry, id, signature] = grant.split('.');
    expect(await readUploadGrant('k1', `inquiry.${expiry}.${id}.${signature}`, now)).toBeNull();
    expect(await readUploadGrant('k1', `support-request.99999999999.${id}.${signature}`, now)).toBeNull();
    for (const junk of [undefined, '', 'a.b.c.d', 'x'.repeat(500), {}]) {
      expect(await readUploadGrant('k1', junk, now)).toBeNull();
    }
  });
});

describe('createMemoryBlobStore', () => {
  it('refuses ids that could name a path', async () => {
    const blobs = createMemoryBlobStore();
    for (const id of ['../x', 'a/b', '', '.', 'a.b']) {
      expect(isBlobId(id)).toBe(false);
      expect(() => blobs.put(id, PDF)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    }
  });
});
