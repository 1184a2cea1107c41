import { TOWNSHIP_KIND_LABELS, TownshipKind, labelOf, type Locale } from '@lianxin/domain';

export interface TownshipSummary {
  code: string;
  name: string;
  kind: TownshipKind;
  villages: { code: string }[];
}

export interface TownshipGroup {
  kind: TownshipKind;
  label: string;
  townships: { code: string; name: string; villageCount: number }[];
}

const KIND_ORDER = [TownshipKind.TOWN, TownshipKind.TOWNSHIP, TownshipKind.SPECIAL];

/** Groups townships by kind (towns, then townships, then special zones) for the start page. */
export function groupTownships(
  townships: readonly TownshipSummary[],
  locale: Locale = 'zh-CN',
): TownshipGroup[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    label: labelOf(TOWNSHIP_KIND_LABELS, kind, locale),
    townships: townships
      .filter((t) => t.kind === kind)
      .map((t) => ({ code: t.code, name: t.name, villageCount: t.villages.length })),
  })).filter((group) => group.townships.length > 0);
}
