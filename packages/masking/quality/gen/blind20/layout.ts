/** Fixed-width columns for blind split 20's printouts. SYNTHETIC DATA ONLY. */
import { Frag, type Piece, render } from '../fragment';

/** The piece followed by spaces up to `width` characters (at least one space). */
export function col(piece: Piece, width: number): Frag {
  const length = render(piece).text.length;
  return new Frag([piece, ' '.repeat(Math.max(1, width - length))]);
}

/** A row of fixed-width columns; the last piece is not padded. */
export function row(widths: readonly number[], pieces: readonly Piece[]): Frag {
  return new Frag(pieces.map((p, i) => (i < pieces.length - 1 ? col(p, widths[i] ?? 12) : p)));
}
