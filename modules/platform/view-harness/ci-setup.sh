#!/usr/bin/env bash
# Installs what the view tier (T5) needs on a Debian machine: Chromium from Debian's packages and the npm
# packages pinned by package-lock.json (axe-core, playwright-core, @clayui/css, ical.js). Safe to run again: it installs
# only what is missing. npm must not download a browser: playwright-core never does, and Debian's is used.
set -euo pipefail

cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	apt-get install -y -q chromium
fi

if ! command -v node >/dev/null 2>&1; then
	echo "view tier: node and npm are needed (apt-get install nodejs npm)" >&2
	exit 1
fi

if ! npm ls --omit=dev >/dev/null 2>&1; then
	npm ci --no-audit --no-fund --ignore-scripts
fi
