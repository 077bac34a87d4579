// App Services' cursor (next, toArray, sort, skip, limit) over documents the engine produces on the
// first read: sort/skip/limit may only be set before that, as App Services documents.
import type { Doc, FunctionCursor } from './types.js'

export interface CursorShape {
  sort?: Doc
  skip?: number
  limit?: number
}

export class ArrayCursor implements FunctionCursor {
  private readonly shape: CursorShape = {}
  private docs?: Doc[]
  private position = 0

  /** `produce` runs once, on the first read, with the shape set so far. */
  constructor(private readonly produce: (shape: CursorShape) => Promise<Doc[]>) {}

  sort(sort: Doc): FunctionCursor {
    return this.set({ sort })
  }
  skip(amount: number): FunctionCursor {
    return this.set({ skip: amount })
  }
  limit(amount: number): FunctionCursor {
    return this.set({ limit: amount })
  }

  async next(): Promise<Doc | undefined> {
    const docs = await this.read()
    return docs[this.position++]
  }

  async toArray(): Promise<Doc[]> {
    const docs = await this.read()
    const rest = docs.slice(this.position)
    this.position = docs.length
    return rest
  }

  private set(part: CursorShape): FunctionCursor {
    if (this.docs) throw new Error('cursor: sort, skip and limit must be set before next() or toArray()')
    Object.assign(this.shape, part)
    return this
  }

  private async read(): Promise<Doc[]> {
    this.docs ??= await this.produce(this.shape)
    return this.docs
  }
}
