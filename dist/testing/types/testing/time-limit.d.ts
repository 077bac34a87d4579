/** What the inserted checks see: `left` counts down, `check()` runs when it goes below zero. */
export interface TimeGate {
    left: number;
    readonly check: () => void;
}
export interface TimeLimit {
    readonly gate: TimeGate;
    /** Whether the deadline was seen to pass (by a check, or by `expire`). */
    expired(): boolean;
    /** Marks the deadline as passed: work the call left running is stopped at its next check. */
    expire(): void;
}
export declare function createTimeLimit(deadline: number, timeout: () => Error): TimeLimit;
