/**
 * The classic Unix errno numbers 1–34. They come from V7 Unix and are the same on Linux/Android and
 * on Darwin/iOS — the platforms the players run on — except 11 (EAGAIN on Linux, EDEADLK on Darwin).
 * Above 34 the platforms number differently, so a number there is reported without a name rather
 * than with a name that may be wrong. Used only to name `base + errno` codes whose base the catalog's
 * own entries prove (see structure.ts); nothing here is a vendor code.
 */
const ERRNO: readonly (readonly [name: string, message: string])[] = [
  ['EPERM', 'Operation not permitted'],
  ['ENOENT', 'No such file or directory'],
  ['ESRCH', 'No such process'],
  ['EINTR', 'Interrupted system call'],
  ['EIO', 'I/O error'],
  ['ENXIO', 'No such device or address'],
  ['E2BIG', 'Argument list too long'],
  ['ENOEXEC', 'Exec format error'],
  ['EBADF', 'Bad file descriptor'],
  ['ECHILD', 'No child processes'],
  ['EAGAIN', 'Resource temporarily unavailable (Linux/Android; EDEADLK on iOS)'],
  ['ENOMEM', 'Out of memory'],
  ['EACCES', 'Permission denied'],
  ['EFAULT', 'Bad address'],
  ['ENOTBLK', 'Block device required'],
  ['EBUSY', 'Device or resource busy'],
  ['EEXIST', 'File exists'],
  ['EXDEV', 'Cross-device link'],
  ['ENODEV', 'No such device'],
  ['ENOTDIR', 'Not a directory'],
  ['EISDIR', 'Is a directory'],
  ['EINVAL', 'Invalid argument'],
  ['ENFILE', 'File table overflow'],
  ['EMFILE', 'Too many open files'],
  ['ENOTTY', 'Not a typewriter'],
  ['ETXTBSY', 'Text file busy'],
  ['EFBIG', 'File too large'],
  ['ENOSPC', 'No space left on device'],
  ['ESPIPE', 'Illegal seek'],
  ['EROFS', 'Read-only file system'],
  ['EMLINK', 'Too many links'],
  ['EPIPE', 'Broken pipe'],
  ['EDOM', 'Math argument out of domain of func'],
  ['ERANGE', 'Math result not representable'],
];

export interface Errno {
  number: number;
  /** Absent above 34, where Linux and Darwin disagree. */
  name?: string;
  message?: string;
}

export function errnoOf(n: number): Errno {
  const known = n >= 1 ? ERRNO[n - 1] : undefined;
  return known ? { number: n, name: known[0], message: known[1] } : { number: n };
}

/** The errno number of a name (`EACCES` → 13), or undefined. */
export function errnoNumber(name: string): number | undefined {
  const i = ERRNO.findIndex(([n]) => n === name);
  return i < 0 ? undefined : i + 1;
}
