import type { Problem } from '../errors.js';
export declare function checkHostingFiles(appDir: string): Promise<Problem[]>;
