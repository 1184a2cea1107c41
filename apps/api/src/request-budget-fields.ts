// The field wrappers (budgeted, budgetedLeaf) through which every resolver of the schema spends from
// its request's budget, and the shape of what a field returns that decides how much it spends.
import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type NamedTypeNode,
  type SelectionSetNode,
} from 'graphql';
import { isStatementTimeout } from './db/dialect.js';
import { databaseUnavailable, isDatabaseUnavailable } from './db/unavailable.js';
import { ErrorCode } from './modules/common/errors.js';
import { timedOut } from './request-budget-limits.js';
import { budgetOf, currentBudget, runInBudget } from './request-budget-scope.js';
import type { RequestBudget } from './request-budget-state.js';

/**
 * A resolver's error, as the request answers it: a statement timeout, a budget error or a database
 * that went away stops the request.
 */
function fieldFailure(budget: RequestBudget, error: unknown): unknown {
  if (isDatabaseUnavailable(error)) return budget.stop(databaseUnavailable());
  if (isStatementTimeout(error))
    return budget.stop(timedOut('A database statement ran longer than its time limit and was cancelled.'));
  if (error instanceof GraphQLError && error.extensions.code === ErrorCode.REQUEST_BUDGET_EXCEEDED)
    return budget.stop(error);
  return error;
}

/**
 * What graphql-js completes under each object a field returns (for a list, under each item), as it
 * collects it: fragments and inline fragments that apply, @skip/@include, one field per response key.
 * `__typename` is not a resolver and never counted; for an abstract type, the most of its object types.
 */
interface Shape {
  /** Scalar fields: they spend nothing on their own (`budgetedLeaf`), the field above counts them. */
  scalars: number;
  /**
   * Units of work done in the object's own turn: its scalars, and each object field under it with its
   * own (a list field counts one: its items are paced by themselves). Fields of an object type wait for
   * no turn of their own: the list item or root field above them was paced with their units.
   */
  units: number;
}
const NO_SHAPE: Shape = { scalars: 0, units: 0 };

/** Remembered per `fieldNodes`, which graphql-js shares among the items of a list (per execution). */
const shapes = new WeakMap<readonly FieldNode[], Shape>();

function shapeUnder(info: GraphQLResolveInfo): Shape {
  let shape = shapes.get(info.fieldNodes);
  if (!shape) {
    shape = shapeOf(info, info.fieldNodes, getNamedType(info.returnType));
    shapes.set(info.fieldNodes, shape);
  }
  return shape;
}

function shapeOf(info: GraphQLResolveInfo, nodes: readonly FieldNode[], named: GraphQLNamedType): Shape {
  if (isObjectType(named)) return objectShape(info, nodes, named);
  if (!isAbstractType(named)) return NO_SHAPE;
  let scalars = 0;
  let units = 0;
  for (const type of info.schema.getPossibleTypes(named)) {
    const shape = objectShape(info, nodes, type);
    scalars = Math.max(scalars, shape.scalars);
    units = Math.max(units, shape.units);
  }
  return { scalars, units };
}

function objectShape(info: GraphQLResolveInfo, nodes: readonly FieldNode[], type: GraphQLObjectType): Shape {
  const fields = type.getFields();
  const byKey = new Map<string, FieldNode[]>();
  const spread = new Set<string>();
  const include = (node: FieldNode | FragmentSpreadNode | InlineFragmentNode) =>
    !node.directives?.length ||
    (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
      getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false);
  const applies = (condition: NamedTypeNode | undefined) => {
    if (!condition) return true;
    const conditionType = typeFromAST(info.schema, condition);
    return (
      conditionType === type || (isAbstractType(conditionType) && info.schema.isSubType(conditionType, type))
    );
  };
  const collect = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!include(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!fields[selection.name.value]) continue; // __typename
        const merged = byKey.get(key);
        if (merged) merged.push(selection);
        else byKey.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition)) collect(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition)) collect(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) collect(node.selectionSet);
  let scalars = 0;
  let units = 0;
  for (const merged of byKey.values()) {
    const fieldType = fields[merged[0]!.name.value]!.type;
    const named = getNamedType(fieldType);
    if (isLeafType(named)) scalars += 1;
    else units += isListType(getNullableType(fieldType)) ? 1 : 1 + shapeOf(info, merged, named).units;
  }
  return { scalars, units: units + scalars };
}

/** A field's value: a list spends one unit per item, and each object the scalars under it; lists are paced. */
function spendOnValue(budget: RequestBudget, value: unknown, shape: Shape): unknown {
  if (!Array.isArray(value)) {
    if (shape.scalars > 0 && value != null) budget.spendUnits(shape.scalars);
    return value;
  }
  let objects = 0;
  if (shape.scalars > 0) for (const item of value) if (item != null) objects += 1;
  budget.spendUnits(value.length + objects * shape.scalars);
  return budget.pace(value, 1 + shape.units);
}

type FieldResolve<TContext> = (
  root: unknown,
  args: Record<string, unknown>,
  context: TContext,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * Runs one field's resolver in the request's budget. Synchronous while the resolver is (a property
 * read costs no promise): on a large answer most fields are, and a promise per field was what the
 * answer's time went to (allocation and GC, async hooks).
 */
function resolveField<TContext>(
  budget: RequestBudget,
  shape: Shape,
  resolve: FieldResolve<TContext>,
  root: unknown,
  args: Record<string, unknown>,
  context: TContext,
  info: GraphQLResolveInfo,
): unknown {
  budget.assertRunning();
  let value: unknown;
  try {
    value = resolve(root, args, context, info);
  } catch (error) {
    throw fieldFailure(budget, error);
  }
  if (!isPromiseLike(value)) return spendOnValue(budget, value, shape);
  return value.then(
    (settled) => spendOnValue(budget, settled, shape),
    (error: unknown) => {
      throw fieldFailure(budget, error);
    },
  );
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * One field of a request: spends one unit, one per list item and one per scalar field under what it
 * returns, waits its turn for `pacedUnits` (none: it runs in the turn of the field above), and turns
 * a statement timeout or a budget error into the request's stop.
 */
function spendOnField<TContext extends object>(
  shape: Shape,
  pacedUnits: number,
  resolve: FieldResolve<TContext>,
  root: unknown,
  args: Record<string, unknown>,
  context: TContext,
  info: GraphQLResolveInfo,
): unknown {
  const budget = budgetOf(context);
  budget.spendUnits(1);
  const wait = pacedUnits > 0 ? budget.turn(pacedUnits) : null;
  // Outside an HTTP request (the live socket), the field runs in the budget for its SQL to find it.
  if (!wait && currentBudget() === budget)
    return resolveField(budget, shape, resolve, root, args, context, info);
  const run = () =>
    currentBudget() === budget
      ? resolveField(budget, shape, resolve, root, args, context, info)
      : runInBudget(budget, () => resolveField(budget, shape, resolve, root, args, context, info));
  return wait ? wait.then(run) : run();
}

/**
 * `resolve` within the request's budget, for root fields and fields of an object or list type
 * (schema.ts): the scalar fields under what it returns are counted here. Root fields and lists wait
 * their turn; an object field runs in the turn of the item or root field above it. Subscription
 * events are not budgeted: each is a small notice, and their context lives as long as the socket.
 */
export function budgeted<TContext extends object>(resolve: FieldResolve<TContext>): FieldResolve<TContext> {
  return (root, args, context, info) => {
    if (info.operation.operation === 'subscription') return resolve(root, args, context, info);
    const shape = shapeUnder(info);
    const list = isListType(getNullableType(info.returnType));
    const paced = list ? 1 : info.path.prev === undefined ? 1 + shape.units : 0;
    return spendOnField(shape, paced, resolve, root, args, context, info);
  };
}

/**
 * A scalar field under an object: its unit and its pacing were spent by the field that returned the
 * object (`budgeted`), so it only refuses to run once the request stopped, spends the items of a list
 * of scalars, and turns a statement timeout or a budget error (a scalar may read, like totalCount)
 * into the request's stop. No promise of its own, no turn.
 */
export function budgetedLeaf<TContext extends object>(
  resolve: FieldResolve<TContext>,
): FieldResolve<TContext> {
  return (root, args, context, info) =>
    info.operation.operation === 'subscription'
      ? resolve(root, args, context, info)
      : resolveField(budgetOf(context), NO_SHAPE, resolve, root, args, context, info);
}
