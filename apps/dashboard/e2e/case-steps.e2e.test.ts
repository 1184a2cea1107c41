// The step forms in Chromium against what `pnpm start` runs: a fresh case taken through 受理 → 限期办理 →
// 督办 → 答复 → 答复送达 → 申请复查 → 复查答复 as a clerk would. The page offers exactly the steps the
// API allows; the forms ask what the domain's step catalogue asks (supervision's "a unit or a leader"
// said and checked before sending, a delivery dated today and never before the reply, the review answer's
// "changes the first answer" only in review); the case page shows what the steps recorded (the
// leadership deadline beside the statutory one, the holiday-calendar notice, the delivery day, the
// review's change) — and not one console error on the way.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '@lianxin/e2e/browser';
import { dashboardSuite, settle, todayInShanghai } from './dashboard-support.js';
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
  let token: string;
  let caseId: string;
  /** Mutations the page sent, by their field (superviseCase, deliverReply …). */
  const sent: string[] = [];
  // A fresh case, registered through the API, open on its page.
  const s = dashboardSuite({
    setup: async ({ api, page }) => {
      token = await login(api.url, 'admin', api.adminPassword);
      const known = await places(api.url, token);
      const registration = knownRegistration(known.villages[0]!, known.categories[0]!.code, 1);
      caseId = (await registerCase(api.url, token, registration)).id;
      page.on('request', (request) => {
        if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
        const { query } = JSON.parse(request.postData() ?? '{}') as { query?: string };
        const match = /^\s*mutation \w+[^{]*\{\s*(\w+)/.exec(query ?? '');
        if (match) sent.push(match[1]!);
      });
      await page.goto(`${api.url}/cases/${caseId}`);
      await settle(page, 'case-timeline');
    },
  });

  const caseNow = async () =>
    (await gql<{ case: CaseNow }>(s.api.url, token, CASE_QUERY, { id: caseId })).case;

  /** Opens a step's form, lets `fill` enter its inputs, submits, and waits for the page's confirmation. */
  async function takeStep(event: string, fill: () => Promise<void> = async () => {}): Promise<void> {
    await s.page.getByTestId(`step-${event}`).click();
    await s.page.getByTestId(`step-form-${event}`).waitFor();
    await fill();
    await s.page.getByTestId(`step-submit-${event}`).click();
    await s.page.getByTestId('case-notice').waitFor();
    await settle(s.page, 'case-timeline');
  }

  /** The step buttons the page offers now. */
  const offered = () =>
    s.page
      .getByTestId('case-actions')
      .locator('.step-buttons button')
      .evaluateAll((buttons) =>
        buttons.map((b) => (b.getAttribute('data-testid') ?? '').replace(/^step-/, '')),
      );

  it('offers exactly the steps the API allows, and accepts the case', async () => {
    expect(await offered()).toEqual((await caseNow()).allowedSteps.filter((e) => e !== 'REGISTERED'));
    await takeStep('ACCEPTED');
    expect((await caseNow()).status).toBe('ACCEPTED');
    expect(await offered()).toEqual((await caseNow()).allowedSteps);
  });

  it('sets a leadership deadline, shown beside the statutory one, with the calendar notice where due', async () => {
    await takeStep('DEADLINE_SET', () => s.page.locator('#step-DEADLINE_SET-days').fill('15'));
    const rows = s.page.getByTestId('deadline-row');
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
    await s.page.getByTestId('step-SUPERVISED').click();
    expect(await s.page.getByTestId('step-rule-SUPERVISED').innerText()).toContain('督办单位或督办领导');
    await s.page.locator('#step-SUPERVISED-note').fill('三日内报送处理情况');
    await s.page.getByTestId('step-submit-SUPERVISED').click();
    expect(await s.page.getByTestId('step-error').innerText()).toContain('督办须指定单位或领导');
    expect(sent).not.toContain('superviseCase');
    await s.page.locator('#step-SUPERVISED-unitId').selectOption({ index: 1 });
    await s.page.getByTestId('step-submit-SUPERVISED').click();
    await s.page.getByTestId('case-notice').waitFor();
    expect(sent).toContain('superviseCase');
  });

  it('replies without asking about a change, then records the delivery: today, never before the reply', async () => {
    await takeStep('REPLIED', async () => {
      expect(await s.page.getByTestId('step-REPLIED-changed-true').count()).toBe(0);
      await s.page.locator('#step-REPLIED-outcome').selectOption('SUPPORTED');
      await s.page.locator('#step-REPLIED-text').fill('经现场核实,已协调恢复灌溉。');
    });
    const today = todayInShanghai();
    await s.page.getByTestId('step-REPLY_DELIVERED').click();
    const day = s.page.locator('#step-REPLY_DELIVERED-deliveredOn');
    expect(await day.inputValue()).toBe(today);
    expect(await day.getAttribute('max')).toBe(today);
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await day.fill(yesterday);
    await s.page.getByTestId('step-submit-REPLY_DELIVERED').click();
    expect(await s.page.getByTestId('step-error').innerText()).toContain('送达日期不能早于答复之日');
    expect(sent).not.toContain('deliverReply');
    await day.fill(today);
    await s.page.getByTestId('step-submit-REPLY_DELIVERED').click();
    await s.page.getByTestId('case-notice').waitFor();
    await settle(s.page, 'case-timeline');
    expect((await caseNow()).deliveredAt).not.toBeNull();
    // The start of the day it arrived, or the reply's own moment when that was later the same day.
    expect(await s.page.getByTestId('case-date-deliveredAt').innerText()).toMatch(new RegExp(`^${today} `));
  });

  it('asks a review answer whether it changes the first answer, requires it, and shows it', async () => {
    await takeStep('REVIEW_REQUESTED', () =>
      s.page.locator('#step-REVIEW_REQUESTED-reason').fill('对处理结果不服'),
    );
    expect((await caseNow()).status).toBe('UNDER_REVIEW');
    await s.page.getByTestId('step-REPLIED').click();
    await s.page.locator('#step-REPLIED-outcome').selectOption('SUPPORTED');
    await s.page.locator('#step-REPLIED-text').fill('复查认为原处理意见需补充,予以变更。');
    await s.page.getByTestId('step-submit-REPLIED').click();
    expect(await s.page.locator('#step-REPLIED-changed-err').innerText()).toBe('必填');
    await s.page.getByTestId('step-REPLIED-changed-true').check();
    await s.page.getByTestId('step-submit-REPLIED').click();
    await s.page.getByTestId('case-notice').waitFor();
    await settle(s.page, 'case-timeline');
    expect((await caseNow()).reviewChanged).toBe(true);
    expect(await s.page.getByTestId('case-review-changed').innerText()).toContain('改变原处理意见');
  });
});
