import type { UploadDetailView } from './ticket-types';

/** An object URL of a file's bytes, or why there is none. */
export type Preview =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly url: string }
  | { readonly state: 'error' };

export type EvidenceKind = 'photo' | 'video' | 'document';

/** Photos and videos open in the lightbox; documents download. */
export function kindOf(file: Pick<UploadDetailView, 'kind' | 'mimeType'>): EvidenceKind {
  if (file.kind === 'photo' || file.mimeType.startsWith('image/')) return 'photo';
  if (file.kind === 'video' || file.mimeType.startsWith('video/')) return 'video';
  return 'document';
}

/** The API deletes infected files and never serves them. */
export function isServed(file: Pick<UploadDetailView, 'scanStatus'>): boolean {
  return file.scanStatus !== 'infected';
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'video/mp4': '.mp4',
  'video/quicktime': '.mov',
};

/** The file name extension for a downloaded file. */
export function extensionOf(mimeType: string): string {
  return EXTENSIONS[mimeType] ?? '';
}
