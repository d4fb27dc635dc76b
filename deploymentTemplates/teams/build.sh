#!/usr/bin/env bash
# Builds the Teams app package: manifest.json with the bot's app id and domain filled in, en.json, and the two icons
# drawn by icons.mjs, all at the root of the zip (what Teams' "Upload a custom app" and the Developer Portal expect).
# Usage: MicrosoftAppId=<guid> BotDomain=<host> build.sh [output.zip]   (default: artifacts/teams/careerbot-teams.zip)
# MicrosoftAppId is the bot's Entra app id (the host's MicrosoftAppId setting); it is also the Teams app's id.
# BotDomain is the host name the bot is served from (no scheme, no path), e.g. careerbot.azurewebsites.net.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
output="$(realpath -m "${1:-$repo/artifacts/teams/careerbot-teams.zip}")"

fail() { echo "build.sh: $*" >&2; exit 2; }

app_id="${MicrosoftAppId:-}"
domain="${BotDomain:-}"
[[ -n "$app_id" ]] || fail "set MicrosoftAppId to the bot's app id (a GUID)"
[[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]] || fail "MicrosoftAppId is not a GUID: $app_id"
[[ -n "$domain" ]] || fail "set BotDomain to the host name the bot is served from"
# A bare host name: validDomains takes no scheme or path, and the developer URLs are built from it.
[[ "$domain" =~ ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$ ]] \
  || fail "BotDomain must be a host name such as careerbot.example.com: $domain"
command -v node >/dev/null || fail "node is needed to draw the icons"
command -v zip >/dev/null || fail "zip is needed to write the package"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# Both values were checked above against patterns without sed's special characters.
sed -e "s/{{MicrosoftAppId}}/$app_id/g" -e "s/{{BotDomain}}/$domain/g" "$here/manifest.json" > "$staging/manifest.json"
grep -q '{{' "$staging/manifest.json" && fail "manifest.json has a placeholder this script does not fill"
cp "$here/en.json" "$staging/en.json"
node "$here/icons.mjs" "$staging"

mkdir -p "$(dirname "$output")"
rm -f "$output"
# -j: files at the root of the zip; -X: no extra file attributes, so the same inputs give the same package.
(cd "$staging" && zip -q -X -j "$output.tmp" manifest.json en.json color.png outline.png)
mv "$output.tmp" "$output"
echo "$output"
