// The static cost of an operation, computed at validation (before anything runs): every field counts
// once for each item of every list around it. `townships { villages { township { villages … } } }` stays
// within depth and alias limits, yet each level multiplies the work by a township's villages; a cost
// that multiplies too refuses it with QUERY_TOO_COMPLEX (400) instead of running it for seconds.
//
// It is an estimate from declared list sizes, deliberately on the high side; what a request really
// produces is counted while it runs (request-budget.ts).
import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { CaseStatus, Channel, MatterType } from '@lianxin/domain';
import { ErrorCode } from './modules/common/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './modules/common/pagination.js';
import { DEFAULT_TICKER, MAX_TICKER } from './modules/live/live.types.js';
import { REQUEST_BUDGET } from './request-budget.js';
import { DEFAULT_SERIES_MONTHS, MAX_SERIES_MONTHS } from './modules/warning/warning.types.js';

/** How big a list's answer can get, read from its field's arguments (a literal, or a variable: unknown). */
type ListSize = number | ((args: ArgumentReader) => number);

interface ArgumentReader {
  /** The literal value of an argument of this field; VARIABLE when a variable gives it; undefined when absent. */
  own(name: string): unknown;
  /** The same for the field that returned the enclosing object (a connection's `first` for its `edges`). */
  parent(name: string): unknown;
}

const VARIABLE = Symbol('variable');

/**
 * A page: `first` as asked (a larger one is refused when it runs: BAD_USER_INPUT), its default when
 * absent, its maximum when a variable decides.
 */
function page(defaultSize: number, max: number, of: 'own' | 'parent' = 'own'): ListSize {
  return (args) => {
    const first = args[of]('first');
    if (typeof first === 'number') return Math.min(first, max);
    return first === VARIABLE ? max : defaultSize;
  };
}

// The district's reference data, with room: the seed has 13 townships, 150 villages (at most 15 in one
// township), 12 categories, 30 units and 59 leaders; a real district has about as many. Each bound is
// 2–4 times that, so a new village or unit never makes a real operation too costly.
const TOWNSHIPS = 20;
const VILLAGES = 300;
const VILLAGES_OF_A_TOWNSHIP = 60;
const CATEGORIES = 50;
const UNITS = 100;
const LEADERS = 200;

/**
 * Buckets a caseStats grouping can have: the product of its dimensions' sizes, at most the bucket cap
 * of one field (REQUEST_BUDGET.maxBucketsPerField, which the API enforces). Days and weeks are bounded
 * by the cap alone; months, quarters and years by 30 years of data.
 */
const DIMENSION_SIZES: Record<string, number> = {
  CATEGORY: CATEGORIES,
  TOWNSHIP: TOWNSHIPS,
  VILLAGE: VILLAGES,
  CHANNEL: Object.keys(Channel).length,
  STATUS: Object.keys(CaseStatus).length,
  LEADER: LEADERS,
  UNIT: UNITS,
  MATTER_TYPE: Object.keys(MatterType).length,
  DAY: REQUEST_BUDGET.maxBucketsPerField,
  WEEK: REQUEST_BUDGET.maxBucketsPerField,
  MONTH: 30 * 12,
  QUARTER: 30 * 4,
  YEAR: 30,
};

function caseStatsBuckets(args: ArgumentReader): number {
  const groupBy = args.own('groupBy');
  const cap = REQUEST_BUDGET.maxBucketsPerField;
  if (!Array.isArray(groupBy)) return cap;
  // One more per dimension for its null key (a case without a leader or unit).
  const product = groupBy.reduce(
    (n: number, d: unknown) => n * (typeof d === 'string' ? (DIMENSION_SIZES[d] ?? cap) + 1 : cap),
    1,
  );
  return Math.min(cap, product);
}

/**
 * Every list field of the schema with its expected size (query-cost.test.ts fails when a list field of
 * the schema has no entry here, like the field-rules matrix). Per-case lists from the seed data: at
 * most 17 events, 5 petitioners (MAX_REPRESENTATIVES) and 7 deadlines per case; 312 visit days per
 * leader over all time.
 */
export const LIST_SIZES: Readonly<Record<string, ListSize>> = {
  'Query.townships': TOWNSHIPS,
  'Query.villages': VILLAGES_OF_A_TOWNSHIP,
  'Township.villages': VILLAGES_OF_A_TOWNSHIP,
  'Query.categories': CATEGORIES,
  'Query.units': UNITS,
  'Query.leaders': LEADERS,
  'Query.leaderWorkloads': LEADERS,
  'Query.users': 500,
  'Query.accessLog': page(50, 200),
  'Query.warnings': page(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  'Query.caseTicker': page(DEFAULT_TICKER, MAX_TICKER),
  'EarlyWarningConnection.edges': page(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, 'parent'),
  'EarlyWarning.series': (args) => {
    const months = args.own('months');
    return typeof months === 'number'
      ? Math.min(months, MAX_SERIES_MONTHS)
      : months === VARIABLE
        ? MAX_SERIES_MONTHS
        : DEFAULT_SERIES_MONTHS;
  },
  'EarlyWarning.baselineMonths': 40,
  'Query.caseStats': caseStatsBuckets,
  // Connections (cases of the district, a township, a village, a category, a unit, a leader): a page.
  'CaseConnection.edges': page(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, 'parent'),
  'Leader.visits': page(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  'Leader.instructions': page(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  'Leader.visitDays': 1000,
  'LeaderWorkload.visits': 5,
  'Case.events': 100,
  'Case.petitioners': 10,
  'Case.deadlines': 10,
  'Case.allowedSteps': 20,
  'AccessLogEntry.fields': 3,
  // Revisions are an administrator's imports into closed months: a handful per month at most.
  'Query.periodRevisions': 240,
  'PeriodRevision.kpis': 8,
  'Query.kpiDefinitions': 8,
  'Query.kpiTargets': 8,
  'Query.kpiTargetChanges': 100,
  'KpiDefinition.articles': 5,
};

/** A list field missing from LIST_SIZES (a new one): large, so nesting it is costly until it is sized. */
const DEFAULT_LIST_SIZE = 1000;

function literal(value: ValueNode): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return VARIABLE;
    case Kind.INT:
      return Number(value.value);
    case Kind.ENUM:
    case Kind.STRING:
      return value.value;
    case Kind.LIST:
      return value.values.map(literal);
    default:
      return undefined;
  }
}

function argumentOf(field: FieldNode | null, name: string): unknown {
  const argument = field?.arguments?.find((a) => a.name.value === name);
  return argument ? literal(argument.value) : undefined;
}

/**
 * The cost of each operation of `document` (the highest when it holds several): for every field,
 * 1 × the product of the expected sizes of the lists around it; a list of scalars adds one per item.
 * Introspection fields are free (the schema's size bounds them).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // A fragment's cost per item of the lists around it, per enclosing field: fragments that spread
  // others twice at each level would otherwise be walked 2^levels times.
  const fragmentCosts = new Map<FieldNode | null, Map<string, number>>();
  const expanding = new Set<string>();

  const selectionCost = (
    set: SelectionSetNode,
    type: GraphQLNamedType,
    enclosing: FieldNode | null,
  ): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const definition = type.getFields()[selection.name.value];
        if (!definition) continue; // unknown field: another rule reports it
        const unwrapped = isNonNullType(definition.type) ? definition.type.ofType : definition.type;
        let size = 1;
        if (isListType(unwrapped)) {
          const declared = LIST_SIZES[`${type.name}.${definition.name}`] ?? DEFAULT_LIST_SIZE;
          size =
            typeof declared === 'number'
              ? declared
              : declared({
                  own: (name) => argumentOf(selection, name),
                  parent: (name) => argumentOf(enclosing, name),
                });
          size = Math.max(1, size);
        }
        cost += 1;
        if (selection.selectionSet)
          cost += size * selectionCost(selection.selectionSet, getNamedType(definition.type), selection);
        else if (size > 1) cost += size;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (condition) cost += selectionCost(selection.selectionSet, condition, enclosing);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || expanding.has(name)) continue; // unknown or cyclic: other rules report them
        let known = fragmentCosts.get(enclosing);
        if (!known) fragmentCosts.set(enclosing, (known = new Map()));
        let fragmentCost = known.get(name);
        if (fragmentCost === undefined) {
          const condition = schema.getType(fragment.typeCondition.name.value) ?? type;
          expanding.add(name);
          fragmentCost = selectionCost(fragment.selectionSet, condition, enclosing);
          expanding.delete(name);
          known.set(name, fragmentCost);
        }
        cost += fragmentCost;
      }
    }
    return cost;
  };

  let highest = 0;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const root =
      d.operation === 'query'
        ? schema.getQueryType()
        : d.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (root) highest = Math.max(highest, selectionCost(d.selectionSet, root, null));
  }
  return highest;
}

/** Refuses (QUERY_TOO_COMPLEX, 400 before execution) a document whose operationCost is over `maxCost`. */
export function costLimitRule(maxCost: number): ValidationRule {
  return (context) => ({
    Document: {
      leave(document) {
        const cost = operationCost(context.getSchema(), document);
        if (cost <= maxCost) return;
        context.reportError(
          new GraphQLError(
            `Query cost ${Math.round(cost).toLocaleString('en')} is over the limit of ${maxCost.toLocaleString('en')}: ` +
              'every field counts once per item of the lists around it. Ask for fewer nested lists or smaller pages.',
            { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: Math.round(cost), maxCost } },
          ),
        );
      },
    },
  });
}
