#!/usr/bin/env bash
# Supplies the CJK font bundled into the reports jar (see reports/README section in the root README).
#
# Fetches Noto Sans SC Regular (SIL OFL 1.1) from the npm package @expo-google-fonts/noto-sans-sc
# with the ordinary npm client, verifies its sha256 against the checksum committed next to this
# script, and copies it to $1/NotoSansSC-Regular.ttf (a classpath resource of the reports jar).
#
# Outcome:
#   - verified font in place                  -> exit 0
#   - npm missing / fetch or extract failure  -> WARNING on stderr, exit 0 (build continues; at run
#                                                time the reports fall back to a system CJK font)
#   - checksum mismatch of a fetched font     -> ERROR, exit 1 (fails the build)
#
# The verified download is cached in ${GOVINDEX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/govindex}/fonts
# so that `mvn clean` does not fetch again.
set -euo pipefail

PACKAGE="@expo-google-fonts/noto-sans-sc"
VERSION="0.4.3"
MEMBER="package/400Regular/NotoSansSC_400Regular.ttf"
FONT_NAME="NotoSansSC-Regular.ttf"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out_dir="${1:?usage: fetch-font.sh OUTPUT_DIR}"
expected="$(awk '{print $1; exit}' "$script_dir/$FONT_NAME.sha256")"
cache_dir="${GOVINDEX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/govindex}/fonts"
cached="$cache_dir/NotoSansSC-Regular-$VERSION.ttf"
target="$out_dir/$FONT_NAME"

warn() {
  echo "[govindex] WARNING: CJK font not bundled: $*" >&2
  echo "[govindex] WARNING: reports will need a system CJK font at run time (rebuild with npm available, or: apt-get install fonts-wqy-microhei)" >&2
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | awk '{print $1}'
  else
    shasum -a 256 "$1" | awk '{print $1}'
  fi
}

install_font() {
  mkdir -p "$out_dir"
  cp "$1" "$target.tmp.$$"
  mv -f "$target.tmp.$$" "$target"
}

# 1. Already in place and intact: nothing to do.
if [[ -f "$target" && "$(sha256_of "$target")" == "$expected" ]]; then
  exit 0
fi

# 2. Verified copy in the cache.
if [[ -f "$cached" ]]; then
  if [[ "$(sha256_of "$cached")" == "$expected" ]]; then
    install_font "$cached"
    echo "[govindex] CJK font $FONT_NAME taken from cache $cached"
    exit 0
  fi
  echo "[govindex] cached font $cached fails its checksum; fetching again" >&2
  rm -f "$cached"
fi

# 3. Fetch with npm.
if ! command -v npm >/dev/null 2>&1; then
  warn "npm is not installed"
  exit 0
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/govindex-font.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "[govindex] fetching $PACKAGE@$VERSION with npm pack (about 57 MB, once)"
if ! (cd "$work" && npm pack --silent --fetch-retries=1 "$PACKAGE@$VERSION" >"$work/npm.out" 2>"$work/npm.err"); then
  warn "npm pack $PACKAGE@$VERSION failed: $(head -c 300 "$work/npm.err" | tr '\n' ' ')"
  exit 0
fi
tarball="$(find "$work" -maxdepth 1 -name '*.tgz' | head -n 1)"
if [[ -z "$tarball" ]] || ! tar -xzf "$tarball" -C "$work" "$MEMBER" 2>"$work/tar.err"; then
  warn "$MEMBER not found in the npm tarball of $PACKAGE@$VERSION"
  exit 0
fi
actual="$(sha256_of "$work/$MEMBER")"
if [[ "$actual" != "$expected" ]]; then
  echo "[govindex] ERROR: checksum mismatch for $MEMBER of $PACKAGE@$VERSION: expected $expected (reports/src/build/$FONT_NAME.sha256), got $actual" >&2
  exit 1
fi
if mkdir -p "$cache_dir" 2>/dev/null && cp "$work/$MEMBER" "$cached.tmp.$$" 2>/dev/null; then
  mv -f "$cached.tmp.$$" "$cached"
fi
install_font "$work/$MEMBER"
echo "[govindex] CJK font $FONT_NAME verified (sha256 $actual) and bundled"
