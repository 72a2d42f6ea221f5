#!/bin/bash
# Builds the libFuzzer targets of tests/fuzz with clang, in a build tree of their own where the program's libraries are
# compiled with the fuzzer's coverage, AddressSanitizer and UndefinedBehaviorSanitizer; replays each target's seed
# corpus (tests/fuzz/corpus/TARGET), then fuzzes each target in turn.
#
#   scripts/fuzz/run.sh [--build DIR] [--seconds N | --runs M] [--jobs J] [TARGET...]
#
#   --build DIR   the fuzz build tree (default: build-fuzz in the repository, which git ignores)
#   --seconds N   fuzz each target for N seconds (default 60; 0 replays the corpora only)
#   --runs M      fuzz each target for M executions instead, e.g. --runs 1000000
#   --jobs J      compilers at a time (default 2: the machine is shared)
#   TARGET        fuzz_policy_file, fuzz_pin_policy_blob, fuzz_admin_key_hex, fuzz_command_line,
#                 fuzz_card_rules (default: all five)
#
# Environment: VSC_FUZZ_CXX, the compiler (default clang++-14, else clang++).
#
# For each target it prints the executions, crashes and sanitizer reports. It fails on any crash, sanitizer report,
# broken invariant (FUZZ_CHECK) or input slower than 10 s, and keeps that input under DIR/fuzz-artifacts/TARGET/
# (replay it with DIR/tests/fuzz/TARGET FILE). Inputs that reach new code go to DIR/fuzz-corpus/TARGET, never into
# the repository; copy a few meaningful ones to tests/fuzz/corpus/TARGET by hand.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
all_targets=(fuzz_policy_file fuzz_pin_policy_blob fuzz_admin_key_hex fuzz_command_line fuzz_card_rules)
build="$root/build-fuzz"
seconds=60
runs=""
jobs=2
targets=()

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
    --build) build="$2"; shift 2 ;;
    --seconds) seconds="$2"; runs=""; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h | --help) usage ;;
    --*) echo "run.sh: unknown option $1" >&2; usage ;;
    *) targets+=("$1"); shift ;;
    esac
done
[ "${#targets[@]}" -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    case " ${all_targets[*]} " in
    *" $target "*) ;;
    *) echo "run.sh: unknown target $target (the targets: ${all_targets[*]})" >&2; exit 2 ;;
    esac
done
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || { [ -n "$runs" ] && ! [[ "$runs" =~ ^[0-9]+$ ]]; }; then
    echo "run.sh: --seconds and --runs take a whole number" >&2
    exit 2
fi

started=$(date +%s)

cxx="${VSC_FUZZ_CXX:-}"
if [ -z "$cxx" ]; then
    for candidate in clang++-14 clang++; do
        command -v "$candidate" >/dev/null 2>&1 && cxx="$candidate" && break
    done
fi
if [ -z "$cxx" ] || ! command -v "$cxx" >/dev/null 2>&1; then
    echo "run.sh: clang++ not found; install the Debian packages clang-14 and libclang-rt-14-dev" >&2
    exit 2
fi
runtime_dir="$("$cxx" --print-runtime-dir 2>/dev/null || true)"
if [ ! -f "$runtime_dir/libclang_rt.fuzzer-$(uname -m).a" ]; then
    echo "run.sh: libFuzzer's runtime (libclang_rt.fuzzer) is missing for $cxx; install the Debian package" \
        "libclang-rt-14-dev" >&2
    exit 2
fi
for tool in cmake ninja; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run.sh: $tool not found; install the Debian packages cmake and ninja-build" >&2
        exit 2
    fi
done

mkdir -p "$build"
build="$(cd "$build" && pwd)"
# ccache (which the project's CMake uses when it is there) then also serves a clone in another folder: paths under the
# repository are hashed relative to it, and the working directory is left out although there is debug info.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
echo "== configuring and building $build with $("$cxx" --version | head -n 1)"
# Debug, so that assert() and Qt's Q_ASSERT (an index out of range in QList::at, say) stop the run too, but
# optimized as fuzzers usually are, and with line tables only: a third quicker to build than -O2 -g.
configure=(cmake -S "$root" -B "$build" --no-warn-unused-cli -DCMAKE_BUILD_TYPE=Debug
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" -DBUILD_TESTING=ON -DVSCWIZARD_FUZZ=ON -DVSCWIZARD_WERROR=OFF)
if [ ! -f "$build/CMakeCache.txt" ]; then
    # The generator and the compiler cannot be switched in place later.
    configure+=(-G Ninja -DCMAKE_CXX_COMPILER="$cxx")
fi
if ! "${configure[@]}" >"$build/fuzz-configure.log" 2>&1; then
    echo "run.sh: configuring failed:"
    tail -n 30 "$build/fuzz-configure.log" | sed 's/^/       /'
    exit 1
fi
if ! cmake --build "$build" --target "${targets[@]}" -j "$jobs" >"$build/fuzz-build.log" 2>&1; then
    echo "run.sh: building failed:"
    grep -E -m 20 -A 5 'error|FAILED' "$build/fuzz-build.log" | sed 's/^/       /' || tail -n 30 "$build/fuzz-build.log"
    exit 1
fi
built=$(date +%s)
echo "== built in $((built - started)) s"

# Every report stops the run: libFuzzer then keeps the input. Symbolized stacks when llvm-symbolizer is there.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:check_initialization_order=1:strict_string_checks=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"
for symbolizer in llvm-symbolizer-14 llvm-symbolizer /usr/lib/llvm-14/bin/llvm-symbolizer; do
    if command -v "$symbolizer" >/dev/null 2>&1; then
        ASAN_SYMBOLIZER_PATH="$(command -v "$symbolizer")"
        export ASAN_SYMBOLIZER_PATH
        break
    fi
done
# Where the policy and command-line targets write their temporary files; a crash leaves them there, not in /tmp.
export TMPDIR="$build/fuzz-tmp"
mkdir -p "$TMPDIR"

sanitizer_pattern='ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer)|runtime error:|WARNING: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer)'
failed=0
total_executions=0
total_crashes=0
total_reports=0

for target in "${targets[@]}"; do
    exe="$build/tests/fuzz/$target"
    seeds="$root/tests/fuzz/corpus/$target"
    work="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    log="$build/fuzz-logs/$target"
    mkdir -p "$work" "$artifacts" "$build/fuzz-logs"
    options=(-timeout=10 -rss_limit_mb=4096 -artifact_prefix="$artifacts/" -close_fd_mask=3 -print_final_stats=1)
    case "$target" in
    fuzz_pin_policy_blob) options+=(-max_len=64) ;;
    fuzz_card_rules) options+=(-max_len=300) ;;
    fuzz_admin_key_hex) options+=(-max_len=512) ;;
    fuzz_command_line) options+=(-max_len=1024) ;;
    fuzz_policy_file) options+=(-max_len=4096) ;;
    esac
    if [ -f "$root/tests/fuzz/$target.dict" ]; then
        options+=(-dict="$root/tests/fuzz/$target.dict")
    fi
    before=$(find "$artifacts" -type f | wc -l)

    # 1. Every seed once, as files (the way a crashing input is replayed).
    seed_files=()
    if [ -d "$seeds" ]; then
        while IFS= read -r -d '' file; do
            seed_files+=("$file")
        done < <(find "$seeds" -type f -print0 | sort -z)
    fi
    status=0
    : >"$log.replay"
    rm -f "$log.fuzz"
    if [ "${#seed_files[@]}" -gt 0 ]; then
        "$exe" "${options[@]}" "${seed_files[@]}" >"$log.replay" 2>&1 || status=$?
    fi
    replay_reports=$(grep -c -E "$sanitizer_pattern" "$log.replay" || true)
    replayed=$(grep -c '^Executed ' "$log.replay" || true)

    # 2. Fuzzing, from the seeds and what earlier runs found.
    executions=0
    coverage=""
    fuzz_reports=0
    fuzz_status=0
    fuzz_started=$(date +%s)
    if [ "$status" -eq 0 ] && { [ -n "$runs" ] || [ "$seconds" -gt 0 ]; }; then
        if [ -n "$runs" ]; then
            limit=(-runs="$runs")
        else
            limit=(-max_total_time="$seconds")
        fi
        "$exe" "${options[@]}" "${limit[@]}" "$work" "$seeds" >"$log.fuzz" 2>&1 || fuzz_status=$?
        executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log.fuzz" | tail -n 1)
        executions=${executions:-0}
        coverage=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log.fuzz" | tail -n 1 | grep -o -E 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' || true)
        fuzz_reports=$(grep -c -E "$sanitizer_pattern" "$log.fuzz" || true)
    fi
    fuzz_seconds=$(($(date +%s) - fuzz_started))

    after=$(find "$artifacts" -type f | wc -l)
    crashes=$((after - before))
    reports=$((replay_reports + fuzz_reports))
    total_executions=$((total_executions + executions))
    total_crashes=$((total_crashes + crashes))
    total_reports=$((total_reports + reports))
    if [ "$status" -ne 0 ] || [ "$fuzz_status" -ne 0 ] || [ "$crashes" -ne 0 ] || [ "$reports" -ne 0 ]; then
        failed=$((failed + 1))
        verdict="FAIL"
    else
        verdict="PASS"
    fi
    echo "$verdict   $target: replayed ${replayed:-0} of ${#seed_files[@]} seeds; $executions executions in" \
        "$fuzz_seconds s${coverage:+ ($coverage)}; $crashes crashes, $reports sanitizer reports"
    if [ "$verdict" = FAIL ]; then
        for file in "$log.replay" "$log.fuzz"; do
            [ -f "$file" ] || continue
            if [ "$file" = "$log.replay" ] && [ "$status" -eq 0 ]; then
                continue
            fi
            grep -E -A 40 "$sanitizer_pattern|FUZZ_CHECK failed|ERROR: libFuzzer|==ERROR|deadly signal|Test unit written" \
                "$file" | head -n 80 | sed 's/^/       /' || tail -n 40 "$file" | sed 's/^/       /'
        done
        find "$artifacts" -type f -newer "$log.replay" -printf '       kept: %p\n' 2>/dev/null || true
    fi
done

finished=$(date +%s)
echo "== build $((built - started)) s, fuzzing $((finished - built)) s"
echo "${#targets[@]} targets, $total_executions executions: $total_crashes crashes, $total_reports sanitizer reports," \
    "$failed failed"
[ "$failed" -eq 0 ]
