#!/usr/bin/env bash
# Lighthouse on the packaged app's public pages as a phone loads them: mobile defaults (simulated slow 4G, 4x CPU
# slowdown), three runs a page, medians printed (see bench/README.md for the goal and the last results).
#
# Usage: bench/lighthouse.sh   (BENCH_RUNS=3; BENCH_NO_BUILD=1 runs the existing build)
# Lighthouse comes from npm (pinned) into ~/.cache/limber-tools/lighthouse and drives Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
BENCH_DB_PORT=${BENCH_DB_PORT:-54342}
BENCH_PORT=${BENCH_PORT:-18083}
PAGES=(/ /drills/straight-leg-ankle-matrix /notes /reference /login)
. bench/app.sh

tools=$HOME/.cache/limber-tools/lighthouse
if [[ ! -x $tools/node_modules/.bin/lighthouse ]]; then
    npm install --prefix "$tools" --no-audit --no-fund lighthouse@12.8.2
fi
[[ -x /usr/bin/chromium ]] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
export CHROME_PATH=/usr/bin/chromium

[[ -n ${BENCH_NO_BUILD:-} ]] || ./mvnw -B -q package -DskipTests
start_app
# A few requests a page first: the figures are for a running app, not for its first JIT-cold answers.
for path in "${PAGES[@]}"; do for _ in 1 2 3; do curl -fs -o /dev/null "$BASE$path"; done; done
REPORTS=$LIMBER_DATA_DIR/lighthouse
mkdir -p "$REPORTS"

for path in "${PAGES[@]}"; do
    name=$(tr -c 'a-z0-9\n' '-' <<<"${path#/}"); name=${name:-home}
    for run in $(seq "$RUNS"); do
        "$tools/node_modules/.bin/lighthouse" "$BASE$path" --quiet --output=json \
            --output-path="$REPORTS/$name-$run.json" --only-categories=performance,accessibility,best-practices,seo \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking" >/dev/null
    done
done

# One line a page: the median of each figure over its runs.
python3 - "$REPORTS" "$RUNS" "${PAGES[@]}" <<'PY'
import json, statistics, sys
reports, runs, pages = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
print(f"{'page':36} perf a11y best  seo   FCP s  LCP s  TBT ms   CLS  KiB")
for path in pages:
    name = ''.join(c if c.isalnum() else '-' for c in path.lstrip('/')) or 'home'
    results = [json.load(open(f"{reports}/{name}-{run}.json")) for run in range(1, runs + 1)]
    score = lambda key: statistics.median(r['categories'][key]['score'] * 100 for r in results)
    audit = lambda key: statistics.median(r['audits'][key]['numericValue'] for r in results)
    print(f"{path:36} {score('performance'):4.0f} {score('accessibility'):4.0f} {score('best-practices'):4.0f}"
          f" {score('seo'):4.0f} {audit('first-contentful-paint') / 1000:7.2f} {audit('largest-contentful-paint') / 1000:6.2f}"
          f" {audit('total-blocking-time'):7.0f} {audit('cumulative-layout-shift'):5.2f} {audit('total-byte-weight') / 1024:4.0f}")
PY
