#!/usr/bin/env bash
# Prepares a fresh Debian 12 machine: installs every package the build and the tests
# need (run as root), configures and builds Taipan in build/, and runs the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential g++ cmake ninja-build pkg-config git
    libgmp-dev googletest libgtest-dev libbenchmark-dev
    clang libclang-rt-14-dev clang-format
    python3.11 libpython3.11-stdlib libpython3.11-testsuite
)
if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
else
    echo "setup.sh: not root, skipping apt-get install of: ${packages[*]}" >&2
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
echo "--- build/src/taipan examples/demo.py"
build/src/taipan examples/demo.py
