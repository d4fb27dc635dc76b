# CareerBot as a container, for those who deploy elsewhere than App Service (see deploymentTemplates/README.md).
# Build from the repository root: docker build -t careerbot . — the context must hold src/, knowledge/ and the
# Directory.*.props, which is why this file lives at the root. It mirrors the publish step that
# tests/CareerBot.Deployment.Tests/Container/PublishedAppTests.cs runs for real (no Docker engine in CI).

# Web Chat's bundle comes from npm; the SDK image has no node, so npm ci runs here and node_modules is copied in,
# which makes the project's own "npm ci when the bundle is missing" step a no-op.
FROM node:22-bookworm-slim AS webchat
WORKDIR /src/ClientApp
COPY src/CareerBot.Web/ClientApp/package.json src/CareerBot.Web/ClientApp/package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY knowledge/ knowledge/
COPY src/ src/
COPY --from=webchat /src/ClientApp/node_modules src/CareerBot.Web/ClientApp/node_modules
# The same command as the test: the output carries knowledge/, webchat/webchat.js and wwwroot/.
RUN dotnet publish src/CareerBot.Web -c Release -o /app/publish --nologo \
 && mkdir /app/data

# Chiseled: no shell, no package manager, non-root by default. The "extra" flavour adds ICU and time zones, which
# the bot needs: it speaks French first (fr cultures and resources) and invariant globalization would refuse them.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra
WORKDIR /app
COPY --from=build /app/publish ./
# State (SQLite by default) and the knowledge index go to data/ under the content root: the only writable folder.
# With several instances use Storage__Provider=Blob or Cosmos instead (see the README's Configuration table).
COPY --from=build --chown=$APP_UID:$APP_UID /app/data ./data
USER $APP_UID
# The .NET images set ASPNETCORE_HTTP_PORTS=8080, which the host honours instead of its local default 3978.
EXPOSE 8080
# No HEALTHCHECK: a chiseled image has no curl or shell to run one. Probe over HTTP from the orchestrator instead:
# liveness GET /healthz, readiness GET /readyz (App Service: the templates' health check path; Kubernetes:
# livenessProbe / readinessProbe httpGet on port 8080).
ENTRYPOINT ["dotnet", "CareerBot.Web.dll"]
