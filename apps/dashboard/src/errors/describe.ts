// Turns an API error into a code and parameters the UI explains in plain words (errors.<code> in the
// message files). The API's `extensions.code` is the contract; its English message is only a fallback.
import { ClockRuleCode } from '@lianxin/domain';

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export interface CombinedErrorLike {
  message: string;
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: Error | null | undefined;
  response?: { status?: number } | null | undefined;
}

export interface ErrorInfo {
  code: string;
  params: Record<string, string | number>;
  /** The server's own words, shown under the explanation for the expert reader. */
  detail: string;
}

/**
 * Codes that have their own explanation in the message files: the API's own, and every refusal code of
 * the domain's clock and step catalogue (the API passes them through as `extensions.code`).
 */
export const EXPLAINED_CODES: readonly string[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'VERSION_CONFLICT',
  'ILLEGAL_TRANSITION',
  'BAD_USER_INPUT',
  'CASE_NOT_FOUND',
  'LEADER_NOT_FOUND',
  'TIMEOUT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'NETWORK',
  ...Object.values(ClockRuleCode),
];

function scalar(value: unknown): string | number | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return undefined;
}

export function errorInfo(error: CombinedErrorLike): ErrorInfo {
  const first = error.graphQLErrors?.[0];
  const ext = first?.extensions ?? {};
  const rawCode = typeof ext.code === 'string' ? ext.code : undefined;
  const params: Record<string, string | number> = {};
  for (const key of ['field', 'allowed', 'currentVersion', 'from', 'event']) {
    const v = scalar(ext[key]);
    if (v !== undefined) params[key] = v;
  }
  if (rawCode) {
    const known = EXPLAINED_CODES.includes(rawCode);
    return { code: known ? rawCode : 'UNKNOWN', params, detail: first?.message ?? error.message };
  }
  if (error.networkError || !first) {
    const status = error.response?.status;
    if (status === 401) return { code: 'UNAUTHENTICATED', params, detail: error.message };
    if (status === 403) return { code: 'FORBIDDEN', params, detail: error.message };
    return { code: 'NETWORK', params, detail: error.networkError?.message ?? error.message };
  }
  return { code: 'UNKNOWN', params, detail: first.message };
}

export function isUnauthenticated(error: CombinedErrorLike): boolean {
  return errorInfo(error).code === 'UNAUTHENTICATED';
}
