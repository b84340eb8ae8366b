/**
 * The filters every analysis verb and the report take: --category, --organisation,
 * --organisation-type, --outcome, --from, --to (decision date). They combine with AND.
 */
import { canonicalOrganisation } from '../extract/organisation-names.js';
import { UserError } from '../types.js';

export interface Filters {
  /** A top-level service area ("Adult care services") or a full category ("Adult care services > Charging"). */
  category?: string;
  /** An organisation by any of its names ("Enfield Council", "London Borough of Enfield") or its key. */
  organisation?: string;
  organisationType?: string;
  /** Printed outcome; "upheld" also matches "Upheld: fault and injustice". */
  outcome?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
}

export interface Where {
  sql: string;
  params: Record<string, string>;
}

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month (01-12) and day (01-31). */
export const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export class FilterError extends UserError {}

/** SQL condition over `decisions d` for the filters (always valid to append after WHERE). */
export function whereClause(filters: Filters): Where {
  const parts: string[] = ['1 = 1'];
  const params: Record<string, string> = {};
  if (filters.category) {
    parts.push('(lower(d.category_top) = lower(@category) OR lower(d.category) = lower(@category))');
    params.category = filters.category.trim();
  }
  if (filters.organisation) {
    parts.push(`(d.organisation_key = @orgKey OR lower(d.organisation) = lower(@orgName)
      OR EXISTS (SELECT 1 FROM decision_organisations o WHERE o.decision_id = d.id AND o.key = @orgKey))`);
    params.orgKey = canonicalOrganisation(filters.organisation).key;
    params.orgName = filters.organisation.trim();
  }
  if (filters.organisationType) {
    parts.push("d.organisation_type = replace(lower(@orgType), '-', '_')");
    params.orgType = filters.organisationType.trim();
  }
  if (filters.outcome) {
    parts.push("(lower(d.outcome) = lower(@outcome) OR lower(d.outcome) LIKE lower(@outcome) || ':%')");
    params.outcome = filters.outcome.trim();
  }
  for (const [key, op] of [['from', '>='], ['to', '<=']] as const) {
    const value = filters[key];
    if (!value) continue;
    if (!ISO_DATE.test(value)) throw new FilterError(`--${key} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
    parts.push(`d.decision_date ${op} @${key}`);
    params[key] = key === 'to' ? padEnd(value) : value;
  }
  return { sql: parts.join(' AND '), params };
}

/** "2024" -> "2024-12-31", "2024-02" -> "2024-02-31" (string comparison keeps the whole month). */
function padEnd(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-31`;
  return value;
}

/** The filters in words, for report captions ("all decisions" when none). */
export function describeFilters(filters: Filters): string {
  const parts = [
    filters.category && `category "${filters.category}"`,
    filters.organisation && `organisation "${filters.organisation}"`,
    filters.organisationType && `organisation type "${filters.organisationType}"`,
    filters.outcome && `outcome "${filters.outcome}"`,
    filters.from && `decided from ${filters.from}`,
    filters.to && `decided to ${filters.to}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none (all decisions)';
}
