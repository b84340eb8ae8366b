/**
 * A title naming several bodies splits into organisation-shaped parts; a single name holding
 * "and", "&" or a comma never does.
 */
import { describe, expect, it } from 'vitest';
import { splitOrganisations } from '../../src/parse/organisation-split.js';

describe('splitOrganisations', () => {
  it.each<[string, string[]]>([
    ['Surrey County Council and Surrey and Borders Partnership NHS Foundation Trust', ['Surrey County Council', 'Surrey and Borders Partnership NHS Foundation Trust']],
    ['Kent County Council and Medway Council', ['Kent County Council', 'Medway Council']],
    ['London Borough of Enfield and London Borough of Haringey', ['London Borough of Enfield', 'London Borough of Haringey']],
    ['Bournemouth, Christchurch and Poole Council', ['Bournemouth, Christchurch and Poole Council']],
    ['Telford & Wrekin Council', ['Telford & Wrekin Council']],
    ['London Borough of Barking and Dagenham', ['London Borough of Barking and Dagenham']],
    ['Royal Borough of Windsor and Maidenhead Council', ['Royal Borough of Windsor and Maidenhead Council']],
    ['Royal Borough of Kensington and Chelsea Council', ['Royal Borough of Kensington and Chelsea Council']],
  ])('%s', (title, parts) => {
    expect(splitOrganisations(title).map((p) => p.text)).toEqual(parts);
  });

  it('gives each part its offset inside the title', () => {
    const title = 'Kent County Council and Medway Council';
    for (const p of splitOrganisations(title)) expect(title.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
  });
});
