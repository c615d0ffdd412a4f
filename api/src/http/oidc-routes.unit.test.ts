import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './oidc-routes.ts';

describe('safeRedirectTarget', () => {
  it('keeps paths on this site and refuses everything else', () => {
    expect(safeRedirectTarget('/konto?flik=roller')).toBe('/konto?flik=roller');
    for (const unsafe of [undefined, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', 'konto']) {
      expect(safeRedirectTarget(unsafe)).toBe('/');
    }
  });
});
