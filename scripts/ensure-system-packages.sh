#!/usr/bin/env bash
# Installs the Debian packages the tests drive (Debian's Chromium for Lighthouse
# and its headless shell for the end-to-end tests: Playwright never downloads a
# browser here; poppler-utils' pdftotext and pdfinfo read the exported PDFs),
# only when missing. Called by .ci/run and
# before `npm test` (pretest), so it works on a fresh machine too.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need these system packages: ${missing[*]}" >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}), or set CHROMIUM_PATH to a Chromium binary." >&2
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && exit 0
  exit 1
fi
