/**
 * Removes the metadata a HEIC/HEIF photo carries (EXIF, with its GPS position,
 * and XMP) when the photo cannot be re-encoded (no HEVC decoder): the metadata
 * items' bytes are overwritten with zeros in place, so the image stays intact
 * and valid, and anything after the last box (an appended payload) is cut off.
 * Throws on a structure it cannot follow: such a file is refused, not kept.
 */
export class HeifParseError extends Error {}

interface Box {
  type: string;
  start: number;
  /** First byte after the header (and after version/flags for a full box, added by callers). */
  body: number;
  end: number;
}

/** With `lenient`, parsing stops at the first bytes that are not a box (trailing garbage). */
function boxesIn(buf: Buffer, from: number, to: number, lenient = false): Box[] {
  const boxes: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (lenient && !/^[A-Za-z0-9 ]{4}$/.test(type)) break;
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) {
        if (lenient) break;
        throw new HeifParseError('truncated large box');
      }
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) {
      if (lenient && boxes.length > 0) break;
      throw new HeifParseError(`box ${type} overruns its parent`);
    }
    boxes.push({ type, start: at, body: at + header, end: at + size });
    at += size;
  }
  return boxes;
}

function readUInt(buf: Buffer, at: number, bytes: number): number {
  switch (bytes) {
    case 0:
      return 0;
    case 4:
      return buf.readUInt32BE(at);
    case 8:
      return Number(buf.readBigUInt64BE(at));
    default:
      throw new HeifParseError(`unsupported field size ${bytes}`);
  }
}

/** Item ids of EXIF items and of XMP (`mime` items of type application/rdf+xml). */
function metadataItems(buf: Buffer, iinf: Box): Set<number> {
  const version = buf[iinf.body];
  const first = iinf.body + 4 + (version === 0 ? 2 : 4);
  const ids = new Set<number>();
  for (const infe of boxesIn(buf, first, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const v = buf[infe.body];
    if (v < 2) continue; // versions 0 and 1 carry no item type
    let at = infe.body + 4;
    const id = v === 2 ? buf.readUInt16BE(at) : buf.readUInt32BE(at);
    at += (v === 2 ? 2 : 4) + 2; // item_ID, item_protection_index
    const type = buf.toString('latin1', at, at + 4);
    if (type === 'Exif') ids.add(id);
    if (type === 'mime') {
      const rest = buf.toString('latin1', at + 4, infe.end);
      if (rest.includes('application/rdf+xml')) ids.add(id);
    }
  }
  return ids;
}

/** [absolute offset, length] of every extent of the given items. */
function extentsOf(buf: Buffer, iloc: Box, items: Set<number>, idat?: Box): [number, number][] {
  const version = buf[iloc.body];
  let at = iloc.body + 4;
  const offsetSize = buf[at] >> 4;
  const lengthSize = buf[at] & 0x0f;
  const baseOffsetSize = buf[at + 1] >> 4;
  const indexSize = version === 1 || version === 2 ? buf[at + 1] & 0x0f : 0;
  at += 2;
  const count = version < 2 ? buf.readUInt16BE(at) : buf.readUInt32BE(at);
  at += version < 2 ? 2 : 4;
  const found: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const id = version < 2 ? buf.readUInt16BE(at) : buf.readUInt32BE(at);
    at += version < 2 ? 2 : 4;
    let method = 0;
    if (version === 1 || version === 2) {
      method = buf.readUInt16BE(at) & 0x0f;
      at += 2;
    }
    at += 2; // data_reference_index
    const base = readUInt(buf, at, baseOffsetSize);
    at += baseOffsetSize;
    const extents = buf.readUInt16BE(at);
    at += 2;
    for (let e = 0; e < extents; e++) {
      at += indexSize;
      const offset = readUInt(buf, at, offsetSize);
      at += offsetSize;
      const length = readUInt(buf, at, lengthSize);
      at += lengthSize;
      if (!items.has(id)) continue;
      if (method === 0) found.push([base + offset, length]);
      else if (method === 1 && idat) found.push([idat.body + base + offset, length]);
      else throw new HeifParseError('metadata item stored in an unsupported way');
    }
    if (at > iloc.end) throw new HeifParseError('iloc overruns its box');
  }
  return found;
}

/** A copy of the photo without EXIF/XMP bytes and without anything appended. */
export function stripHeifMetadata(input: Buffer): Buffer {
  const top = boxesIn(input, 0, input.length, true);
  const last = top.at(-1);
  if (!last || top[0].type !== 'ftyp') throw new HeifParseError('not a HEIF file');
  const out = Buffer.from(input.subarray(0, last.end));
  const meta = top.find((b) => b.type === 'meta');
  if (!meta || !top.some((b) => b.type === 'mdat')) throw new HeifParseError('no meta or mdat box');
  const children = boxesIn(out, meta.body + 4, meta.end);
  const iinf = children.find((b) => b.type === 'iinf');
  const iloc = children.find((b) => b.type === 'iloc');
  if (!iinf || !iloc) throw new HeifParseError('no item table');
  const items = metadataItems(out, iinf);
  if (items.size === 0) return out;
  const idat = children.find((b) => b.type === 'idat');
  for (const [offset, length] of extentsOf(out, iloc, items, idat)) {
    const end = length === 0 ? out.length : offset + length;
    if (offset < 0 || end > out.length) throw new HeifParseError('metadata extent out of the file');
    out.fill(0, offset, end);
  }
  return out;
}
