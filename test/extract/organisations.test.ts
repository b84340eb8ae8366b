import { describe, expect, it } from 'vitest';
import { canonicalOrganisation, extractOrganisations } from '../../src/extract/organisations.js';
import { LOCAL_AUTHORITIES, lookupAuthority, nameVariants, normaliseName } from '../../src/extract/organisation-names.js';
import { COUNCIL_TYPES } from '../../src/extract/data/organisation-words.js';
import type { OrganisationMention, OrganisationType, ParsedDocument, Place, SectionKind } from '../../src/types.js';
import { corpusDoc, corpusFiles } from '../helpers/corpus.js';

/** name as written -> key, type, known */
const NAMES: [string, string, OrganisationType, boolean][] = [
  // variants grouping to one key
  ['London Borough of Enfield', 'enfield', 'london_borough', true],
  ['Enfield Council', 'enfield', 'london_borough', true],
  ['Enfield London Borough Council', 'enfield', 'london_borough', true],
  ['the London Borough of Enfield', 'enfield', 'london_borough', true],
  ['LB Enfield', 'enfield', 'london_borough', true],
  ['LONDON BOROUGH  OF ENFIELD', 'enfield', 'london_borough', true],
  ['London Borough of Enfield Council', 'enfield', 'london_borough', true],
  ['Royal Borough of Kingston upon Thames Council', 'kingston upon thames', 'london_borough', true],
  ['Stockport Metropolitan Borough', 'stockport', 'metropolitan_borough', true],
  ['Kingston upon Hull City Council', 'kingston upon hull', 'unitary_authority', true],
  ['Hull City Council', 'kingston upon hull', 'unitary_authority', true],
  ['Kingston-upon-Hull City Council', 'kingston upon hull', 'unitary_authority', true],
  ['Bournemouth, Christchurch and Poole Council', 'bournemouth christchurch and poole', 'unitary_authority', true],
  ['Bournemouth Christchurch & Poole Council', 'bournemouth christchurch and poole', 'unitary_authority', true],
  ['BCP Council', 'bournemouth christchurch and poole', 'unitary_authority', true],
  ['Durham County Council', 'durham', 'unitary_authority', true],
  ['County Durham Council', 'durham', 'unitary_authority', true],
  ['Telford & Wrekin Council', 'telford and wrekin', 'unitary_authority', true],
  ['Telford and Wrekin Council', 'telford and wrekin', 'unitary_authority', true],
  ['Nuneaton & Bedworth Borough Council', 'nuneaton and bedworth', 'district_council', true],
  ['Nuneaton and Bedworth Borough Council', 'nuneaton and bedworth', 'district_council', true],
  ['Stockport Metropolitan Borough Council', 'stockport', 'metropolitan_borough', true],
  ['Stockport MBC', 'stockport', 'metropolitan_borough', true],
  ['Stockport Council', 'stockport', 'metropolitan_borough', true],
  ['Oadby & Wigston Borough Council', 'oadby and wigston', 'district_council', true],
  ["Borough Council of King's Lynn & West Norfolk", 'kings lynn and west norfolk', 'district_council', true],
  ['King’s Lynn and West Norfolk Borough Council', 'kings lynn and west norfolk', 'district_council', true],
  ['St. Helens Council', 'st helens', 'metropolitan_borough', true],
  ['Newcastle-under-Lyme Borough Council', 'newcastle under lyme', 'district_council', true],
  ['Newcastle City Council', 'newcastle upon tyne', 'metropolitan_borough', true],
  // each council type
  ['Surrey County Council', 'surrey', 'county_council', true],
  ['Tandridge District Council', 'tandridge', 'district_council', true],
  ['Cambridge City Council', 'cambridge', 'district_council', true],
  ['Leeds City Council', 'leeds', 'metropolitan_borough', true],
  ['Wakefield City Council', 'wakefield', 'metropolitan_borough', true],
  ['City of Bradford Metropolitan District Council', 'bradford', 'metropolitan_borough', true],
  ['Wirral Metropolitan Borough Council', 'wirral', 'metropolitan_borough', true],
  ['Cornwall Council', 'cornwall', 'unitary_authority', true],
  ['Milton Keynes Council', 'milton keynes', 'unitary_authority', true],
  ['Milton Keynes City Council', 'milton keynes', 'unitary_authority', true],
  ['Central Bedfordshire Council', 'central bedfordshire', 'unitary_authority', true],
  ['Bristol City Council', 'bristol', 'unitary_authority', true],
  ['Royal Borough of Greenwich', 'greenwich', 'london_borough', true],
  ['Royal Borough of Windsor & Maidenhead', 'windsor and maidenhead', 'unitary_authority', true],
  ['Westminster City Council', 'westminster', 'london_borough', true],
  ['City of Westminster', 'westminster', 'london_borough', true],
  ['City of London Corporation', 'city of london', 'london_borough', true],
  ['Council of the Isles of Scilly', 'isles of scilly', 'unitary_authority', true],
  // abolished councils
  ['Cumbria County Council', 'cumbria', 'county_council', true],
  ['Allerdale Borough Council', 'allerdale', 'district_council', true],
  ['Somerset County Council', 'somerset county', 'county_council', true],
  ['Somerset Council', 'somerset', 'unitary_authority', true],
  ['North Yorkshire County Council', 'north yorkshire county', 'county_council', true],
  ['North Yorkshire Council', 'north yorkshire', 'unitary_authority', true],
  ['Harrogate Borough Council', 'harrogate', 'district_council', true],
  ['Northamptonshire County Council', 'northamptonshire', 'county_council', true],
  ['Northampton Borough Council', 'northampton', 'district_council', true],
  ['Borough Council of Wellingborough', 'wellingborough', 'district_council', true],
  ['Aylesbury Vale District Council', 'aylesbury vale', 'district_council', true],
  ['Borough of Poole', 'poole', 'unitary_authority', true],
  ['Bournemouth Borough Council', 'bournemouth', 'unitary_authority', true],
  ['Christchurch Borough Council', 'christchurch', 'district_council', true],
  ['Suffolk Coastal District Council', 'suffolk coastal', 'district_council', true],
  ['Waveney District Council', 'waveney', 'district_council', true],
  ['Forest Heath District Council', 'forest heath', 'district_council', true],
  ['St Edmundsbury Borough Council', 'st edmundsbury', 'district_council', true],
  ['Taunton Deane Borough Council', 'taunton deane', 'district_council', true],
  ['West Somerset Council', 'west somerset', 'district_council', true],
  ['Shepway District Council', 'folkestone and hythe', 'district_council', true],
  ['Wiltshire County Council', 'wiltshire', 'unitary_authority', true],
  ['Kent County Council (KCC)', 'kent', 'county_council', true],
  // care providers
  ['Salveo Care Ltd', 'salveo care', 'care_provider', false],
  ['Salveo Care Limited', 'salveo care', 'care_provider', false],
  ['Castle Mead Court Care Centre Limited', 'castle mead court care centre', 'care_provider', false],
  ['Westhome Care Services Limited', 'westhome care services', 'care_provider', false],
  ['Kingfishers Nursing Home', 'kingfishers nursing home', 'care_provider', false],
  ['Sunrise Homecare', 'sunrise homecare', 'care_provider', false],
  ['Oak Lodge Ltd', 'oak lodge', 'care_provider', false],
  ['The Willows Residential Home', 'willows residential home', 'care_provider', false],
  ['Barchester Healthcare Ltd', 'barchester healthcare', 'care_provider', false],
  ['Acme Care Agency Ltd', 'acme care agency', 'care_provider', false],
  ['Methodist Homes', 'methodist homes', 'care_provider', false],
  ['Sunnyside Respite Services CIC', 'sunnyside respite services', 'care_provider', false],
  // other bodies
  ['United Lincolnshire Hospitals NHS Trust', 'united lincolnshire hospitals nhs trust', 'other', false],
  ['NHS Lincolnshire Clinical Commissioning Group', 'nhs lincolnshire clinical commissioning group', 'other', false],
  ['NHS Norfolk and Waveney Integrated Care Board', 'nhs norfolk and waveney integrated care board', 'other', false],
  ['Surrey & Borders Partnership NHS Foundation Trust', 'surrey and borders partnership nhs foundation trust', 'other', false],
  ['Salisbury City Council', 'salisbury city council', 'other', false],
  ['Christchurch Town Council', 'christchurch town council', 'other', false],
  ['Enfield Parish Council', 'enfield parish council', 'other', false],
  ['Dorset & Wiltshire Fire and Rescue Authority', 'dorset and wiltshire fire and rescue authority', 'other', false],
  ['Peak District National Park Authority', 'peak district national park authority', 'other', false],
  ['Clarion Housing Association Limited', 'clarion housing association', 'other', false],
  ['St Mary’s Academy Trust', 'st marys academy trust', 'other', false],
  ['Cardiff Council', 'cardiff council', 'other', false],
  ['The Environment Agency', 'environment agency', 'other', false],
];

/** Names that must never resolve to a principal council. */
const NOT_COUNCILS = [
  'Salisbury City Council', 'Chichester City Council', 'Lichfield City Council', 'Ely City Council', 'Hereford City Council',
  'Ripon City Council', 'Truro City Council', 'Poole Town Council', 'Northampton Town Council', 'Scarborough Town Council',
  'Enfield Parish Council', 'Kendal Town Council', 'Crewe Town Council', 'Shrewsbury Town Council', 'Durham Parish Council',
  'Enfield', 'Cornwall', 'Council', 'The Council', 'County Council', 'the County Council', 'District Council', 'City Council',
  'Cardiff Council', 'Glasgow City Council', 'Kent Police', 'Hampshire Constabulary', 'Kent Fire and Rescue Service',
  'Surrey and Borders Partnership NHS Foundation Trust', 'Salveo Care Ltd', '', '(Enfield', '((Enfield))',
];

describe('canonicalOrganisation', () => {
  it.each(NAMES)('%s -> %s (%s)', (name, key, type, known) => {
    const c = canonicalOrganisation(name);
    expect({ key: c.key, type: c.type, known: c.known }).toEqual({ key, type, known });
    expect(c.official === null).toBe(!known);
  });

  it('gives the official name of a known council', () => {
    expect(canonicalOrganisation('Enfield Council').official).toBe('London Borough of Enfield');
    expect(canonicalOrganisation('hull city council').official).toBe('Kingston upon Hull City Council');
  });

  it.each(NOT_COUNCILS)('%j is not a known council', (name) => {
    expect(canonicalOrganisation(name).known).toBe(false);
    expect(lookupAuthority(name)).toBeNull();
    expect(canonicalOrganisation(name).type === 'care_provider' || canonicalOrganisation(name).type === 'other').toBe(true);
  });
});

describe('local-authorities.json', () => {
  const current = LOCAL_AUTHORITIES.filter((a) => a.abolished === undefined);
  const count = (type: string, list = current) => list.filter((a) => a.type === type).length;

  it('has unique, normalised keys and valid types', () => {
    const keys = LOCAL_AUTHORITIES.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of LOCAL_AUTHORITIES) {
      expect(normaliseName(a.key), a.key).toBe(a.key);
      expect(COUNCIL_TYPES).toContain(a.type);
      expect(a.name.trim()).toBe(a.name);
    }
  });

  it('never gives one name (official or alias) to two councils', () => {
    const owner = new Map<string, string>();
    for (const a of LOCAL_AUTHORITIES) {
      for (const name of new Set([a.name, ...a.aliases].map(normaliseName))) {
        expect(owner.get(name), `${name}: ${owner.get(name)} and ${a.key}`).toBeUndefined();
        owner.set(name, a.key);
      }
    }
  });

  it('resolves every official name and alias to its own entry', () => {
    for (const a of LOCAL_AUTHORITIES) {
      for (const name of [a.name, ...a.aliases]) expect(lookupAuthority(name)?.key, name).toBe(a.key);
    }
  });

  it('lets a derived variant of a current council resolve only to that council or to a listed name', () => {
    const listed = new Set(LOCAL_AUTHORITIES.flatMap((a) => [a.name, ...a.aliases].map(normaliseName)));
    for (const a of current) {
      for (const v of nameVariants(a)) if (!listed.has(v)) expect(lookupAuthority(v)?.key, v).toBe(a.key);
    }
  });

  it('dates abolitions from 2009 and names existing successors', () => {
    const keys = new Set(LOCAL_AUTHORITIES.map((a) => a.key));
    for (const a of LOCAL_AUTHORITIES.filter((x) => x.abolished !== undefined)) {
      expect(a.abolished).toBeGreaterThanOrEqual(2009);
      expect(a.abolished).toBeLessThanOrEqual(2025);
      expect(a.successors?.length, a.key).toBeGreaterThan(0);
      for (const s of a.successors ?? []) expect(keys.has(s), `${a.key} -> ${s}`).toBe(true);
    }
  });

  it('has plausible counts per type (England, 2024)', () => {
    expect(current.filter((a) => a.type === 'london_borough' && a.key !== 'city of london')).toHaveLength(32);
    expect(count('metropolitan_borough')).toBe(36);
    expect(count('county_council')).toBe(21);
    expect(count('unitary_authority')).toBeGreaterThanOrEqual(62);
    expect(count('unitary_authority')).toBeLessThanOrEqual(64);
    expect(count('district_council')).toBeGreaterThanOrEqual(160);
    expect(count('district_council')).toBeLessThanOrEqual(170);
    const abolished = LOCAL_AUTHORITIES.filter((a) => a.abolished !== undefined);
    expect(abolished.length).toBeGreaterThanOrEqual(60);
    expect(LOCAL_AUTHORITIES.length).toBeGreaterThanOrEqual(380);
  });
});

/** A hand-built ParsedDocument: a title line, then sections of one paragraph each. */
function makeDoc(title: string, organisations: string[], sections: [SectionKind, string][], preamble = ''): ParsedDocument {
  let text = `${title}\n\n${preamble ? `${preamble}\n\n` : ''}`;
  const built = sections.map(([kind, body]) => {
    const start = text.length;
    text += `${body}\n\n`;
    const span = { start, end: start + body.length };
    return { kind, ...span, heading: null, paragraphs: [{ ...span, number: null, bullet: null, items: [] }], subsections: [] };
  });
  return {
    path: 'test.txt', file: 'test.txt', format: 'txt', text, layout: 'plain', complete: false, sections: built,
    header: {
      title: { value: title, start: 0, end: title.length },
      organisations: organisations.map((o) => ({ value: o, start: title.indexOf(o), end: title.indexOf(o) + o.length })),
      caseNumber: null, category: null, outcome: null, decisionDate: null, summary: null,
    },
  };
}

const row = (m: OrganisationMention) => [m.text, m.value.via, m.value.name, m.section, m.rule];

function expectEvidence(doc: ParsedDocument, mentions: OrganisationMention[]): void {
  const places: Place[] = ['title', 'header', ...doc.sections.map((s) => s.kind)];
  for (const m of mentions) {
    expect(m.kind).toBe('organisation');
    expect(m.text).toBe(doc.text.slice(m.start, m.end));
    expect(places).toContain(m.section);
  }
  const body = mentions.filter((m) => m.value.via !== 'title');
  for (let i = 1; i < body.length; i++) expect(body[i]!.start).toBeGreaterThanOrEqual(body[i - 1]!.end);
}

describe('extractOrganisations', () => {
  it('gives the title organisation, "the Council" references and other councils named in full', () => {
    const doc = makeDoc('Cornwall Council (24 012 183)', ['Cornwall Council'], [
      ['summary', 'The council delayed. Mr B complained that Cornwall Council (the Council) did not act.'],
      ['findings', 'The Council’s officer wrote to Devon County Council and to Truro City Council about the council tax.'],
    ], 'Summary of the Council decision');
    const ms = extractOrganisations(doc);
    expectEvidence(doc, ms);
    expect(ms.map(row)).toEqual([
      ['Cornwall Council', 'title', 'Cornwall Council', 'title', 'title'],
      ['the Council', 'reference', 'Cornwall Council', 'header', 'the_council'],
      ['The council', 'reference', 'Cornwall Council', 'summary', 'the_council'],
      ['Cornwall Council', 'reference', 'Cornwall Council', 'summary', 'definition'],
      ['the Council', 'reference', 'Cornwall Council', 'summary', 'the_council'],
      ['The Council', 'reference', 'Cornwall Council', 'findings', 'the_council'],
      ['Devon County Council', 'text', 'Devon County Council', 'findings', 'council_name'],
    ]);
    const devon = ms.find((m) => m.value.via === 'text')!;
    expect(devon.value).toMatchObject({ key: 'devon', type: 'county_council', known: true });
    expect(ms[0]!.value).toEqual({ name: 'Cornwall Council', key: 'cornwall', type: 'unitary_authority', known: true, via: 'title' });
  });

  it('resolves "the Council" and "the Trust" among several title organisations', () => {
    const title = 'Surrey County Council and Surrey and Borders Partnership NHS Foundation Trust';
    const doc = makeDoc(`${title} (20 013 216)`, ['Surrey County Council', 'Surrey and Borders Partnership NHS Foundation Trust'], [
      ['complaint', 'Mrs X says the Council and the Trust failed her. The County Council agreed; the District Council did not.'],
    ]);
    const ms = extractOrganisations(doc);
    expectEvidence(doc, ms);
    expect(ms.filter((m) => m.value.via === 'title')).toHaveLength(2);
    expect(ms.filter((m) => m.value.via !== 'title').map((m) => [m.text, m.value.name])).toEqual([
      ['the Council', 'Surrey County Council'],
      ['the Trust', 'Surrey and Borders Partnership NHS Foundation Trust'],
      ['The County Council', 'Surrey County Council'],
    ]);
  });

  it('resolves care provider references, a misspelt definition and "the care home" to the care provider', () => {
    const doc = makeDoc('Salveo Care Ltd (21 001 178)', ['Salveo Care Ltd'], [
      ['summary', 'Mrs X complained about the Care Provider.'],
      ['complaint', 'Her mother lived at a home run by Saveo Care Ltd (‘the Care Provider’) at Kingfishers Nursing Home (‘the care home’). The council paid the care home. The provider apologised.'],
    ]);
    const ms = extractOrganisations(doc);
    expectEvidence(doc, ms);
    expect(ms.map((m) => [m.text, m.value.via, m.value.name])).toEqual([
      ['Salveo Care Ltd', 'title', 'Salveo Care Ltd'],
      ['the Care Provider', 'reference', 'Salveo Care Ltd'],
      ['Saveo Care Ltd', 'reference', 'Salveo Care Ltd'],
      ['the Care Provider', 'reference', 'Salveo Care Ltd'],
      ['Kingfishers Nursing Home', 'text', 'Kingfishers Nursing Home'],
      ['the care home', 'reference', 'Salveo Care Ltd'],
      ['the care home', 'reference', 'Salveo Care Ltd'],
      ['The provider', 'reference', 'Salveo Care Ltd'],
    ]);
    expect(ms[0]!.value.type).toBe('care_provider');
  });

  it('does not resolve "the Provider" to a council title; a defined provider gets the reference', () => {
    const doc = makeDoc('Leeds City Council (25 003 386)', ['Leeds City Council'], [
      ['findings', 'The Council commissioned Acme Homecare Ltd (the Provider) to visit. The Provider missed calls. The Trust was not involved.'],
    ]);
    const ms = extractOrganisations(doc);
    expectEvidence(doc, ms);
    expect(ms.map((m) => [m.text, m.value.via, m.value.name, m.value.type])).toEqual([
      ['Leeds City Council', 'title', 'Leeds City Council', 'metropolitan_borough'],
      ['The Council', 'reference', 'Leeds City Council', 'metropolitan_borough'],
      ['Acme Homecare Ltd', 'text', 'Acme Homecare Ltd', 'care_provider'],
      ['the Provider', 'text', 'Acme Homecare Ltd', 'care_provider'],
      ['The Provider', 'text', 'Acme Homecare Ltd', 'care_provider'],
    ]);
  });

  it('leaves "the Council" unresolved under an NHS title unless the text defines a council', () => {
    const trust = 'United Lincolnshire Hospitals NHS Trust';
    const plain = makeDoc(`${trust} (16 010 636c)`, [trust], [['complaint', 'The Council and the Trust delayed.']]);
    expect(extractOrganisations(plain).map((m) => [m.text, m.value.name])).toEqual([[trust, trust], ['the Trust', trust]]);
    const defined = makeDoc(`${trust} (16 010 636c)`, [trust], [['complaint', 'Lincolnshire County Council (the Council) and the Trust delayed. The Council apologised.']]);
    const ms = extractOrganisations(defined);
    expectEvidence(defined, ms);
    expect(ms.map((m) => [m.text, m.value.via, m.value.name])).toEqual([
      [trust, 'title', trust],
      ['Lincolnshire County Council', 'text', 'Lincolnshire County Council'],
      ['the Council', 'text', 'Lincolnshire County Council'],
      ['the Trust', 'reference', trust],
      ['The Council', 'text', 'Lincolnshire County Council'],
    ]);
  });

  it('does not take "the County Council" for a district, and finds defined short names', () => {
    const doc = makeDoc('Tendring District Council (25 009 566)', ['Tendring District Council'], [
      ['complaint', 'Tendring District Council (TDC) and the County Council disagreed. TDC said the district council would act. Essex County Council’s view differed; so did the London Borough of Enfield’s.'],
    ]);
    const ms = extractOrganisations(doc);
    expectEvidence(doc, ms);
    expect(ms.map((m) => [m.text, m.value.via, m.value.key])).toEqual([
      ['Tendring District Council', 'title', 'tendring'],
      ['Tendring District Council', 'reference', 'tendring'],
      ['TDC', 'reference', 'tendring'],
      ['TDC', 'reference', 'tendring'],
      ['the district council', 'reference', 'tendring'],
      ['Essex County Council', 'text', 'essex'],
      ['London Borough of Enfield', 'text', 'enfield'],
    ]);
  });

  it('does not take a parish or town council named in the text for the principal council', () => {
    const doc = makeDoc('Dorset Council (23 000 001)', ['Dorset Council'], [
      ['findings', 'Weymouth Town Council and Salisbury City Council objected, as did Christchurch Parish Council.'],
    ]);
    expect(extractOrganisations(doc).map((m) => m.value.via)).toEqual(['title']);
  });

  it('takes neither a part of the council nor a longer proper name for another body', () => {
    const doc = makeDoc('London Borough of Hackney (24 023 291)', ['London Borough of Hackney'], [
      ['findings', 'The Council’s Home Care Team (the Team) called the City of London Police. The Team apologised.'],
    ]);
    const ms = extractOrganisations(doc);
    expect(ms.map((m) => [m.text, m.value.via])).toEqual([
      ['London Borough of Hackney', 'title'],
      ['The Council', 'reference'],
    ]);
  });

  it('reads definitions with quotes and "referred to as", resolving them for the whole document', () => {
    const doc = makeDoc('Peak District National Park Authority (22 000 001)', ['Peak District National Park Authority'], [
      ['summary', 'The Authority failed to act.'],
      ['complaint', 'Mr X complains that Peak District National Park Authority (referred to as ‘the Authority’) delayed; the authority and the Council disagreed.'],
    ]);
    const ms = extractOrganisations(doc);
    expectEvidence(doc, ms);
    expect(ms.filter((m) => m.value.via === 'reference').map((m) => [m.text, m.section])).toEqual([
      ['The Authority', 'summary'],
      ['Peak District National Park Authority', 'complaint'],
      ['the Authority', 'complaint'],
    ]);
  });

  it('returns nothing for a document without a title organisation', () => {
    const doc = makeDoc('15 010 742', [], [['summary', 'The council should apologise.']]);
    expect(extractOrganisations(doc)).toEqual([]);
  });
});

describe('extractOrganisations over the corpus', () => {
  it.each(corpusFiles())('%s', (file) => {
    const doc = corpusDoc(file);
    const ms = extractOrganisations(doc);
    expectEvidence(doc, ms);
    const titles = ms.filter((m) => m.value.via === 'title');
    expect(titles.map((m) => m.value.name)).toEqual(doc.header.organisations.map((o) => o.value));
    for (const m of titles) {
      expect(m.section).toBe('title');
      expect(m.value.key).not.toBe('');
      if (/\bcouncil\b/i.test(m.value.name)) expect(m.value.known, m.value.name).toBe(true);
      if (/\b(?:ltd|limited)\b/i.test(m.value.name)) expect(m.value.type).toBe('care_provider');
      if (/\bNHS\b/.test(m.value.name)) expect(m.value.type).toBe('other');
    }
    const names = new Set(doc.header.organisations.map((o) => o.value));
    for (const m of ms.filter((x) => x.value.via === 'reference')) expect(names.has(m.value.name)).toBe(true);
    if (titles.some((m) => m.value.known) && doc.sections.length > 0) {
      expect(ms.some((m) => m.value.via === 'reference'), 'a council decision refers back to the council').toBe(true);
    }
  });
});
