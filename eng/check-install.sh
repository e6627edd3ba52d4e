#!/usr/bin/env bash
# Checks the README's install instructions the way a newcomer follows them: runs the commands of its two install
# blocks (marked <!-- install:pack --> and <!-- install:add -->) exactly as written, the first from the repository
# root, the second in a copy of eng/consumer-app outside the repository, then builds and runs that program and the
# installed tool. Everything lands in a throw-away home directory (the package folder, the NuGet configuration that
# `dotnet nuget add source` writes, the global tool), so the machine is left as it was. Run it after a Release build.
# Usage: bash eng/check-install.sh [<folder>]   (copies the packed packages to <folder> too: CI inspects them there)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

# The lines of the ```bash block that follows a marker line in README.md.
readme_block() {
  awk -v marker="<!-- install:$1 " '
    index($0, marker) == 1 { found = 1; next }
    found && /^```bash$/ { inside = 1; next }
    inside && /^```$/ { exit }
    inside { print }' README.md
}
pack_commands="$(readme_block pack)"
add_commands="$(readme_block add)"
if [ -z "$pack_commands" ] || [ -z "$add_commands" ]; then
  echo "install check: README.md has no <!-- install:pack --> or <!-- install:add --> block followed by a bash block"
  exit 1
fi

packages_cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
user_config="$HOME/.nuget/NuGet/NuGet.Config"
sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
export HOME="$sandbox/home" DOTNET_CLI_HOME="$sandbox/home"
mkdir -p "$HOME/.nuget/NuGet"
# Keep the package sources this machine uses (a newcomer's machine has its own).
if [ -f "$user_config" ]; then cp "$user_config" "$HOME/.nuget/NuGet/NuGet.Config"; fi

echo "install check: packing, as the README says:"
printf '  %s\n' "$pack_commands"
# The solution restores from the machine's package cache, as it would on the newcomer's machine. In CI the solution
# was just built: INSTALL_CHECK_NO_BUILD=1 passes NoBuild=true to MSBuild through the environment, so the same
# command packs the build that was tested instead of building again (as `dotnet pack --no-build` would).
no_build=()
if [ "${INSTALL_CHECK_NO_BUILD:-0}" = 1 ]; then no_build=(NoBuild=true); fi
(cd "$repo" && env "${no_build[@]}" NUGET_PACKAGES="$packages_cache" bash -euo pipefail -c "$pack_commands") > "$sandbox/pack.log" 2>&1 || {
  tail -n 30 "$sandbox/pack.log"
  echo "install check: the README's pack commands failed"
  exit 1
}
ls "$HOME/relationshipkit-packages"
if [ $# -gt 0 ]; then
  mkdir -p "$1"
  cp "$HOME"/relationshipkit-packages/* "$1"/
fi

echo "install check: a new program adds the packages, as the README says:"
printf '  %s\n' "$add_commands"
cp -r eng/consumer-app "$sandbox/ConsumerApp"
cd "$sandbox/ConsumerApp"
# A package cache of its own, so that the packages just packed are used and not an older copy of the same version.
export NUGET_PACKAGES="$sandbox/packages"
bash -euo pipefail -c "$add_commands" > "$sandbox/add.log" 2>&1 || {
  tail -n 30 "$sandbox/add.log"
  echo "install check: the README's commands for adding the packages failed"
  exit 1
}

output="$(dotnet run -c Release 2>&1)" || { echo "$output"; echo "install check: the consumer app did not build or run"; exit 1; }
echo "$output"
expected="simple LTV: 30000 PLN
P(alive): 0.73"
if [ "$output" != "$expected" ]; then
  echo "install check: the consumer app printed something else; expected:"
  echo "$expected"
  exit 1
fi

tool="$DOTNET_CLI_HOME/.dotnet/tools/relationshipkit"
help="$("$tool" --help 2>&1)" || { echo "$help"; echo "install check: the installed tool did not run"; exit 1; }
grep -q "analyze" <<<"$help" || { echo "$help"; echo "install check: the installed tool's help does not list analyze"; exit 1; }
echo "install check: ok (packages packed and added from a local folder; the program and the tool run)"
