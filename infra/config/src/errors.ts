/** A bad environment variable: printed as one line naming the variable and what was expected. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
