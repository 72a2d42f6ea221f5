#!/bin/sh
# Stands in for `systemctl --user` where no user manager runs (containers, CI). Like systemd for a Type=forking or
# Type=dbus unit it starts only an inactive unit (after the unit it is bound to) and records its main process,
# stops only an active one (first the units bound to it, then its ExecStop lines, then it waits for the main process
# to exit, SIGTERM after 5 s), and logs every call next to the units.
set -u
[ "${1:-}" = "--user" ] || exit 1
units="${XDG_CONFIG_HOME:?}/systemd/user"
mkdir -p "$units"
echo "$*" >> "$units/systemctl.log"

# A process that exited but was not yet reaped (a zombie: PID 1 of a container may reap late) has gone for
# systemd, which reaps its services at once.
alive() {
    state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)
    [ -n "$state" ] && [ "$state" != Z ]
}

active() {
    [ -s "$units/$1.mainpid" ] && alive "$(cat "$units/$1.mainpid")"
}

case "$2" in
show-environment | daemon-reload)
    exit 0
    ;;
start)
    unit="$units/$3"
    active "$3" && exit 0
    bound=$(sed -n 's/^BindsTo=//p' "$unit")
    [ -z "$bound" ] || "$0" --user start "$bound" || exit 1
    if grep -qx 'Type=forking' "$unit"; then
        eval "$(sed -n 's/^ExecStart=//p' "$unit")" || exit 1
        pidfile=$(sed -n 's/^PIDFile=//p' "$unit")
        [ -s "$pidfile" ] || exit 1
        cp "$pidfile" "$units/$3.mainpid"
    elif grep -qx 'Type=dbus' "$unit"; then
        eval "setsid $(sed -n 's/^ExecStart=//p' "$unit") </dev/null >/dev/null 2>&1 &"
        echo $! > "$units/$3.mainpid"
        gdbus wait --session --timeout 10 "$(sed -n 's/^BusName=//p' "$unit")" || exit 1
    else
        exit 1
    fi
    ;;
is-active)
    [ "$3" = "--quiet" ] && shift
    active "$3"
    ;;
stop)
    active "$3" || exit 0
    for other in "$units"/*.service; do
        grep -qx "BindsTo=$3" "$other" && "$0" --user stop "$(basename "$other")"
    done
    sed -n 's/^ExecStop=-\{0,1\}//p' "$units/$3" | while read -r line; do
        eval "$line" >/dev/null 2>&1
    done
    pid=$(cat "$units/$3.mainpid")
    # Without ExecStop=, systemd sends SIGTERM at once.
    grep -q '^ExecStop=' "$units/$3" || kill -TERM "$pid"
    tries=0
    while alive "$pid" && [ $tries -lt 100 ]; do
        sleep 0.05
        tries=$((tries + 1))
    done
    alive "$pid" && kill -TERM "$pid"
    rm -f "$units/$3.mainpid"
    exit 0
    ;;
*)
    exit 1
    ;;
esac
