export interface CronCheck {
    readonly errors: string[];
    readonly warnings: string[];
}
export declare function checkCron(expression: string): CronCheck;
