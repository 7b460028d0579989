#!/usr/bin/env bash
# Deploys the built bundles and one environment's configuration to a Liferay 7.4 installation.
#
#   build/deploy.sh local|prod
#
# Needs LIFERAY_HOME. Copies every bundle jar to $LIFERAY_HOME/deploy (the portal's auto-deploy folder),
# the environment's OSGi configuration files to $LIFERAY_HOME/osgi/configs, and its portal properties to
# $LIFERAY_HOME/portal-livsviktig.properties, which portal-ext.properties includes. Run after
# `mvn -B -ntp package -DskipTests` (or the test command) has built the bundles.
set -euo pipefail

environment=${1:-}

if [ -z "${LIFERAY_HOME:-}" ] || [ ! -d "$LIFERAY_HOME" ]; then
	echo "deploy: set LIFERAY_HOME to the Liferay installation folder" >&2
	exit 2
fi

if [ ! -d "$(dirname "$0")/../configs/$environment" ] || [ -z "$environment" ]; then
	echo "usage: build/deploy.sh local|prod" >&2
	exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)

bundles=$(find "$root/modules" -path '*/target/*' -name 'se.livsviktig.*.jar' \
	! -name '*.test-*' ! -name '*.platform.*' | sort)

if [ -z "$bundles" ]; then
	echo "deploy: no bundles built; run mvn -B -ntp package -DskipTests first" >&2
	exit 1
fi

mkdir -p "$LIFERAY_HOME/deploy" "$LIFERAY_HOME/osgi/configs"

for bundle in $bundles; do
	cp "$bundle" "$LIFERAY_HOME/deploy/"
	echo "deploy: $(basename "$bundle")"
done

for folder in "$root/configs/common" "$root/configs/$environment"; do
	if [ -d "$folder/osgi/configs" ]; then
		cp "$folder"/osgi/configs/*.config "$LIFERAY_HOME/osgi/configs/" 2>/dev/null || true
	fi
done

cat "$root/configs/common/portal-ext.properties" "$root/configs/$environment/portal-ext.properties" \
	> "$LIFERAY_HOME/portal-livsviktig.properties"

touch "$LIFERAY_HOME/portal-ext.properties"

if ! grep -qx 'include-and-override=portal-livsviktig.properties' "$LIFERAY_HOME/portal-ext.properties"; then
	echo 'include-and-override=portal-livsviktig.properties' >> "$LIFERAY_HOME/portal-ext.properties"
fi

echo "deploy: $environment configuration in $LIFERAY_HOME/osgi/configs and portal-livsviktig.properties"
