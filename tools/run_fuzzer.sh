#!/usr/bin/env bash
# Builds the front-end fuzzer (clang, libFuzzer, ASan+UBSan) and runs it for
# ${1:-600} seconds with the standard library as its seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target front_end_fuzzer
seeds=fuzz/corpus-work/seeds
if [ ! -d "$seeds" ]; then
    mkdir -p "$seeds"
    find /usr/lib/python3.11 -name '*.py' -size -64k | head -2000 | while read -r file; do
        cp "$file" "$seeds/$(echo "$file" | md5sum | cut -c1-16).py"
    done
fi
mkdir -p fuzz/corpus-work/found
build/fuzz/fuzz/front_end_fuzzer fuzz/corpus-work/found "$seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1
