#!/usr/bin/env bash
# Builds the playground's front end into ../dist (committed, so that
# `go build` needs no Node). Needs Node 20+ and npm; fetches the exact
# packages in package-lock.json from the npm registry.
#
#   bash playground/web/build.sh
#
# Running it twice gives byte-identical files in dist/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

npm ci --no-audit --no-fund --loglevel=error

# The examples must be valid against the API's schema before they ship.
node validate-examples.mjs

node build.mjs

# Nothing in dist may make the browser fetch from another origin.
if grep -rEn --include='*.css' 'url\(["'\'']?(https?:)?//|@import' ../dist; then
  echo "build.sh: dist/*.css refers to another origin or imports a stylesheet" >&2
  exit 1
fi

(cd ../dist && find . -type f | LC_ALL=C sort | xargs sha256sum)
