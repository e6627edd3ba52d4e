#!/usr/bin/env bash
# Inspects the packed packages of every project in src/ (a folder with a .csproj; nothing to edit when a package is
# added): a library package has both target frameworks, the XML docs, the README, an MIT licence expression, the
# repository metadata and a symbols package; a tool package (PackAsTool) is a dotnet tool.
set -euo pipefail
dir="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props")
[ -n "$version" ] || { echo "package check: no VersionPrefix in Directory.Build.props"; exit 1; }
fail=0
checked=0
check() { if ! grep -qx "$2" <<<"$1"; then echo "package check: missing $2 in $3"; fail=1; fi; }
for project_dir in "$root"/src/*/; do
  name=$(basename "$project_dir")
  csproj="$project_dir$name.csproj"
  [ -f "$csproj" ] || continue # src/Shared: source compiled into several packages, not a package
  pkg="$dir/$name.$version.nupkg"
  [ -f "$pkg" ] || { echo "package check: $pkg was not produced"; fail=1; continue; }
  checked=$((checked + 1))
  # Read listings into variables first: `unzip | grep -q` under pipefail fails at random when grep exits early and
  # unzip dies of SIGPIPE.
  listing=$(unzip -Z1 "$pkg")
  if grep -q '<PackAsTool>true</PackAsTool>' "$csproj"; then
    check "$listing" 'tools/net10.0/any/DotnetToolSettings.xml' "$pkg"
    continue
  fi
  [ -f "$dir/$name.$version.snupkg" ] || { echo "package check: $name.$version.snupkg was not produced"; fail=1; }
  for tfm in net8.0 net10.0; do
    check "$listing" "lib/$tfm/$name.dll" "$pkg"
    check "$listing" "lib/$tfm/$name.xml" "$pkg"
  done
  check "$listing" "README.md" "$pkg"
  nuspec=$(unzip -p "$pkg" "$name.nuspec")
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "package check: $name has no MIT licence expression"; fail=1; }
  grep -q '<repository type="git" url="https://github.com/relationshipkit/relationshipkit"' <<<"$nuspec" || { echo "package check: $name has no repository metadata"; fail=1; }
done
[ "$checked" -gt 0 ] || { echo "package check: no package found for src/*"; fail=1; }
[ "$fail" -eq 0 ] && echo "package check: ok ($checked packages, $(ls "$dir" | wc -l) files)"
exit "$fail"
