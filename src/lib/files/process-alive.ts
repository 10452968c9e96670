/**
 * Whether process `pid` is still running on this machine: how a build tells a folder or lock
 * left by a build that died from one a running build still owns.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
