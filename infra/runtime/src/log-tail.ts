/** Keeps the last lines a child process printed, to show them only when its start fails. */
export class LogTail {
  readonly #lines: string[] = [];
  constructor(readonly size = 40) {}

  push = (text: string): void => {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      this.#lines.push(line);
      if (this.#lines.length > this.size) this.#lines.shift();
    }
  };

  toString(): string {
    return this.#lines.join('\n');
  }
}
