import { join } from 'node:path';
import { UserFacingError } from '../errors.ts';

/** What decides the demo's files: the same settings on the same day give the same bytes. */
export interface DemoSettings {
  /** Months of data, ending with the last complete month. */
  months: number;
  /** Volume: 1 ≈ 200 000 primary-care contacts over 36 months. */
  scale: number;
  seed: number;
}

export const defaultDemoSettings: DemoSettings = { months: 36, scale: 1, seed: 1 };

const rules: Record<keyof DemoSettings, { valid: (value: number) => boolean; sv: string; en: string }> = {
  months: { valid: (v) => Number.isInteger(v) && v >= 1 && v <= 120, sv: 'ett heltal 1–120', en: 'a whole number from 1 to 120' },
  scale: { valid: (v) => v >= 0.01 && v <= 10, sv: 'ett tal 0,01–10', en: 'a number from 0.01 to 10' },
  seed: { valid: (v) => Number.isSafeInteger(v) && v >= 0, sv: 'ett heltal, 0 eller större', en: 'a whole number, 0 or more' },
};

/**
 * Checks a setting typed by a person (a CLI flag or an environment variable), naming where it
 * came from. A decimal comma is fine: Swedish keyboards and habits write 0,5.
 */
export function parseDemoSetting(name: keyof DemoSettings, text: string, source: string): number {
  const rule = rules[name];
  const value = text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));
  if (!rule.valid(value)) {
    throw new UserFacingError(`${source} "${text}" ska vara ${rule.sv} / ${source} must be ${rule.en}`, { exitCode: 2 });
  }
  return value;
}

/** Where `samsyn demo` and the first start write the files, unless told otherwise. */
export function defaultDemoDir(dataDir: string): string {
  return join(dataDir, 'demo');
}
