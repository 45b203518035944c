import type { Browser, Page } from 'playwright-core';
import { type Session, signInAs } from './browser';

/** The people of a scenario, each at their own browser (own cookies), signed in on first use. */
export class Actors {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly password: string,
    private readonly viewport = { width: 1366, height: 900 },
  ) {}

  async as(username: string): Promise<Page> {
    const existing = this.sessions.get(username);
    if (existing) return existing.page;
    const session = await signInAs(this.browser, this.baseUrl, username, this.password, this.viewport);
    this.sessions.set(username, session);
    return session.page;
  }

  /** Closes one person's browser: a small machine keeps only the people still needed. */
  async release(username: string): Promise<void> {
    await this.sessions.get(username)?.context.close();
    this.sessions.delete(username);
  }

  pages(): [string, Page][] {
    return [...this.sessions].map(([username, session]) => [username, session.page]);
  }

  async closeAll(): Promise<void> {
    for (const username of [...this.sessions.keys()]) await this.release(username);
  }
}
