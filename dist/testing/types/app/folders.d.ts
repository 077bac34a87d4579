import type { Problem } from '../errors.js';
import type { AppDir } from './app-dir.js';
import { type Layout } from './model.js';
export declare function checkTopLevel(dir: AppDir, layout: Layout): Promise<Problem[]>;
