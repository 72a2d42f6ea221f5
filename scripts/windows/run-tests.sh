#!/bin/bash
# Cross-compiles the Qt-free Windows COM layer (app/backends/windows) and its
# tests (tests/windows) with mingw-w64 and runs them under Wine, in a Wine
# prefix of its own. Installs nothing; fails clearly when a tool is missing.
# Two test programs: com-tests.exe (the COM layer, and the TPM's lockout state
# through a fake TBS table) and minidriver-tests.exe (the minidriver route, with
# the fake minidriver fake-card-module.dll).
#
#   scripts/windows/run-tests.sh [TEST-NAME-FILTER]
#
# Environment:
#   VSC_WINDOWS_BUILD  folder for objects and executables (default: a temporary one, removed afterwards)
#   VSC_WINEPREFIX     an existing or new Wine prefix to reuse (default: a temporary one, removed afterwards)
#
# The last line is "N passed, N failed"; the exit status is non-zero when anything failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
filter="${1:-}"
started=$(date +%s)

missing=0
need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "run-tests.sh: '$1' not found; install the Debian package $2" >&2
        missing=1
    fi
}
need x86_64-w64-mingw32-g++ g++-mingw-w64-x86-64
need wine "wine (and wine64)"
need wineserver "wine (and wine64)"
if [ "$missing" -ne 0 ]; then
    echo "0 passed, 1 failed"
    exit 2
fi

cleanup_dirs=()
cleanup() {
    # Only the wineserver of our own prefix.
    if [ -n "${WINEPREFIX:-}" ] && [ -d "$WINEPREFIX" ]; then
        wineserver -k >/dev/null 2>&1 || true
    fi
    for dir in "${cleanup_dirs[@]}"; do
        rm -rf "$dir"
    done
}
trap cleanup EXIT

build="${VSC_WINDOWS_BUILD:-}"
if [ -z "$build" ]; then
    build="$(mktemp -d "${TMPDIR:-/tmp}/vsc-windows-build.XXXXXX")"
    cleanup_dirs+=("$build")
fi
mkdir -p "$build"

compiler=(x86_64-w64-mingw32-g++)
if command -v ccache >/dev/null 2>&1; then
    compiler=(ccache x86_64-w64-mingw32-g++)
fi
flags=(-std=c++17 -O1 -Wall -Wextra -Werror -I"$root/app/core" -I"$root/app/backends/windows" -I"$root/tests/windows")
# Static, so the executables need no mingw runtime DLLs next to them.
libs=(-static -lole32 -luuid -lsetupapi)

sources=(
    app/core/SecretBuffer.cpp
    app/core/VscContract.cpp
    app/core/TpmDaCommand.cpp
    app/backends/windows/ComStatusCallback.cpp
    app/backends/windows/ComCardManager.cpp
    app/backends/windows/ComErrors.cpp
    app/backends/windows/ReaderList.cpp
    app/backends/windows/TpmDaState.cpp
    tests/windows/ManagerDouble.cpp
    tests/windows/CallbackTests.cpp
    tests/windows/ComLayerTests.cpp
    tests/windows/SystemTests.cpp
    tests/windows/TpmDaStateTests.cpp
)
# The minidriver route: its own program, beside the fake minidriver DLL it loads.
minidriver_sources=(
    app/backends/windows/SmartCardApi.cpp
    app/backends/windows/CardModule.cpp
    tests/windows/MinidriverTests.cpp
)

passed=0
failed=0

echo "== building with $(x86_64-w64-mingw32-g++ --version | head -n 1)"
objects=()
pids=()
for source in "${sources[@]}" "${minidriver_sources[@]}"; do
    object="$build/$(basename "${source%.cpp}").o"
    objects+=("$object")
    "${compiler[@]}" "${flags[@]}" -c "$root/$source" -o "$object" &
    pids+=($!)
    # Two compilers at a time: the machine is shared.
    if [ "${#pids[@]}" -ge 2 ]; then
        wait "${pids[0]}" || { echo "run-tests.sh: compiling failed"; echo "0 passed, 1 failed"; exit 1; }
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || { echo "run-tests.sh: compiling failed"; echo "0 passed, 1 failed"; exit 1; }
done
com_objects=("${objects[@]:0:${#sources[@]}}")
"${compiler[@]}" "${com_objects[@]}" -o "$build/com-tests.exe" "${libs[@]}"
minidriver_objects=("$build/SecretBuffer.o" "${objects[@]:${#sources[@]}}")
"${compiler[@]}" "${minidriver_objects[@]}" -o "$build/minidriver-tests.exe" "${libs[@]}"
"${compiler[@]}" -std=c++17 -O1 -Wall -Wextra -Werror -shared -I"$root/tests/windows" \
    "$root/tests/windows/FakeCardModule.cpp" -o "$build/fake-card-module.dll" -static
# The route must not import winscard.dll: Wine 8's stubs abort, Windows 8's functions are missing there.
if x86_64-w64-mingw32-objdump -p "$build/minidriver-tests.exe" | grep -qi 'DLL Name: winscard'; then
    echo "FAIL   minidriver_route_does_not_import_winscard"
    failed=$((failed + 1))
else
    echo "PASS   minidriver_route_does_not_import_winscard"
    passed=$((passed + 1))
fi
# Nor may anything import tbs.dll: Wine lacks or stubs it; the lockout state reaches it through GetProcAddress.
if x86_64-w64-mingw32-objdump -p "$build/com-tests.exe" | grep -qi 'DLL Name: tbs'; then
    echo "FAIL   tpm_lockout_state_does_not_import_tbs"
    failed=$((failed + 1))
else
    echo "PASS   tpm_lockout_state_does_not_import_tbs"
    passed=$((passed + 1))
fi

# The SDK comparison in TpmVscMgrSdkCheck.h, against an SDK-shaped header: it must accept an agreeing
# header and refuse one with two parameters swapped.
sdk_flags=("${flags[@]}" -DVSCWIZARD_CHECK_SDK_TPMVSCMGR -I"$root/tests/windows/fake-sdk")
"${compiler[@]}" "${sdk_flags[@]}" "$root/tests/windows/SdkCheck.cpp" -o "$build/sdk-check.exe" "${libs[@]}"
if x86_64-w64-mingw32-g++ "${sdk_flags[@]}" -DFAKE_SDK_MISMATCH -fsyntax-only "$root/tests/windows/SdkCheck.cpp" \
    >"$build/mismatch.log" 2>&1; then
    echo "FAIL   sdk_check_refuses_a_mismatch (a header with swapped parameters compiled)"
    failed=$((failed + 1))
elif grep -q "static assertion failed: CreateVirtualSmartCardWithAttestation" "$build/mismatch.log"; then
    echo "PASS   sdk_check_refuses_a_mismatch"
    passed=$((passed + 1))
else
    echo "FAIL   sdk_check_refuses_a_mismatch (failed for another reason:)"
    sed 's/^/       /' "$build/mismatch.log" | head -n 20
    failed=$((failed + 1))
fi

# The Qt side cannot be linked here (no Qt for Windows), but it must compile for Windows: check it
# against the host's Qt 6 headers, which declare the same API.
qt_headers="$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || pkg-config --variable=includedir Qt6Core 2>/dev/null || true)"
if [ -z "$qt_headers" ]; then
    for candidate in /usr/include/*/qt6 /usr/include/qt6; do
        [ -d "$candidate/QtCore" ] && qt_headers="$candidate" && break
    done
fi
if [ -z "$qt_headers" ] || [ ! -d "$qt_headers/QtCore" ]; then
    echo "FAIL   windows_backend_compiles (Qt 6 headers not found; install the Debian package qt6-base-dev)"
    failed=$((failed + 1))
elif x86_64-w64-mingw32-g++ "${flags[@]}" -Wno-attributes -I"$qt_headers" -I"$qt_headers/QtCore" -fsyntax-only \
    "$root/app/backends/windows/WindowsBackend.cpp" >"$build/qt-side.log" 2>&1; then
    echo "PASS   windows_backend_compiles"
    passed=$((passed + 1))
else
    echo "FAIL   windows_backend_compiles"
    sed 's/^/       /' "$build/qt-side.log" | head -n 30
    failed=$((failed + 1))
fi
built=$(date +%s)

export WINEDEBUG=-all
# No Mono or Gecko installer prompts, no window: nothing here needs a display.
export WINEDLLOVERRIDES="mscoree,mshtml="
export DISPLAY=
unset WAYLAND_DISPLAY
if [ -n "${VSC_WINEPREFIX:-}" ]; then
    export WINEPREFIX="$VSC_WINEPREFIX"
else
    WINEPREFIX="$(mktemp -d "${TMPDIR:-/tmp}/vsc-wineprefix.XXXXXX")"
    export WINEPREFIX
    cleanup_dirs+=("$WINEPREFIX")
fi
echo "== Wine prefix $WINEPREFIX ($(wine --version 2>/dev/null || echo 'wine version unknown'))"
if ! wine wineboot --init >"$build/wineboot.log" 2>&1 || ! wineserver -w; then
    echo "run-tests.sh: wineboot failed:"
    sed 's/^/       /' "$build/wineboot.log" | tail -n 20
    echo "$passed passed, $((failed + 1)) failed"
    exit 1
fi
booted=$(date +%s)

# Runs one test executable; adds its "N passed, N failed" to the totals.
run() {
    local exe="$1"
    shift
    local log
    log="$build/$(basename "$exe" .exe).log"
    local status=0
    (cd "$build" && timeout 300 wine "$exe" "$@") >"$log.raw" 2>&1 || status=$?
    # Windows text mode ends lines with CR LF.
    tr -d '\r' <"$log.raw" >"$log"
    grep -v -E '^[0-9]+ passed, [0-9]+ failed$' "$log" || true
    local summary
    summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1 || true)
    if [ -z "$summary" ]; then
        echo "FAIL   $(basename "$exe") ended without a summary (exit status $status)"
        failed=$((failed + 1))
        return
    fi
    local p f
    p=${summary%% passed*}
    f=${summary#*, }
    f=${f%% failed}
    passed=$((passed + p))
    failed=$((failed + f))
    # A filter that matches none of this program's tests is no failure.
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ] && { [ "$p" -gt 0 ] || [ -z "$filter" ]; }; then
        echo "FAIL   $(basename "$exe") exited with status $status"
        failed=$((failed + 1))
    fi
}

run "$build/com-tests.exe" "$filter"
run "$build/minidriver-tests.exe" "$filter"
if [ -z "$filter" ]; then
    run "$build/sdk-check.exe"
fi
finished=$(date +%s)

echo "== build $((built - started)) s, wineboot $((booted - built)) s, tests $((finished - booted)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
