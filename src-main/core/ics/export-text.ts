/**
 * The text of an export, gathered as UTF-8 in one growing buffer and decoded once at the end.
 * Joining 15,000 strings of mixed width into one of 12 MB cost V8 several times what copying
 * them into a buffer and decoding it does, and it left the young generation a copy of each to carry.
 * UTF-8 gives back the same text for any well-formed string, as everything read from SQLite is;
 * a piece holding a lone surrogate (which UTF-8 would turn into U+FFFD) is kept as it is, with
 * what follows, by a plain join.
 */
export class ExportText {
  private buffer: Buffer;
  private length = 0;
  /** From the first piece that UTF-8 would not bring back unchanged: the text so far, then each piece. */
  private pieces: string[] | null = null;

  constructor(expectedBytes: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(expectedBytes, 1024));
  }

  push(piece: string): void {
    if (this.pieces) {
      this.pieces.push(piece);
      return;
    }
    if (!isWellFormed(piece)) {
      this.pieces = [this.buffer.toString('utf8', 0, this.length), piece];
      return;
    }
    // A UTF-16 unit is at most 3 octets in UTF-8 (a pair of them, 4).
    const room = this.length + piece.length * 3;
    if (room > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(room, this.buffer.length * 2));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    this.length += this.buffer.write(piece, this.length, 'utf8');
  }

  text(): string {
    return this.pieces ? this.pieces.join('') : this.buffer.toString('utf8', 0, this.length);
  }
}

// String.prototype.isWellFormed (ES2024, in every Node and Electron Liaison runs on) is not in the ES2023 lib the project builds with.
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();
