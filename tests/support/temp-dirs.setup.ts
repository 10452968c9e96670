import { afterAll } from 'vitest';
import { removeMarkedFolders } from './temp-dirs.ts';

/*
 * vitest setupFile, run before every test file: removes, after the file's last hook, the folders
 * support helpers marked while it ran (build folders, dataset exports written without a parent).
 * Registered first, so it runs after the file's own afterAll hooks (stopped servers first).
 */
afterAll(removeMarkedFolders);
