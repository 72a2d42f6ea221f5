#!/bin/sh
# Stands in for `systemctl --user` where no user manager runs (containers, CI): it carries out a unit's
# ExecStart and ExecStop lines as systemd does for Type=forking, and logs every call next to the units.
set -u
[ "${1:-}" = "--user" ] || exit 1
units="${XDG_CONFIG_HOME:?}/systemd/user"
mkdir -p "$units"
echo "$*" >> "$units/systemctl.log"
case "$2" in
show-environment | daemon-reload)
    exit 0
    ;;
start)
    unit="$units/$3"
    grep -qx 'Type=forking' "$unit" || exit 1
    eval "$(sed -n 's/^ExecStart=//p' "$unit")" || exit 1
    pidfile=$(sed -n 's/^PIDFile=//p' "$unit")
    [ -s "$pidfile" ]
    ;;
is-active)
    [ "$3" = "--quiet" ] && shift
    pidfile=$(sed -n 's/^PIDFile=//p' "$units/$3")
    [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
    ;;
stop)
    sed -n 's/^ExecStop=-\{0,1\}//p' "$units/$3" | while read -r line; do
        eval "$line" >/dev/null 2>&1
    done
    exit 0
    ;;
*)
    exit 1
    ;;
esac
