import { describe, expect, it } from 'vitest';
import { OptionError, parseInterval, parseSimulateArgs } from './simulate-options.js';

describe('parseSimulateArgs', () => {
  it('defaults to the local API, one action every 3 s, forever, with a random seed', () => {
    expect(parseSimulateArgs([])).toEqual({
      help: false,
      url: 'http://localhost:4000',
      everyMs: 3000,
      count: undefined,
      seed: undefined,
      token: undefined,
      database: undefined,
    });
  });

  it('reads --every as a duration and --rate as actions per minute', () => {
    expect(parseSimulateArgs(['--every', '2s']).everyMs).toBe(2000);
    expect(parseSimulateArgs(['--every', '500ms']).everyMs).toBe(500);
    expect(parseSimulateArgs(['--every=1m']).everyMs).toBe(60_000);
    expect(parseSimulateArgs(['--rate', '30']).everyMs).toBe(2000);
    expect(parseSimulateArgs(['--rate', '0.5']).everyMs).toBe(120_000);
  });

  it('takes --count, --seed, --token and --url', () => {
    const o = parseSimulateArgs([
      '--count',
      '30',
      '--seed',
      '7',
      '--token',
      'T',
      '--url',
      'http://10.0.0.2:4000',
    ]);
    expect([o.count, o.seed, o.token, o.url]).toEqual([30, 7, 'T', 'http://10.0.0.2:4000']);
  });

  it('refuses contradictions and nonsense with a message naming the option', () => {
    expect(() => parseSimulateArgs(['--every', '2s', '--rate', '10'])).toThrow(
      'give --every or --rate, not both',
    );
    expect(() => parseSimulateArgs(['--every', 'fast'])).toThrow(/--every takes a duration/);
    expect(() => parseSimulateArgs(['--every', '10ms'])).toThrow(/at least 50ms/);
    expect(() => parseSimulateArgs(['--rate', '5000'])).toThrow(/at most 1200 a minute/);
    expect(() => parseSimulateArgs(['--count', '0'])).toThrow(/--count must be a positive integer/);
    expect(() => parseSimulateArgs(['--seed', 'x'])).toThrow(/--seed must be an integer/);
    expect(() => parseSimulateArgs(['--url', 'localhost'])).toThrow(/--url must be a URL/);
    expect(() => parseSimulateArgs(['--speed', '2'])).toThrow(OptionError);
  });
});

describe('parseInterval', () => {
  it('reads a bare number as seconds and allows fractions', () => {
    expect(parseInterval('2')).toBe(2000);
    expect(parseInterval('1.5s')).toBe(1500);
  });
});
