// `pnpm --filter @lianxin/api templates`: writes templates/case-import-template.{csv,xlsx} — the
// headers of case-columns.ts and the article's two cases as example rows.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CaseStatus,
  CategoryCode,
  Channel,
  idCheckDigit,
  LeaderPost,
  MatterType,
  Outcome,
  Satisfaction,
} from '@lianxin/domain';
import { generateDistrict } from '@lianxin/seed';
import { CASE_HEADERS, formatCase } from './case-columns.js';
import { parseLocalTime } from './cell-formats.js';
import type { SheetCase } from './sheet-case.js';
import { referenceFromDistrict } from './reference.js';
import { writeSheet } from './sheet-io.js';

const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates');

/** A fictional resident ID with a valid check digit (region 640302 利通区). */
function exampleId(first17: string): string {
  return first17 + idCheckDigit(first17);
}

function templateCases(): { cases: SheetCase[]; district: ReturnType<typeof generateDistrict> } {
  const district = generateDistrict();
  const village = (township: string, name: string) => {
    const t = district.townships.find((x) => x.name === township)!;
    return {
      townshipCode: t.code,
      villageCode: district.villages.find((v) => v.townshipCode === t.code && v.name === name)!.code,
    };
  };
  const leader = (post: LeaderPost) => district.leaders.find((l) => l.post === post)!.id;
  const unit = (name: string) => district.units.find((u) => u.name === name)!.id;
  const t = parseLocalTime;
  const base = {
    code: null,
    pausedDays: 0,
    declinedAt: null,
    extensionDays: null,
    delayReason: null,
    reviewRequestedAt: null,
    reviewRepliedAt: null,
    rereviewRequestedAt: null,
    rereviewRepliedAt: null,
    repeatOfCode: null,
    status: CaseStatus.CLOSED,
    outcome: Outcome.SUPPORTED,
    satisfaction: Satisfaction.SATISFIED,
    matterType: MatterType.APPEAL,
    headcount: 1,
  };
  const cases: SheetCase[] = [
    {
      ...base,
      title: '陈木闸村农田林网树木遮阴影响庄稼生长',
      summary: '陈木闸村村民反映：农田林网树木长势茂盛、树冠很大，严重遮挡庄稼生长，请求解决。',
      categoryCode: CategoryCode.TREE_SHADING,
      channel: Channel.VISIT,
      ...village('马莲渠乡', '陈木闸村'),
      petitioners: [{ name: '陈立强', phone: '13909530001', idNumber: exampleId('64030219700312003') }],
      receivedAt: t('2023-06-05 09:20'),
      forwardedAt: t('2023-06-05 11:20'),
      acceptedAt: t('2023-06-06 09:30'),
      handlingDays: 15,
      repliedAt: t('2023-06-14 11:00'),
      closedAt: t('2023-06-14 15:00'),
      ratedAt: t('2023-06-17 10:00'),
      leaderId: leader(LeaderPost.PETITION_BUREAU_DIRECTOR),
      unitId: unit('林业和草原局'),
    },
    {
      ...base,
      title: '吴家沟村玉米地淌不上水',
      summary: '吴家沟村4队村民反映：种植的玉米地淌不上水，面临较大损失，请求协调灌溉用水。',
      categoryCode: CategoryCode.IRRIGATION,
      channel: Channel.PHONE,
      ...village('扁担沟镇', '吴家沟村'),
      petitioners: [{ name: '杨志成', phone: '13909530002', idNumber: exampleId('64030219650821001') }],
      receivedAt: t('2023-07-18 08:40'),
      forwardedAt: t('2023-07-18 09:40'),
      acceptedAt: t('2023-07-18 16:00'),
      handlingDays: null,
      repliedAt: t('2023-07-26 10:00'),
      closedAt: t('2023-07-26 14:00'),
      ratedAt: t('2023-08-02 10:00'),
      leaderId: leader(LeaderPost.DEPUTY_MAYOR),
      unitId: unit('水务局'),
    },
  ];
  return { cases, district };
}

async function main(): Promise<void> {
  const { cases, district } = templateCases();
  const ref = referenceFromDistrict(district);
  const rows = cases.map((c) => formatCase(c, ref));
  fs.mkdirSync(templatesDir, { recursive: true });
  for (const format of ['csv', 'xlsx'] as const) {
    const file = path.join(templatesDir, `case-import-template.${format}`);
    fs.writeFileSync(file, await writeSheet(format, [...CASE_HEADERS], rows));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
