#!/usr/bin/env bash
# Build every outline in outlines/ and tests/fixtures in every theme (plus --svg, native charts and
# an agency template) and print the sha256 of each deck: run before and after a change that must
# not change output, then `diff` the two lists.  Usage: tools/deck_hashes.sh OUTDIR > hashes.txt
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/deck-hashes}
mkdir -p "$out"
export DECKMAKER_DECK_CACHE=off PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
jobs=()
outlines=(outlines/hung-yen-2024 tests/fixtures/charts-en tests/fixtures/charts-vi tests/fixtures/e2e
          tests/fixtures/every tests/fixtures/stress/bullets tests/fixtures/stress/cards
          tests/fixtures/stress/tables tests/fixtures/stress/words)
for o in "${outlines[@]}"; do
  for t in default co-do tuong-phan; do
    jobs+=("$o|$t|")
  done
done
for t in themes/*/; do jobs+=("tests/fixtures/every|${t%/}|"); jobs+=("outlines/hung-yen-2024|${t%/}|"); done
jobs+=("tests/fixtures/every|default|--svg")
# native charts: the every outline with engine: native on every chart
native="$out/native-src"; rm -rf "$native"; cp -r tests/fixtures/every "$native"
sed -i 's/^\(\s*\)chart:$/\1chart:\n\1  engine: native/' "$native/outline.yaml"
jobs+=("$native|default|")
printf '%s\n' "${jobs[@]}" | xargs -P 2 -I{} bash -c '
  IFS="|" read -r o t flag <<< "{}"
  name=$(echo "$(basename "$o")-$t$flag" | tr "/" "_")
  python -m deckmaker build "$o" --theme "$t" $flag -o "'"$out"'/$name.pptx" >/dev/null 2>"'"$out"'/$name.err" || echo "FAILED $name" >&2
'
cd "$out" && sha256sum *.pptx | sort -k2
