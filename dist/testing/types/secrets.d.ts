/** Every form of `value` that is masked. */
export declare function secretForms(value: string): string[];
/** Registers a sensitive value. Values shorter than 4 characters are not masked (they would garble text). */
export declare function registerSecret(value: string | undefined): void;
/** Called for every form of every value registered now and later (the action forwards them to `core.setSecret`). */
export declare function onSecretRegistered(listener: (value: string) => void): void;
export declare function redact(text: string): string;
/** For tests: forget every registered value. */
export declare function clearSecrets(): void;
