// Fictional people: names, mobile numbers and resident ID numbers that are well-formed (so forms and
// validators accept them) but belong to nobody real.

import { idCheckDigit } from '@lianxin/domain';
import { DAY, dayFromYmd } from './days.js';
import { cumulate, type Prng } from './prng.js';

// Surnames common in Wuzhong, weighted roughly by how often they appear locally (马 and other Hui
// surnames such as 海, 丁, 纳, 锁, 拜 are frequent here).
const SURNAME_TABLE: readonly [string, number][] = [
  ['马', 14],
  ['王', 9],
  ['杨', 8],
  ['李', 7],
  ['张', 6],
  ['刘', 5],
  ['陈', 4],
  ['丁', 3],
  ['海', 2],
  ['金', 2],
  ['苏', 2],
  ['田', 2],
  ['何', 2],
  ['周', 2],
  ['赵', 2],
  ['吴', 2],
  ['白', 2],
  ['高', 2],
  ['韩', 2],
  ['郭', 2],
  ['冯', 1],
  ['纳', 1],
  ['锁', 1],
  ['拜', 1],
  ['虎', 1],
  ['哈', 1],
  ['穆', 1],
  ['余', 1],
  ['徐', 1],
  ['罗', 1],
  ['孙', 1],
  ['黄', 1],
  ['胡', 1],
  ['魏', 1],
  ['冶', 1],
  ['撒', 1],
  ['朱', 1],
  ['蒋', 1],
  ['石', 1],
  ['常', 1],
];
const SURNAMES = SURNAME_TABLE.map(([s]) => s);
const SURNAME_CUMULATIVE = cumulate(SURNAME_TABLE.map(([, w]) => w));

const MALE_CHARS = [
  ...'建国军强伟明福学忠文海成兵平林春富贵德宝祥俊虎龙山志宏玉永生彦有仁义保全喜才青杰刚斌鹏飞涛东旭辉',
];
const FEMALE_CHARS = [...'秀英兰花梅芳霞红琴丽娟燕萍玲凤桂珍艳静敏慧莉洁婷雪月琳'];

function randomSurname(rng: Prng): string {
  return SURNAMES[rng.weighted(SURNAME_CUMULATIVE)] as string;
}

/** A given name of `length` characters (1 or 2). */
export function randomGivenName(rng: Prng, male: boolean, length: number): string {
  const chars = male ? MALE_CHARS : FEMALE_CHARS;
  const first = rng.pick(chars);
  return length === 1 ? first : first + rng.pick(chars);
}

/** A full name; about three in four given names have two characters, as in the population. */
export function randomName(rng: Prng, male: boolean, surname: string = randomSurname(rng)): string {
  return surname + randomGivenName(rng, male, rng.chance(0.78) ? 2 : 1);
}

// Prefixes of the three mainland operators in use for personal mobiles.
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '173',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '184',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '193',
  '195',
  '198',
  '199',
];
export const MOBILE_RE = /^1(3\d|5[0-35-9]|7[378]|8\d|9[13589])\d{8}$/;

export function randomMobile(rng: Prng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(100_000_000)).padStart(8, '0');
}

// GB 11643-1999: weights of the first 17 digits and the check characters by remainder.

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID number. */

// Counties of Wuzhong (6403xx); most petitioners were born in Litong itself.
const REGION_TABLE: readonly [string, number][] = [
  ['640302', 78],
  ['640381', 8],
  ['640303', 5],
  ['640323', 4],
  ['640324', 5],
];
const REGIONS = REGION_TABLE.map(([r]) => r);
const REGION_CUMULATIVE = cumulate(REGION_TABLE.map(([, w]) => w));

const BIRTH_FIRST = dayFromYmd(1940, 1, 1);
const BIRTH_LAST = dayFromYmd(2003, 12, 31);
let birthDates: string[] | null = null;

// 'YYYYMMDD' of every birth day, built once: formatting a Date per petitioner is the slow part.
function birthDateTable(): string[] {
  if (!birthDates) {
    birthDates = [];
    for (let d = BIRTH_FIRST; d <= BIRTH_LAST; d++) {
      birthDates.push(new Date(d * DAY).toISOString().slice(0, 10).replaceAll('-', ''));
    }
  }
  return birthDates;
}

/** An 18-digit ID: Wuzhong region, birth 1940–2003, sequence whose last digit is odd for men. */
export function randomIdNumber(rng: Prng, male: boolean): string {
  return idNumberOf(drawIdParts(rng, male));
}

interface IdParts {
  region: number;
  birth: number;
  /** 3-digit sequence: odd for men, even for women (GB 11643). */
  seq: number;
}

function drawIdParts(rng: Prng, male: boolean): IdParts {
  const birth = rng.int(birthDateTable().length);
  const region = rng.weighted(REGION_CUMULATIVE);
  return { region, birth, seq: rng.int(500) * 2 + (male ? 1 : 0) };
}

function idNumberOf({ region, birth, seq }: IdParts): string {
  const first17 =
    (REGIONS[region] as string) + (birthDateTable()[birth] as string) + String(seq).padStart(3, '0');
  return first17 + idCheckDigit(first17);
}

/**
 * Hands out ID numbers that no earlier petitioner of the run holds: an ID number names one person, and
 * the import (like a real register) takes two rows with one number for the same petitioner. A bit per
 * possible number (region × birth date × sequence, ~15 MB); a taken one is drawn again.
 */
export class IdNumberIssuer {
  private readonly taken = new Uint8Array(Math.ceil((REGIONS.length * birthDateTable().length * 1000) / 8));

  draw(rng: Prng, male: boolean): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const parts = drawIdParts(rng, male);
      const key = (parts.region * birthDateTable().length + parts.birth) * 1000 + parts.seq;
      const bit = 1 << (key & 7);
      if ((this.taken[key >> 3]! & bit) !== 0) continue;
      this.taken[key >> 3]! |= bit;
      return idNumberOf(parts);
    }
    throw new RangeError('No unused resident ID number left to draw: too many petitioners for the seed.');
  }
}
