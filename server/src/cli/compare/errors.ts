/**
 * An error in the user's input or arguments: printed as one line (`error: …`), exit code 2.
 * Anything else thrown during a comparison is a bug and is reported the same way.
 */
export class CompareError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'CompareError';
  }
}
