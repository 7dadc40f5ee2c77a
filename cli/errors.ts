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
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) return oneLine(err.message || err.name);
  return oneLine(String(err));
}
