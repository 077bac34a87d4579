export declare function appNameProblem(name: string): string | undefined;
export declare function functionNameProblem(name: string): string | undefined;
export declare function triggerNameProblem(name: string): string | undefined;
export declare function valueNameProblem(name: string): string | undefined;
export declare function secretNameProblem(name: string): string | undefined;
