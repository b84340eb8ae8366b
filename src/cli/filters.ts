/** The analysis filters, defined once for `stats`, `search` and `report`. */
import type { Command } from 'commander';
import type { Filters } from '../analyse/filters.js';

export function addFilterOptions(command: Command): Command {
  return command
    .option('--category <category>', 'top-level category ("Adult care services") or full category ("Adult care services > Charging")')
    .option('--organisation <name>', 'organisation by any of its names ("Enfield Council", "London Borough of Enfield")')
    .option('--organisation-type <type>', 'county_council, district_council, unitary_authority, metropolitan_borough, london_borough, care_provider or other')
    .option('--outcome <outcome>', 'printed outcome ("Upheld", "Not upheld", "Closed after initial enquiries")')
    .option('--from <date>', 'decided on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'decided on or before (YYYY, YYYY-MM or YYYY-MM-DD)');
}

export function filtersFrom(opts: Record<string, unknown>): Filters {
  const pick = (k: string) => (typeof opts[k] === 'string' && opts[k] ? (opts[k] as string) : undefined);
  return {
    category: pick('category'),
    organisation: pick('organisation'),
    organisationType: pick('organisationType'),
    outcome: pick('outcome'),
    from: pick('from'),
    to: pick('to'),
  };
}
