import type { BrowserContext } from 'playwright-core';

/** Where Debian's Chromium lives; override with MORD_CHROMIUM. */
export declare const CHROMIUM_PATH: string;
/** Content types of the files the tests and examples serve. */
export declare const CONTENT_TYPES: Record<string, string>;
/** Starts headless Chromium with a fresh profile. */
export declare function launchChromium(options?: {
  args?: string[];
  viewport?: { width: number; height: number };
}): Promise<BrowserContext>;
/** Serves a folder on a free loopback port, with extra response headers (fixed or per response). */
export declare function serveStatic(
  root: string,
  headers?: Record<string, string> | (() => Record<string, string>),
): Promise<{ url: string; close: () => Promise<void> }>;
