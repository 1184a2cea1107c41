// Example queries preloaded as GraphiQL tabs (apps/graphiql), one constant per example. Each is a complete
// document (its own fragments included) so graphiql-examples.test.ts, and the API's limits tests, can
// validate it alone against apps/api/schema.graphql.
// Literal arguments instead of variables: analysts edit them in place, and validation checks the values.

/** Structurally GraphiQL's TabDefinition, declared here so tests need not load GraphiQL itself. */
export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** Header of the first tab: what this page is, in both languages, since analysts read either. */
const INTRO = `# 连心 GraphiQL · Lianxin GraphiQL
#
# 连心平台的 GraphQL 查询工具，供数据分析人员
# 直接查询案件、考核指标和统计数据。
# 按 Ctrl+Enter 运行查询；
# 左侧栏第一个图标打开字段文档。
# 每个标签页是一个可修改的示例。
#
# The GraphQL explorer of the Lianxin case platform,
# for analysts to query cases, KPIs and statistics.
# Ctrl+Enter runs the query; the first icon in the
# left sidebar opens the docs. Each tab is an example.
#
# LocalDate：'YYYY-MM-DD'（北京时间）；DateTime：ISO 时间。
# LocalDate: 'YYYY-MM-DD' (Asia/Shanghai);
# DateTime: an ISO instant.
`;

/** (1) All eight KPIs for calendar year 2023, each as numerator / denominator and rate. */
export const KPIS_2023 = `# 2023 年八项指标 · The eight KPIs for 2023
# rate = numerator / denominator; null if denominator 0
# How each is counted: kpiDefinitions (docs/kpis.md)
query Kpis2023 {
  kpis(filter: { from: "2023-01-01", to: "2023-12-31" }) {
    timelyAcceptance { ...KpiParts }
    onTimeClosure { ...KpiParts }
    satisfaction { ...KpiParts }
    ratingParticipation { ...KpiParts }
    leaderResolution { ...KpiParts }
    repeatRate { ...KpiParts }
    reopenRate { ...KpiParts }
    reviewChangeRate { ...KpiParts }
  }
}

fragment KpiParts on KpiValue {
  numerator
  denominator
  rate
}
`;

/** (2) Tree-shading complaints in 2023, counted per village and month (one bucket per pair). */
export const TREE_SHADING_BY_VILLAGE_AND_MONTH_2023 = `# 2023 年树木遮挡类案件，按村、按月统计
# Tree-shading cases in 2023 by village and month
query TreeShadingByVillageAndMonth2023 {
  caseStats(
    filter: { from: "2023-01-01", to: "2023-12-31", categoryCodes: ["TREE_SHADING"] }
    groupBy: [VILLAGE, MONTH]
  ) {
    village { code name }
    period
    count
  }
}
`;

/** (3) Each leader's caseload in 2023: owned, open, closed, on-time closure, overdue, visits, instructions. */
export const LEADER_WORKLOADS_2023 = `# 2023 年领导包案工作量 · Leader workloads for 2023
query LeaderWorkloads2023 {
  leaderWorkloads(filter: { from: "2023-01-01", to: "2023-12-31" }) {
    leader { id name title rank }
    owned
    open
    closed
    closedOnTime { numerator denominator rate }
    overdue
    resolution { numerator denominator rate }
    visits { kind count }
    instructions
  }
}
`;

/** (4) Overdue cases in 马莲渠乡 (township 640302202000), the 50 most overdue first. */
export const OVERDUE_CASES_MALIANQU = `# 马莲渠乡超期案件，按期限升序前 50 件
# Overdue cases in Malianqu, earliest due date first
query OverdueCasesMalianqu {
  cases(
    filter: { townshipCodes: ["640302202000"], overdue: true }
    orderBy: { field: DUE_AT, direction: ASC }
    first: 50
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id
        code
        title
        status
        receivedAt
        dueAt
        category { nameZh }
        village { name township { name } }
        leader { name title }
      }
    }
  }
}
`;

/** (5) The administrative tree: every township with its villages (codes are the filters' codes). */
export const TOWNSHIPS_WITH_VILLAGES = `# 乡镇（街道）及所辖村（社区） · Townships with their villages
query TownshipsWithVillages {
  townships {
    code
    name
    kind
    villages { code name }
  }
}
`;

/** Tab order as shown; the first tab opens with the introduction so it explains itself and still runs. */
export const EXAMPLE_TABS: ExampleTab[] = [
  { query: `${INTRO}\n${KPIS_2023}` },
  { query: TREE_SHADING_BY_VILLAGE_AND_MONTH_2023 },
  { query: LEADER_WORKLOADS_2023 },
  { query: OVERDUE_CASES_MALIANQU },
  { query: TOWNSHIPS_WITH_VILLAGES },
];
