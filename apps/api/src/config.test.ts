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

describe('observability settings', () => {
  it('keep /metrics away by default: no token, no port, info logs, slow statements from 500 ms', () => {
    const config = loadConfig({});
    expect(config.metricsToken).toBeUndefined();
    expect(config.metricsPort).toBeUndefined();
    expect(config.metricsHost).toBe('127.0.0.1');
    expect(config.logLevel).toBe('info');
    expect(config.slowQueryMs).toBe(500);
  });

  it('read METRICS_TOKEN, METRICS_PORT, METRICS_HOST, LOG_LEVEL and SLOW_QUERY_MS', () => {
    const config = loadConfig({
      METRICS_TOKEN: 'a-long-scrape-token-0123',
      METRICS_PORT: '9464',
      METRICS_HOST: '10.0.0.5',
      LOG_LEVEL: 'WARN',
      SLOW_QUERY_MS: '0',
    });
    expect(config.metricsToken).toBe('a-long-scrape-token-0123');
    expect(config.metricsPort).toBe(9464);
    expect(config.metricsHost).toBe('10.0.0.5');
    expect(config.logLevel).toBe('warn');
    expect(config.slowQueryMs).toBe(0);
  });

  it('refuse a guessable or unsendable token, a bad port and an unknown level', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(
      'METRICS_TOKEN must be at least 16 characters without spaces',
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'sixteen chars or more' })).toThrow('without spaces');
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(
      'METRICS_PORT must be a port (1-65535), got "70000"',
    );
    expect(() => loadConfig({ PORT: '4000', METRICS_PORT: '4000' })).toThrow(
      'METRICS_PORT must differ from PORT',
    );
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    );
  });
});

describe('replicas', () => {
  const pg = 'postgres://u@primary:5432/db';

  it('reads DATABASE_REPLICA_URLS as a comma-separated list, with a 5 s lag bound by default', () => {
    const config = loadConfig({
      DATABASE_URL: pg,
      DATABASE_REPLICA_URLS: 'postgres://u@r1:5432/db, postgresql://u@r2/db',
    });
    expect(config.replicas).toEqual({
      urls: ['postgres://u@r1:5432/db', 'postgresql://u@r2/db'],
      maxLagMs: 5000,
    });
    expect(loadConfig({ DATABASE_URL: pg, REPLICA_MAX_LAG_MS: '250' }).replicas).toEqual({
      urls: [],
      maxLagMs: 250,
    });
  });

  it('refuses replicas for SQLite, and entries that are not postgres URLs (without echoing them)', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u@r1/db' })).toThrow(
      'DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL (SQLite has no replicas)',
    );
    expect(() =>
      loadConfig({ DATABASE_URL: pg, DATABASE_REPLICA_URLS: 'postgres://u@r1/db,mysql://u:secret@r2/db' }),
    ).toThrow(new ConfigError('DATABASE_REPLICA_URLS: entry 2 is not a postgres:// URL'));
    expect(() => loadConfig({ DATABASE_URL: pg, REPLICA_MAX_LAG_MS: 'soon' })).toThrow(ConfigError);
  });
});
