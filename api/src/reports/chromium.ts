import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { UserFacingError } from '../errors.ts';

/**
 * The one headless Chromium the server draws PDFs with: Debian's (or CHROMIUM_PATH's), started on the first PDF a
 * server is asked for rather than at start (most starts never print, and Chromium costs a few hundred MB), then kept
 * and reused, since starting it takes longer than drawing a report. Started again if it crashed. Playwright's own
 * browser download needs the internet, which a county's server may not have.
 */
export class SharedChromium {
  #starting: Promise<Browser> | undefined;
  #closed = false;

  constructor(private readonly executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium') {}

  browser(): Promise<Browser> {
    if (this.#closed) return Promise.reject(new Error('Chromium is closed: the server is stopping'));
    this.#starting ??= this.#launch();
    return this.#starting;
  }

  /** Whether Chromium has been started (and not closed). */
  get started(): boolean {
    return this.#starting !== undefined;
  }

  async #launch(): Promise<Browser> {
    if (!existsSync(this.executablePath)) {
      this.#starting = undefined;
      throw new UserFacingError(
        `Chromium saknas på ${this.executablePath}: installera paketet chromium eller sätt CHROMIUM_PATH / Chromium not found: install it or set CHROMIUM_PATH`,
        { code: 'PDF_UNAVAILABLE' },
      );
    }
    try {
      // Loaded here, not at start: a server that never prints never loads Playwright's 10 MB of JavaScript.
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: this.executablePath,
        headless: true,
        // No sandbox: the server may run as root in a container. Chromium only ever opens this server's own print
        // pages (every other request is refused, see pdf.ts), so the sandbox protects against little here.
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
      browser.on('disconnected', () => {
        if (this.#starting && !this.#closed) this.#starting = undefined;
      });
      return browser;
    } catch (error) {
      this.#starting = undefined;
      throw error;
    }
  }

  /** Closes Chromium if it was started; later calls to browser() fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const starting = this.#starting;
    this.#starting = undefined;
    if (!starting) return;
    try {
      await (await starting).close();
    } catch {
      // It never started, or it is already gone: nothing to close.
    }
  }
}
