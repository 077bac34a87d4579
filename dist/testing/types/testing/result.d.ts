export declare function toHostValue(value: unknown): unknown;
