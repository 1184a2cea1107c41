import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.js';

describe('parseDatabaseUrl', () => {
  it('defaults to an SQLite file under the data directory', () => {
    expect(parseDatabaseUrl(undefined, '/srv/data')).toEqual({
      dialect: 'sqlite',
      url: '/srv/data/lianxin.sqlite',
    });
  });

  it('takes postgres:// and postgresql:// URLs as PostgreSQL', () => {
    expect(parseDatabaseUrl('postgres://u@h:5432/db', '/d')).toEqual({
      dialect: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
    expect(parseDatabaseUrl('postgresql://u@h/db', '/d').dialect).toBe('postgres');
  });

  it('takes sqlite: URLs and bare paths as SQLite files', () => {
    expect(parseDatabaseUrl('sqlite:/tmp/x.sqlite', '/d')).toEqual({
      dialect: 'sqlite',
      url: '/tmp/x.sqlite',
    });
    expect(parseDatabaseUrl('sqlite::memory:', '/d')).toEqual({ dialect: 'sqlite', url: ':memory:' });
    expect(parseDatabaseUrl('rel/x.db', '/d')).toEqual({ dialect: 'sqlite', url: path.resolve('rel/x.db') });
  });

  it('refuses other schemes with a clear error', () => {
    expect(() => parseDatabaseUrl('mysql://h/db', '/d')).toThrow(ConfigError);
  });
});

describe('loadConfig', () => {
  it('reads PORT and DATA_DIR', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/var/lianxin' });
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ dialect: 'sqlite', url: '/var/lianxin/lianxin.sqlite' });
  });

  it('refuses a PORT that is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a non-negative integer, got "eighty"');
  });
});

describe('NODE_ENV', () => {
  it('is production unless development or test is asked for, so a plain start never shows stack traces', () => {
    expect(loadConfig({}).nodeEnv).toBe('production');
    expect(loadConfig({ NODE_ENV: 'staging' }).nodeEnv).toBe('production');
    expect(loadConfig({ NODE_ENV: 'development' }).nodeEnv).toBe('development');
  });
});
