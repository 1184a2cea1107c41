// The step forms in Chromium against what `pnpm start` runs: a fresh case taken through 受理 → 限期办理 →
// 督办 → 答复 → 答复送达 → 申请复查 → 复查答复 as a clerk would. The page offers exactly the steps the
// API allows; the forms ask what the domain's step catalogue asks (supervision's "a unit or a leader"
// said and checked before sending, a delivery dated today and never before the reply, the review answer's
// "changes the first answer" only in review); the case page shows what the steps recorded (the
// leadership deadline beside the statutory one, the holiday-calendar notice, the delivery day, the
// review's change) — and not one console error on the way.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '@lianxin/e2e/browser';
import {
  type ConsoleProblem,
  VIEWPORT,
  settle,
  signIn,
  todayInShanghai,
  watchConsole,
} from './dashboard-support.js';
import { type RunningApi, startApi } from '@lianxin/e2e/harness';
import { gql, knownRegistration, login, places, registerCase } from './wall-support.js';

interface Deadline {
  kind: string;
  beyondCalendar: boolean;
}
interface CaseNow {
  status: string;
  allowedSteps: string[];
  deliveredAt: string | null;
  reviewChanged: boolean | null;
  deadlines: Deadline[];
}
const CASE_QUERY = `query ($id: ID!) { case(id: $id) {
  status allowedSteps deliveredAt reviewChanged deadlines { kind beyondCalendar } } }`;

describe.skipIf(!browserAvailable)('the step forms in a browser', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  let caseId: string;
  let problems: ConsoleProblem[];
  /** Mutations the page sent, by their field (superviseCase, deliverReply …). */
  const sent: string[] = [];

  const caseNow = async () => (await gql<{ case: CaseNow }>(api.url, token, CASE_QUERY, { id: caseId })).case;

  /** Opens a step's form, lets `fill` enter its inputs, submits, and waits for the page's confirmation. */
  async function takeStep(event: string, fill: () => Promise<void> = async () => {}): Promise<void> {
    await page.getByTestId(`step-${event}`).click();
    await page.getByTestId(`step-form-${event}`).waitFor();
    await fill();
    await page.getByTestId(`step-submit-${event}`).click();
    await page.getByTestId('case-notice').waitFor();
    await settle(page, 'case-timeline');
  }

  /** The step buttons the page offers now. */
  const offered = () =>
    page
      .getByTestId('case-actions')
      .locator('.step-buttons button')
      .evaluateAll((buttons) =>
        buttons.map((b) => (b.getAttribute('data-testid') ?? '').replace(/^step-/, '')),
      );

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    token = await login(api.url, 'admin', api.adminPassword);
    const known = await places(api.url, token);
    const registration = knownRegistration(known.villages[0]!, known.categories[0]!.code, 1);
    caseId = (await registerCase(api.url, token, registration)).id;
    context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    problems = watchConsole(context);
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const { query } = JSON.parse(request.postData() ?? '{}') as { query?: string };
      const match = /^\s*mutation \w+[^{]*\{\s*(\w+)/.exec(query ?? '');
      if (match) sent.push(match[1]!);
    });
    await signIn(page, api);
    await page.goto(`${api.url}/cases/${caseId}`);
    await settle(page, 'case-timeline');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
    if (api) fs.rmSync(api.dataDir, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(problems, 'console errors or uncaught exceptions').toEqual([]);
  });

  it('offers exactly the steps the API allows, and accepts the case', async () => {
    expect(await offered()).toEqual((await caseNow()).allowedSteps.filter((e) => e !== 'REGISTERED'));
    await takeStep('ACCEPTED');
    expect((await caseNow()).status).toBe('ACCEPTED');
    expect(await offered()).toEqual((await caseNow()).allowedSteps);
  });

  it('sets a leadership deadline, shown beside the statutory one, with the calendar notice where due', async () => {
    await takeStep('DEADLINE_SET', () => page.locator('#step-DEADLINE_SET-days').fill('15'));
    const rows = page.getByTestId('deadline-row');
    const kinds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')));
    const handling = kinds.indexOf('HANDLING');
    expect(kinds[handling + 1]).toBe('LEADERSHIP');
    expect(await rows.nth(handling).locator('td').first().innerText()).toContain('办理期限(法定)');
    expect(
      await rows
        .nth(handling + 1)
        .locator('td')
        .first()
        .innerText(),
    ).toContain('领导限期');
    // The notice stands where the API says the due day lies beyond the published holiday calendar.
    const { deadlines } = await caseNow();
    for (const [i, d] of deadlines.entries()) {
      expect(await rows.nth(i).getByTestId('deadline-beyond-calendar').count(), d.kind).toBe(
        d.beyondCalendar ? 1 : 0,
      );
    }
  });

  it('says supervision’s rule before sending, and sends it only with a unit or a leader', async () => {
    await page.getByTestId('step-SUPERVISED').click();
    expect(await page.getByTestId('step-rule-SUPERVISED').innerText()).toContain('督办单位或督办领导');
    await page.locator('#step-SUPERVISED-note').fill('三日内报送处理情况');
    await page.getByTestId('step-submit-SUPERVISED').click();
    expect(await page.getByTestId('step-error').innerText()).toContain('督办须指定单位或领导');
    expect(sent).not.toContain('superviseCase');
    await page.locator('#step-SUPERVISED-unitId').selectOption({ index: 1 });
    await page.getByTestId('step-submit-SUPERVISED').click();
    await page.getByTestId('case-notice').waitFor();
    expect(sent).toContain('superviseCase');
  });

  it('replies without asking about a change, then records the delivery: today, never before the reply', async () => {
    await takeStep('REPLIED', async () => {
      expect(await page.getByTestId('step-REPLIED-changed-true').count()).toBe(0);
      await page.locator('#step-REPLIED-outcome').selectOption('SUPPORTED');
      await page.locator('#step-REPLIED-text').fill('经现场核实,已协调恢复灌溉。');
    });
    const today = todayInShanghai();
    await page.getByTestId('step-REPLY_DELIVERED').click();
    const day = page.locator('#step-REPLY_DELIVERED-deliveredOn');
    expect(await day.inputValue()).toBe(today);
    expect(await day.getAttribute('max')).toBe(today);
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await day.fill(yesterday);
    await page.getByTestId('step-submit-REPLY_DELIVERED').click();
    expect(await page.getByTestId('step-error').innerText()).toContain('送达日期不能早于答复之日');
    expect(sent).not.toContain('deliverReply');
    await day.fill(today);
    await page.getByTestId('step-submit-REPLY_DELIVERED').click();
    await page.getByTestId('case-notice').waitFor();
    await settle(page, 'case-timeline');
    expect((await caseNow()).deliveredAt).not.toBeNull();
    // The start of the day it arrived, or the reply's own moment when that was later the same day.
    expect(await page.getByTestId('case-date-deliveredAt').innerText()).toMatch(new RegExp(`^${today} `));
  });

  it('asks a review answer whether it changes the first answer, requires it, and shows it', async () => {
    await takeStep('REVIEW_REQUESTED', () =>
      page.locator('#step-REVIEW_REQUESTED-reason').fill('对处理结果不服'),
    );
    expect((await caseNow()).status).toBe('UNDER_REVIEW');
    await page.getByTestId('step-REPLIED').click();
    await page.locator('#step-REPLIED-outcome').selectOption('SUPPORTED');
    await page.locator('#step-REPLIED-text').fill('复查认为原处理意见需补充,予以变更。');
    await page.getByTestId('step-submit-REPLIED').click();
    expect(await page.locator('#step-REPLIED-changed-err').innerText()).toBe('必填');
    await page.getByTestId('step-REPLIED-changed-true').check();
    await page.getByTestId('step-submit-REPLIED').click();
    await page.getByTestId('case-notice').waitFor();
    await settle(page, 'case-timeline');
    expect((await caseNow()).reviewChanged).toBe(true);
    expect(await page.getByTestId('case-review-changed').innerText()).toContain('改变原处理意见');
  });
});
