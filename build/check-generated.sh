#!/usr/bin/env bash
# T0: the committed Service Builder output must be exactly what Service Builder generates from service.xml.
#
#   check-generated.sh mark   MARKER PATH...  before Service Builder runs: the marker, and the files under PATH
#   check-generated.sh verify MARKER PATH...  after it: fail if it wrote or deleted any file under PATH
#
# Service Builder rewrites a file only when its content changes, so a file newer than the marker is one the
# committed tree had wrong (or lacked). It also deletes files it considers its own that it no longer generates
# (e.g. a hand-written <Entity>UADDisplay.java), which a timestamp cannot show: the file list taken at mark
# time is compared with the one after it. This works in a dirty working copy too: hand edits older than the
# build do not count, only what the generator itself changed.
set -euo pipefail

mode=$1
marker=$2
shift 2

case "$mode" in
mark)
	mkdir -p "$(dirname "$marker")"
	touch "$marker"
	find "$@" -type f 2>/dev/null | sort >"$marker.files"
	;;
verify)
	changed=$(find "$@" -type f -newer "$marker" 2>/dev/null | sort)
	if [ -n "$changed" ]; then
		echo "Service Builder output differs from the committed code. It rewrote:" >&2
		echo "$changed" | sed 's/^/  /' >&2
		echo "Review the regenerated files and commit them with the service.xml change." >&2
		exit 1
	fi
	if [ -f "$marker.files" ]; then
		deleted=$(comm -23 "$marker.files" <(find "$@" -type f 2>/dev/null | sort))
		if [ -n "$deleted" ]; then
			echo "Service Builder deleted files the committed tree has:" >&2
			echo "$deleted" | sed 's/^/  /' >&2
			echo "Rename hand-written files out of its names, or commit the deletion with the service.xml change." >&2
			exit 1
		fi
	fi
	echo "Service Builder output matches the committed code."
	;;
*)
	echo "usage: $0 mark|verify MARKER [PATH...]" >&2
	exit 2
	;;
esac
