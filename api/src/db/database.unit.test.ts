import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../errors.ts';
import { describeConnectionError } from './database.ts';

describe('describeConnectionError', () => {
  it('explains a wrong password by its SQLSTATE and never shows the password', () => {
    const error = describeConnectionError({ code: '28P01' }, 'postgres://samsyn:hemligt@db.example.org/samsyn');
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toBe(
      'Fel lösenord för databasanvändaren i postgres://samsyn:***@db.example.org/samsyn: rätta DATABASE_URL / wrong database password: fix DATABASE_URL',
    );
  });

  it('passes other errors through unchanged', () => {
    const original = Object.assign(new Error('disk full'), { code: '53100' });
    expect(describeConnectionError(original, '/data')).toBe(original);
  });
});
