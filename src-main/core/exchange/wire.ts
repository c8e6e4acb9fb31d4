import type { MessageRow } from './writer';

/**
 * The protobuf of @actual-app/crdt's SyncRequest (field 1: MessageEnvelope { 1 timestamp, 2 isEncrypted,
 * 3 content: Message { 1 dataset, 2 row, 3 column, 4 value } }) written and read by hand: the reflective
 * create/toBinary/fromBinary of @bufbuild took most of the 8.9 s export and a third of the import of
 * 527,000 messages. The bytes are the same protobuf; fields at their default are left out, as there.
 */

const varintLength = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);
const fieldLength = (bytes: number) => (bytes ? 1 + varintLength(bytes) + bytes : 0);

const UUID_PARTS = [[0, 8], [8, 12], [12, 16], [16, 20], [20, 32]] as const;

class Writer {
  buf: Buffer;
  pos = 0;
  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }
  varint(n: number) {
    while (n >= 0x80) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
  }
  bytes(field: number, bytes: Buffer) {
    this.buf[this.pos++] = (field << 3) | 2;
    this.varint(bytes.length);
    this.pos += bytes.copy(this.buf, this.pos);
  }
  /** 32 hex digits as a UUID's text: 8-4-4-4-12. */
  uuid(field: number, hex: string) {
    this.buf[this.pos++] = (field << 3) | 2;
    this.buf[this.pos++] = 36;
    for (const [from, to] of UUID_PARTS) {
      if (from) this.buf[this.pos++] = 0x2d;
      this.pos += this.buf.write(hex.substring(from, to), this.pos, 'latin1');
    }
  }
  string(field: number, text: string, bytes: number) {
    if (!bytes) return;
    this.buf[this.pos++] = (field << 3) | 2;
    this.varint(bytes);
    this.pos += this.buf.write(text, this.pos, bytes, 'utf8');
  }
}

/**
 * A SyncRequest carrying messages in clear (isEncrypted false; an erased value travels as ''),
 * written one message at a time straight from the log's rows into a buffer that grows: a first
 * exchange's 1.9 million messages never become objects on the way out (those objects and their
 * text took over half of its export).
 */
export class MessageEncoder {
  private w = new Writer(1 << 20);
  count = 0;

  /**
   * `timestamp` is ASCII (a stamp's text); `dataset` and `column` are their names' bytes; a row whose
   * id is a UUID may come as its 32 hex digits (`hexUuid`), written with its dashes.
   */
  add(timestamp: string, dataset: Buffer, row: string, hexUuid: boolean, column: Buffer, value: string | null): void {
    const t = timestamp.length;
    const r = hexUuid ? 36 : Buffer.byteLength(row);
    const v = value ? Buffer.byteLength(value) : 0;
    const content = fieldLength(dataset.length) + fieldLength(r) + fieldLength(column.length) + fieldLength(v);
    const envelope = fieldLength(t) + 1 + varintLength(content) + content;
    this.reserve(1 + varintLength(envelope) + envelope);
    const w = this.w;
    w.buf[w.pos++] = 0x0a;
    w.varint(envelope);
    w.buf[w.pos++] = 0x0a;
    w.varint(t);
    w.pos += w.buf.write(timestamp, w.pos, t, 'latin1');
    w.buf[w.pos++] = 0x1a;
    w.varint(content);
    w.bytes(1, dataset);
    if (hexUuid) w.uuid(2, row);
    else w.string(2, row, r);
    w.bytes(3, column);
    if (value) w.string(4, value, v);
    this.count++;
  }

  finish(): Buffer {
    return this.w.buf.subarray(0, this.w.pos);
  }

  private reserve(bytes: number): void {
    if (this.w.pos + bytes <= this.w.buf.length) return;
    const grown = new Writer(Math.max(this.w.buf.length * 2, this.w.pos + bytes));
    this.w.buf.copy(grown.buf, 0, 0, this.w.pos);
    grown.pos = this.w.pos;
    this.w = grown;
  }
}

class Reader {
  pos: number;
  constructor(
    readonly buf: Buffer,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }
  varint(): number {
    let n = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new Error('truncated');
      const byte = this.buf[this.pos++]!;
      n += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return n;
      shift += 7;
      if (shift > 63) throw new Error('varint too long');
    }
  }
  /** The bounds of a length-delimited field. */
  span(): [number, number] {
    const length = this.varint();
    const start = this.pos;
    if (start + length > this.end) throw new Error('truncated');
    this.pos += length;
    return [start, this.pos];
  }
  skip(wire: number) {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.span();
    else if (wire === 5) this.pos += 4;
    else throw new Error(`wire type ${wire}`);
    if (this.pos > this.end) throw new Error('truncated');
  }
}

/** The messages of a SyncRequest's bytes; unknown fields are skipped, as protobuf readers do. */
export function decodeMessages(bytes: Uint8Array): MessageRow[] {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const messages: MessageRow[] = [];
  const request = new Reader(buf, 0, buf.length);
  while (request.pos < request.end) {
    const tag = request.varint();
    if (tag !== 0x0a) {
      request.skip(tag & 7);
      continue;
    }
    const envelope = new Reader(buf, ...request.span());
    const m: MessageRow = { timestamp: '', dataset: '', row: '', column: '', value: null };
    while (envelope.pos < envelope.end) {
      const field = envelope.varint();
      if (field === 0x0a) m.timestamp = buf.toString('utf8', ...envelope.span());
      else if (field === 0x1a) {
        const content = new Reader(buf, ...envelope.span());
        while (content.pos < content.end) {
          const f = content.varint();
          if ((f & 7) !== 2 || f >>> 3 > 4) {
            content.skip(f & 7);
            continue;
          }
          const text = buf.toString('utf8', ...content.span());
          if (f === 0x0a) m.dataset = text;
          else if (f === 0x12) m.row = text;
          else if (f === 0x1a) m.column = text;
          else m.value = text === '' ? null : text;
        }
      } else envelope.skip(field & 7);
    }
    messages.push(m);
  }
  return messages;
}
