#!/usr/bin/env bash
# Inspects the packed packages: every library package has both target frameworks, the XML docs, the README,
# an MIT licence expression and a symbols package; the tool package is a dotnet tool.
set -euo pipefail
dir="$1"
fail=0
check() { if ! grep -qx "$2" <<<"$1"; then echo "package check: missing $2 in $3"; fail=1; fi; }
for lib in RelationshipKit RelationshipKit.Value; do
  pkg="$dir/$lib.0.1.0.nupkg"
  [ -f "$pkg" ] || { echo "package check: $pkg was not produced"; exit 1; }
  [ -f "$dir/$lib.0.1.0.snupkg" ] || { echo "package check: $lib.0.1.0.snupkg was not produced"; fail=1; }
  listing=$(unzip -Z1 "$pkg")
  for tfm in net8.0 net10.0; do
    check "$listing" "lib/$tfm/$lib.dll" "$pkg"
    check "$listing" "lib/$tfm/$lib.xml" "$pkg"
  done
  check "$listing" "README.md" "$pkg"
  nuspec=$(unzip -p "$pkg" "$lib.nuspec")
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "package check: $lib has no MIT licence expression"; fail=1; }
  grep -q '<repository type="git" url="https://github.com/relationshipkit/relationshipkit"' <<<"$nuspec" || { echo "package check: $lib has no repository metadata"; fail=1; }
done
tool="$dir/RelationshipKit.Cli.0.1.0.nupkg"
[ -f "$tool" ] || { echo "package check: $tool was not produced"; exit 1; }
# Read the listing into a variable first: `unzip | grep -q` under pipefail fails at random when grep exits early
# and unzip dies of SIGPIPE.
tool_listing=$(unzip -Z1 "$tool")
grep -qx 'tools/net10.0/any/DotnetToolSettings.xml' <<<"$tool_listing" || { echo "package check: the CLI package is not a dotnet tool"; fail=1; }
[ "$fail" -eq 0 ] && echo "package check: ok ($(ls "$dir" | wc -l) files)"
exit "$fail"
