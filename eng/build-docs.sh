#!/usr/bin/env bash
# Builds the documentation site: generates the API reference (docs/api/, not committed) from the Release build of
# the libraries with eng/ApiDocs, then installs the locked VitePress and builds docs/ into docs/.vitepress/dist.
# Run it after `dotnet build RelationshipKit.sln -c Release` (as .ci/run does). Any dead link, missing snippet region
# or missing include fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."

configuration="${CONFIGURATION:-Release}"

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

echo "docs: npm ci"
cd docs
npm ci --no-audit --no-fund
echo "docs: vitepress build"
npm run docs:build
