// The role rules of field-rules.ts, decided once per operation before any resolver runs: every field
// the operation can reach — through fragments, inline fragments, aliases, nested lists, and for an
// abstract type through each of its object types — is checked against the rule table, and the wall
// screen's root fields against its catalogue (display-rules.ts). A field asked anywhere that the user
// may not read refuses the whole operation, with the error that field used to answer with.
//
// What stays per value is the Case row check (schema.ts), and the budget. Fields of other types carry
// no authorization at run time: on a large answer the per-field middleware was most of its cost.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Role } from '@lianxin/domain';
import type { Context } from '../../context.js';
import { formatError } from '../../security.js';
import { checkDisplayQuery } from './display-rules.js';
import { checkFieldRule } from './field-rules.js';

export interface OperationToAuthorize {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** Coerced, as execution sees them: @skip/@include and the wall's arguments depend on them. */
  variableValues: Readonly<Record<string, unknown>>;
  context: Pick<Context, 'user' | 'now'>;
}

/** Whether execution would include this selection (graphql-js: shouldIncludeNode). */
function included(
  node: FieldNode | FragmentSpreadNode | InlineFragmentNode,
  variableValues: Readonly<Record<string, unknown>>,
): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variableValues)?.if !== false;
}

/** The field's arguments as execution passes them; null when it would refuse them (and not run the field). */
function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variableValues: Readonly<Record<string, unknown>>,
): Record<string, unknown> | null {
  try {
    return getArgumentValues(field, node, variableValues);
  } catch {
    return null;
  }
}

/**
 * Throws the error the first field the user may not read would answer with (UNAUTHENTICATED without
 * a user, FORBIDDEN with the rule's message, the wall's FORBIDDEN for a root field outside its
 * catalogue); returns when every field the operation can reach is allowed. Introspection fields
 * (`__typename`, `__schema`, `__type`) are the operation guard's (security.ts), as before.
 */
export function authorizeOperation({
  schema,
  operation,
  fragments,
  variableValues,
  context,
}: OperationToAuthorize): void {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return; // execution answers that
  const { user, now } = context;
  // Each selection set is checked once per object type it applies to: a fragment spread a thousand
  // times costs one walk, and the same (type, field) pairs are reached either way.
  const walked = new Map<SelectionSetNode, Set<GraphQLObjectType>>();

  const matches = (condition: InlineFragmentNode['typeCondition'], type: GraphQLObjectType): boolean => {
    if (!condition) return true;
    const conditionType = typeFromAST(schema, condition);
    if (conditionType === type) return true;
    return isAbstractType(conditionType) && schema.isSubType(conditionType, type);
  };

  const checkField = (parent: GraphQLObjectType, node: FieldNode, atRoot: boolean): void => {
    const name = node.name.value;
    if (name.startsWith('__')) return;
    const field = parent.getFields()[name];
    if (!field) return; // validation's to refuse
    try {
      checkFieldRule(user, parent.name, name);
      if (atRoot && user?.role === Role.DISPLAY && parent === schema.getQueryType()) {
        const args = argumentsOf(field, node, variableValues);
        if (args) checkDisplayQuery(name, args, now, user);
      }
    } catch (error) {
      // Where in the document: the refusal has no path, as nothing was executed.
      if (error instanceof GraphQLError)
        throw new GraphQLError(error.message, { nodes: node, extensions: error.extensions });
      throw error;
    }
    if (!node.selectionSet) return;
    const named = getNamedType(field.type);
    const types = isAbstractType(named) ? schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
    for (const type of types) walk(type, node.selectionSet, false);
  };

  const walk = (type: GraphQLObjectType, set: SelectionSetNode, atRoot: boolean): void => {
    let types = walked.get(set);
    if (types?.has(type)) return;
    if (!types) walked.set(set, (types = new Set()));
    types.add(type);
    for (const selection of set.selections) {
      if (!included(selection, variableValues)) continue;
      if (selection.kind === Kind.FIELD) checkField(type, selection, atRoot);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (matches(selection.typeCondition, type)) walk(type, selection.selectionSet, atRoot);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment && matches(fragment.typeCondition, type)) walk(type, fragment.selectionSet, atRoot);
      }
    }
  };

  walk(rootType, operation.selectionSet, true);
}

/** The operation each context was last authorized for (one request, or one subscription of a socket). */
const authorized = new WeakMap<object, OperationDefinitionNode>();

/**
 * For every root field, before it runs: the operation is authorized once per context (the HTTP plugin
 * below has done it; a subscription over the socket is checked here when it subscribes). A refused
 * operation throws its error from every root field.
 */
export function ensureOperationAuthorized(context: Context, info: GraphQLResolveInfo): void {
  if (authorized.get(context) === info.operation) return;
  authorizeOperation({
    schema: info.schema,
    operation: info.operation,
    fragments: info.fragments,
    variableValues: info.variableValues,
    context,
  });
  authorized.set(context, info.operation);
}

function fragmentsOf(
  document: NonNullable<GraphQLRequestContext<Context>['document']>,
): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}

/**
 * Authorizes each operation over HTTP after it is resolved and before the response cache may answer
 * or anything executes. A refusal answers as a refused field did (HTTP 200, `data: null`, its one
 * error), without running a resolver or a statement.
 */
export function operationRulesPlugin<T extends Context>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          if (!operation || !document) return null;
          const definitions = operation.variableDefinitions ?? [];
          const variables = getVariableValues(schema, definitions, request.variables ?? {}, { maxErrors: 1 });
          // Execution answers variables that do not coerce, before any resolver runs.
          if (variables.errors) return null;
          try {
            authorizeOperation({
              schema,
              operation,
              fragments: fragmentsOf(document),
              variableValues: variables.coerced,
              context: contextValue,
            });
          } catch (refusal) {
            if (!(refusal instanceof GraphQLError)) throw refusal;
            return {
              http: { status: 200, headers: new HeaderMap() },
              body: {
                kind: 'single',
                singleResult: { data: null, errors: [formatError(refusal.toJSON(), refusal)] },
              },
            };
          }
          authorized.set(contextValue, operation);
          return null;
        },
      };
    },
  };
}
