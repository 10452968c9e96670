import { access } from 'node:fs/promises';

/** Whether something exists at `path` (any kind of file or folder this process can see). */
export function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
