#!/usr/bin/env bash
# Deploys the built bundles and one environment's OSGi configuration to an existing Liferay 7.4 installation.
#
#   build/deploy.sh local|prod [app...]
#
# Apps are folders under modules/ (training, ...); without any, every released app (released_apps below) is
# deployed. An app not released yet is refused.
# Needs LIFERAY_HOME. Copies each bundle module's own jar (modules/<app>/<bundle>/target/, the module that has a
# bnd.bnd) to $LIFERAY_HOME/deploy, exactly one per bundle, and the environment's OSGi configuration files
# (configs/common, then configs/<environment>) to $LIFERAY_HOME/osgi/configs. It never writes portal-wide
# properties: portal-ext.properties belongs to the portal's owner (see README, "Configuration"). Run after
# `mvn -B -ntp package -DskipTests` (or the test command) has built the bundles.
set -euo pipefail

environment=${1:-}

if [ -z "${LIFERAY_HOME:-}" ] || [ ! -d "$LIFERAY_HOME" ]; then
	echo "deploy: set LIFERAY_HOME to the Liferay installation folder" >&2
	exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)

if [ -z "$environment" ] || [ "$environment" = common ] || [ ! -d "$root/configs/$environment" ]; then
	echo "usage: build/deploy.sh local|prod [app...]" >&2
	exit 2
fi

shift

apps=("$@")

# The apps released for deployment: an app joins when it can run in production on its own. The instructor app
# joined with its pages: its qualification check refuses every instructor whom no certification covers, and
# coordinators now enter, renew and revoke certifications in Site Administration (Livsviktig – Instruktörer).
# The survey app joined when its results reached the people they are for (coordinators with filters and free
# text, instructors for the sessions they taught); the care programme app when its lists filtered permissions in
# SQL, its pages stopped writing on a GET and programmes and routines could be deleted from the admin pages.
# The report app joined when its pages' bundle was proven in the OSGi tier beside its service, every figure it
# shows was defined in the README, and the year's report met its benchmark; it reads the other apps through
# optional references, so it deploys with any subset of them.
released_apps=(training instructor survey careprogram report)

if [ "${#apps[@]}" -eq 0 ]; then
	apps=("${released_apps[@]}")
fi

for app in "${apps[@]}"; do
	if [ "$app" = platform ] || [ ! -d "$root/modules/$app" ]; then
		echo "deploy: no app modules/$app" >&2
		exit 2
	fi

	if [[ " ${released_apps[*]} " != *" $app "* ]]; then
		echo "deploy: modules/$app is not released for deployment yet (released_apps in build/deploy.sh)" >&2
		exit 2
	fi
done

# Only a bundle module's own artifact: copies elsewhere (a test module's target/osgi-bundles, a benchmark's
# class path) carry the same symbolic name and version and may be stale.
bundles=()

for bnd in $(for app in "${apps[@]}"; do find "$root/modules/$app" -mindepth 2 -maxdepth 2 -name bnd.bnd; done | sort); do
	module=$(dirname "$bnd")

	mapfile -t jars < <(find "$module/target" -maxdepth 1 -name 'se.livsviktig.*.jar' \
		! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-tests.jar' 2>/dev/null | sort)

	if [ "${#jars[@]}" -eq 0 ]; then
		echo "deploy: ${module#"$root"/} is not built; run mvn -B -ntp package -DskipTests first" >&2
		exit 1
	fi

	if [ "${#jars[@]}" -gt 1 ]; then
		echo "deploy: ${module#"$root"/}/target holds more than one bundle jar (${jars[*]##*/}); run mvn clean package" >&2
		exit 1
	fi

	bundles+=("${jars[0]}")
done

mkdir -p "$LIFERAY_HOME/deploy" "$LIFERAY_HOME/osgi/configs"

for bundle in "${bundles[@]}"; do
	cp "$bundle" "$LIFERAY_HOME/deploy/"
	echo "deploy: $(basename "$bundle")"
done

for folder in "$root/configs/common" "$root/configs/$environment"; do
	for config in "$folder"/osgi/configs/*.config; do
		if [ -f "$config" ]; then
			cp "$config" "$LIFERAY_HOME/osgi/configs/"
			echo "deploy: osgi/configs/$(basename "$config")"
		fi
	done
done
