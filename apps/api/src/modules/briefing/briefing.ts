// Briefings (信访工作简报) as PDF and DOCX for a period and area, generated as the caller: the numbers
// come from the API's own operations in the caller's role and area, and every generation is logged.
import { GraphQLError } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import { inRoleGroup, localDate } from '@lianxin/domain';
import type { BriefingData, BriefingFonts, BriefingLocale, DocxFonts } from '@lianxin/briefing';
import { parsePeriod, PeriodError, periodKey } from '@lianxin/briefing/period';
import { operationDocument } from '@lianxin/operations';
import type { DataSource } from 'typeorm';
import type { Context } from '../../context.js';
import { REQUEST_BUDGET, RequestBudget, runInBudget } from '../../request-budget.js';
import type { Limits } from '../../request-budget-limits.js';
import type { AuthUser } from '../auth/auth.service.js';
import { writeAccessLog } from '../access/access-log.js';
import { forbidden } from '../access/access-policy.js';
import { badUserInput, ErrorCode } from '../common/errors.js';
import {
  readBriefingData,
  type BriefingNames,
  type BriefingRequest,
  type RunOperation,
} from './briefing-data.js';

export const BRIEFING_FORMATS = ['pdf', 'docx'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];
const LOCALES: readonly BriefingLocale[] = ['zh-CN', 'en'];

export const BRIEFING_CONTENT_TYPES: Readonly<Record<BriefingFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface BriefingSettings {
  names: BriefingNames;
  /** The district's font files for the PDF and its charts; null: the faces packages/briefing ships. */
  fontFiles: { regular: string; bold: string } | null;
  /** Faces the DOCX names (the reader's installed fonts); null: those of official documents. */
  docxFonts: DocxFonts | null;
}

/**
 * The document writers (ECharts, resvg, pdfkit, docx: ≈ 1 s and 75 MB to load) and the fonts, loaded
 * with the first briefing rather than with every start of the API and its CLIs.
 */
async function loadWriters(settings: BriefingSettings) {
  const writers = await import('@lianxin/briefing');
  const fonts: BriefingFonts = settings.fontFiles
    ? writers.fontFaces(settings.fontFiles.regular, settings.fontFiles.bold)
    : writers.SHIPPED_FONTS;
  return { ...writers, fonts, docxFonts: settings.docxFonts ?? writers.OFFICIAL_DOCX_FONTS };
}

/** A briefing as asked, before it is read: strings from a URL or a command line. */
export interface BriefingAsk {
  period?: string;
  township?: string;
  locale?: string;
  /** ISO 8601; default: now. */
  asOf?: string;
}

export interface BriefingFile {
  format: BriefingFormat;
  fileName: string;
  content: Buffer;
}

/** Reads an ask into a request, refusing what is not one (BAD_USER_INPUT naming the field). */
export function briefingRequest(ask: BriefingAsk, user: AuthUser, now = new Date()): BriefingRequest {
  if (!ask.period)
    throw badUserInput('period', 'give the period: 2023-11, 2023-Q4, 2023 or 2023-11-01..2023-11-15');
  let period;
  try {
    period = parsePeriod(ask.period);
  } catch (error) {
    if (error instanceof PeriodError) throw badUserInput('period', error.message);
    throw error;
  }
  const locale = (ask.locale ?? 'zh-CN') as BriefingLocale;
  if (!LOCALES.includes(locale)) throw badUserInput('locale', `unknown locale: zh-CN or en`);
  let asOf = now;
  if (ask.asOf !== undefined) {
    asOf = new Date(ask.asOf);
    if (Number.isNaN(asOf.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(ask.asOf))
      throw badUserInput('asOf', 'asOf is an ISO 8601 time, e.g. 2023-12-01T09:00+08:00');
    if (asOf.getTime() > now.getTime()) throw badUserInput('asOf', 'asOf is in the future');
  }
  if (period.from > localDate(asOf))
    throw badUserInput('period', `the period starts after asOf: nothing to report yet`);
  if (user.scope.villageCode)
    throw forbidden('briefings cover the district or a township; a village account has no briefing');
  const own = user.scope.townshipCode ?? null;
  const townshipCode = ask.township?.trim() || own;
  if (townshipCode !== null && !/^\d{9,12}$/.test(townshipCode))
    throw badUserInput('township', 'a township is given by its code, e.g. 640302100');
  if (own && townshipCode !== own) throw forbidden('a briefing of another township than your own');
  return { period, townshipCode, locale, asOf, asOfGiven: ask.asOf !== undefined };
}

/**
 * Runs the operations of packages/operations in-process through Apollo (its plugins, the role rules and
 * the access log included), each with a fresh context for the user, as a request of theirs would.
 */
export function operationRunner(
  apollo: ApolloServer<Context>,
  contextFor: (user: AuthUser) => Context,
  user: AuthUser,
  /** Each operation's request budget (default: a GraphQL request's). */
  limits: Limits = REQUEST_BUDGET,
): RunOperation {
  return async (name, variables, now) => {
    const response = await runInBudget(new RequestBudget(limits), () =>
      apollo.executeOperation(
        { query: operationDocument(name), operationName: name, variables },
        { contextValue: { ...contextFor(user), now } },
      ),
    );
    if (response.body.kind !== 'single') throw new Error(`${name}: expected a single result`);
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const [first] = errors;
      throw new GraphQLError(first!.message, { extensions: first!.extensions });
    }
    return data;
  };
}

/** Generates briefings as `user` may read them; each generation is written to the access log. */
export class BriefingService {
  private writers: ReturnType<typeof loadWriters> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly runnerFor: (user: AuthUser, limits?: Limits) => RunOperation,
    private readonly settings: BriefingSettings,
  ) {}

  async generate(
    user: AuthUser,
    request: BriefingRequest,
    formats: readonly BriefingFormat[],
    /** Each operation's request budget; the console's `pnpm briefing` lifts the SQL time limit. */
    limits?: Limits,
  ): Promise<{ data: BriefingData; files: BriefingFile[] }> {
    // The wall's account reads aggregates shaped for the wall only.
    if (!inRoleGroup(user.role, 'caseReaders'))
      throw new GraphQLError(`briefings are not for the role ${user.role}`, {
        extensions: { code: ErrorCode.FORBIDDEN },
      });
    this.writers ??= loadWriters(this.settings).catch((error: unknown) => {
      this.writers = null;
      throw error;
    });
    const w = await this.writers;
    const data = await readBriefingData(this.runnerFor(user, limits), request, this.settings.names);
    const doc = w.composeBriefing(data, request.locale, w.fonts);
    const files: BriefingFile[] = [];
    for (const format of formats) {
      const content =
        format === 'pdf' ? await w.briefingPdf(doc, w.fonts) : await w.briefingDocx(doc, w.docxFonts);
      files.push({
        format,
        content,
        fileName:
          request.locale === 'zh-CN'
            ? `${data.areaName}信访工作简报-${periodKey(request.period)}.${format}`
            : `${data.areaName} petition briefing ${periodKey(request.period)}.${format}`,
      });
    }
    // On record before a file leaves, like an export.
    await writeAccessLog(this.dataSource, user, 'EXPORT', [
      {
        caseId: null,
        fields: '',
        detail: JSON.stringify({
          briefing: {
            from: request.period.from,
            to: request.period.to,
            township: request.townshipCode,
            locale: request.locale,
            asOf: request.asOf.toISOString(),
            formats,
            overdueCasesListed: data.overdue.cases?.length ?? 0,
          },
        }),
      },
    ]);
    return { data, files };
  }
}
