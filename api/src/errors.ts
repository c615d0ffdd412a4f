/**
 * An error whose message is written for the person running Samsyn: one line in Swedish and English
 * saying what went wrong and how to fix it. The CLI prints it without a stack trace (unless DEBUG).
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'UserFacingError';
  }
}
