/**
 * An error whose message is written for the person who caused it: one line in Swedish and English
 * saying what went wrong and how to fix it. The CLI prints it without a stack trace (unless DEBUG);
 * the GraphQL API passes its message and `code` to the client instead of masking it.
 */
export class UserFacingError extends Error {
  readonly code: string;
  readonly exitCode: number;
  readonly extensions: Record<string, unknown>;

  constructor(
    message: string,
    options: { code?: string; exitCode?: number; cause?: unknown; extensions?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'UserFacingError';
    this.code = options.code ?? 'BAD_USER_INPUT';
    this.exitCode = options.exitCode ?? 1;
    this.extensions = options.extensions ?? {};
  }
}
