/** Exit codes of `sina-clean` (README): 0 success, 2 the input holds no article, 1 anything else. */
export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_NO_ARTICLE = 2;

/** An error with a one-line message for stderr and the exit code it maps to; never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_ERROR,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class NoArticleError extends CliError {
  constructor(message: string) {
    super(message, EXIT_NO_ARTICLE);
    this.name = 'NoArticleError';
  }
}

/** One line, no control characters: safe to print whatever a file name or page said. */
export function oneLine(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is what this line is for
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** System error codes in words: a user reads "disk full", not `ENOSPC` (the code follows in brackets). */
const CAUSES: Record<string, string> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'already exists',
  ENOTEMPTY: 'directory not empty',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error (a failing disk or a lost network share)',
  ELOOP: 'too many symbolic links (a link loop)',
  ENAMETOOLONG: 'file name too long',
  EXDEV: 'on another disk',
  EBUSY: 'busy (in use by another program)',
  ETXTBSY: 'busy (in use by another program)',
  EFBIG: 'file too large',
  EINVAL: 'invalid argument',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ESTALE: 'stale network file handle',
};

/** What a file operation was doing, from Node's `syscall` field. */
const VERBS: Record<string, string> = {
  open: 'open',
  read: 'read',
  write: 'write',
  scandir: 'read the folder',
  opendir: 'read the folder',
  stat: 'read',
  lstat: 'read',
  mkdir: 'create the folder',
  rename: 'replace',
  copyfile: 'copy',
  unlink: 'remove',
  chmod: 'set the mode of',
  chown: 'set the owner of',
  fsync: 'write',
  realpath: 'follow the link',
  readlink: 'follow the link',
};

type SysError = Error & { code: string; syscall?: string; path?: string };

function isSysError(err: unknown): err is SysError {
  const code: unknown = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/** A file operation that failed: the message names the file, `reason` keeps the system error. */
export class FileError extends CliError {
  constructor(
    message: string,
    readonly reason: unknown,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/** A disk with no room left (for this user): full, or over its quota. */
export function isNoSpace(err: unknown): boolean {
  if (err instanceof FileError) return isNoSpace(err.reason);
  return isSysError(err) && (err.code === 'ENOSPC' || err.code === 'EDQUOT');
}

/** `disk full (ENOSPC)` for a system error (also one wrapped in a FileError); undefined for any other error. */
export function causeOf(err: unknown): string | undefined {
  if (err instanceof FileError) return causeOf(err.reason);
  if (!isSysError(err)) return undefined;
  if (err.syscall === 'mkdir' && err.code === 'EEXIST') return 'a file of that name is in the way (EEXIST)';
  const words = CAUSES[err.code] ?? err.message.replace(/^E[A-Z0-9]+:\s*/, '').replace(/,.*$/, '');
  return `${words} (${err.code})`;
}

/** The error in one line; a system error as its cause in words (the caller names the file). */
export function messageOf(err: unknown): string {
  const cause = err instanceof FileError ? undefined : causeOf(err);
  if (cause) return cause;
  if (err instanceof Error) return oneLine(err.message || err.name);
  return oneLine(String(err));
}

/** Like messageOf, but a system error also says what it was doing, and to which file. */
export function describeError(err: unknown): string {
  const cause = causeOf(err);
  if (!cause || !isSysError(err) || err.path === undefined) return messageOf(err);
  return `cannot ${VERBS[err.syscall ?? ''] ?? 'use'} ${oneLine(err.path, 500)}: ${cause}`;
}

/** An error that names the file and the cause: `cannot write out/a.md: disk full (ENOSPC)`. */
export function fileError(verb: string, path: string, err: unknown): FileError {
  return new FileError(`cannot ${verb} ${oneLine(path, 500)}: ${messageOf(err)}`, err);
}
