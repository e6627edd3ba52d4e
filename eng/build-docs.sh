#!/usr/bin/env bash
# Builds the documentation site: generates the API reference (docs/api/, not committed) from the Release build of
# the libraries with eng/ApiDocs, then installs the locked VitePress and builds docs/ into docs/.vitepress/dist.
# Run it after `dotnet build RelationshipKit.sln -c Release` (as .ci/run does). Any dead link, missing snippet region
# or missing include fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."

configuration="${CONFIGURATION:-Release}"

# DOCS_PART=dotnet runs only the .NET parts (API reference, figures), DOCS_PART=site only the VitePress part, so that CI
# can build the site in the background while the tests run (the site part touches nothing outside docs/).
part="${DOCS_PART:-all}"
if [ "$part" != site ]; then
  echo "docs: API reference (eng/ApiDocs)"
  if [ -f "eng/ApiDocs/bin/$configuration/net10.0/ApiDocs.dll" ]; then
    dotnet run --project eng/ApiDocs -c "$configuration" --no-build -- --configuration "$configuration"
  else
    dotnet run --project eng/ApiDocs -c "$configuration" -- --configuration "$configuration"
  fi

  echo "docs: figures (eng/DocsPlots)"
  if [ -f "eng/DocsPlots/bin/$configuration/net10.0/DocsPlots.dll" ]; then
    dotnet run --project eng/DocsPlots -c "$configuration" --no-build
  else
    dotnet run --project eng/DocsPlots -c "$configuration"
  fi

fi

if [ "$part" != dotnet ]; then
  echo "docs: npm ci"
  cd docs
  npm ci --no-audit --no-fund
  echo "docs: vitepress build"
  npm run docs:build
fi
