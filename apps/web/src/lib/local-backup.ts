/** A copy of unsaved input in this browser, so a failed save or a closed tab loses nothing. */
export function readBackup<T>(key: string): { value: T; at: number } | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { value: T; at: number }) : undefined;
  } catch {
    return undefined;
  }
}

export function writeBackup<T>(key: string, value: T): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({ value, at: Date.now() }));
  } catch {
    // storage full or disabled: the server copy is all we have
  }
}

export function clearBackup(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}
