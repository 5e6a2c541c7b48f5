type TypedArray = Int32Array | Uint8Array | Uint16Array | Float64Array | Uint32Array;
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T };

const chunkBits = 20;
const chunkSize = 1 << chunkBits;
const chunkMask = chunkSize - 1;

/**
 * An append-only typed array in 1M-entry chunks: tens of millions of postings collected during a
 * build without the copy (and momentary double memory) of a doubling array.
 */
export class ChunkedArray<T extends TypedArray> {
  private readonly chunks: T[] = [];
  length = 0;

  constructor(private readonly make: TypedArrayConstructor<T>) {}

  push(value: number): void {
    const offset = this.length & chunkMask;
    if (offset === 0) this.chunks.push(new this.make(chunkSize));
    this.chunks[this.chunks.length - 1]![offset] = value;
    this.length++;
  }

  get(index: number): number {
    return this.chunks[index >>> chunkBits]![index & chunkMask]!;
  }
}

/** `new make(length)` filled from `source`, grown or cut to `length`. */
export function resized<T extends TypedArray>(source: T, length: number, make: TypedArrayConstructor<T>): T {
  const next = new make(length);
  next.set((source.length > length ? source.subarray(0, length) : source) as never);
  return next;
}
