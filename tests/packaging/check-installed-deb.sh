#!/usr/bin/env bash
# Unpacks the built .deb into a fresh root (dpkg -x, no root rights needed) and runs the
# installed program from an unrelated folder with an empty home: it must report its version,
# find its sample data and translations under its own prefix, import the installed sample
# data and describe the result. Any reference to the build folder is a failure.
# Usage: check-installed-deb.sh PACKAGE_DIR BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
package_dir=$1 build_dir=$2 source_dir=$3 version=$4

fail() { echo "FAIL: $*" >&2; exit 1; }

shopt -s nullglob
debs=("$package_dir"/odema-explorer_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one odema-explorer_${version}_*.deb in $package_dir, found ${#debs[@]}"
deb=${debs[0]}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg -x "$deb" "$work/root"
prefix="$work/root/usr"
exe="$prefix/bin/odema-explorer"
share="$prefix/share/odema-explorer"
[ -x "$exe" ] || fail "no executable at usr/bin/odema-explorer"

# A clean user: nothing inherited from the developer's home, settings or environment.
mkdir -p "$work/home" "$work/cwd"
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
unset ODEMA_DATA_DIR ODEMA_TRANSLATIONS_DIR LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
cd "$work/cwd"

# 1. The package's files are all there.
for f in applications/org.cerdd.OdemaExplorer.desktop metainfo/org.cerdd.OdemaExplorer.metainfo.xml \
         icons/hicolor/scalable/apps/odema-explorer.svg odema-explorer/data/manifest.json \
         odema-explorer/translations/odema-explorer_en.qm; do
  [ -s "$prefix/share/$f" ] || fail "missing usr/share/$f"
done
for size in 16 22 24 32 48 64 128 256; do
  [ -s "$prefix/share/icons/hicolor/${size}x${size}/apps/odema-explorer.png" ] || fail "missing ${size}x${size} icon"
done
manifest_files=$(grep -o '"file": *"[^"]*"' "$share/data/manifest.json" | sed 's/.*"\([^"]*\)"$/\1/')
[ -n "$manifest_files" ] || fail "manifest lists no file"
for f in $manifest_files; do
  [ -s "$share/data/$f" ] || fail "manifest file $f not installed"
done

# 2. Nothing points back to the build folder: no RUNPATH, no build path in the binary.
if readelf -d "$exe" | grep -Eq 'RUNPATH|RPATH'; then fail "installed binary has an RPATH/RUNPATH"; fi
if grep -qaF "$build_dir" "$exe"; then fail "installed binary mentions the build folder $build_dir"; fi

# 3. Version.
got=$("$exe" --version)
[ "$got" = "odema-explorer $version" ] || fail "--version printed '$got'"

# 4. Data and translations are found under the package's own prefix (not the source tree,
#    which the binary also knows as a last resort for build-tree runs), the store in the home.
paths=$("$exe" paths)
echo "$paths"
echo "$paths" | grep -qF "$share/data" || fail "sample data not found under the installed prefix"
echo "$paths" | grep -qF "$share/translations" || fail "translations not found under the installed prefix"
echo "$paths" | grep -qF "$XDG_DATA_HOME/Odema/odema-explorer/odema.sqlite" || fail "default store not in the user's data folder"
if echo "$paths" | grep -qF "$source_dir/data"; then fail "installed program reads the source tree's data"; fi

# 5. English through the installed .qm when the locale asks for it.
LANG=en_US.UTF-8 "$exe" --help | grep -q "^Verbs:" || fail "--help is not in English with LANG=en_US.UTF-8"
LANG=fr_FR.UTF-8 "$exe" --help | grep -q "^Verbes :" || fail "--help is not in French with LANG=fr_FR.UTF-8"

# 6. Headless work on the installed sample data, in manifest order (same options as the window's
#    first start: populationYear where the manifest gives one).
db="$work/store.sqlite"
while read -r line; do
  file=$(echo "$line" | sed -n 's/.*"file": *"\([^"]*\)".*/\1/p')
  [ -n "$file" ] || continue
  year=$(echo "$line" | sed -n 's/.*"populationYear": *\([0-9]*\).*/\1/p')
  args=(import --db "$db")
  [ -n "$year" ] && args+=(--annee-population "$year")
  "$exe" "${args[@]}" "$share/data/$file" > "$work/import.log" || { cat "$work/import.log"; fail "import of $file failed"; }
done < <(grep '"file"' "$share/data/manifest.json")
info=$("$exe" info --db "$db" --json)
sources=$(echo "$info" | grep -c '"sha256"' || true)
expected=$(echo "$manifest_files" | wc -w)
[ "$sources" -eq "$expected" ] || fail "info lists $sources source files, expected $expected"
echo "$info" | grep -q '"flow_rows": *[1-9]' || fail "no flow row imported"
"$exe" info --db "$db" > "$work/info.txt"
sed -n 1,4p "$work/info.txt"
echo "OK: $deb installs and works from $prefix"
