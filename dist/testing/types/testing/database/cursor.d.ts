import type { Doc, FunctionCursor } from './types.js';
export interface CursorShape {
    sort?: Doc;
    skip?: number;
    limit?: number;
}
export declare class ArrayCursor implements FunctionCursor {
    private readonly produce;
    private readonly shape;
    private docs?;
    private position;
    /** `produce` runs once, on the first read, with the shape set so far. */
    constructor(produce: (shape: CursorShape) => Promise<Doc[]>);
    sort(sort: Doc): FunctionCursor;
    skip(amount: number): FunctionCursor;
    limit(amount: number): FunctionCursor;
    next(): Promise<Doc | undefined>;
    toArray(): Promise<Doc[]>;
    private set;
    private read;
}
