# shellcheck shell=bash
# Shared set-up for scripts/run and scripts/test: packages, engine, build.
# Sourced, not executed. Every step says what it does; any failure stops the caller.

QUAI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
QUAI_BUILD_DIR="$QUAI_ROOT/build"
QUAI_DOCKERD_LOG=/var/log/quai-dockerd.log

# Debian 12 packages. The engine and test-image tools first, then the libraries
# Quai builds against, then the build tools.
QUAI_PACKAGES=(
    docker.io busybox-static docker-registry apache2-utils
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev
    libcurl4-openssl-dev nlohmann-json3-dev libyaml-cpp-dev libvterm-dev
    xvfb fonts-dejavu-core
    cmake ninja-build g++ pkg-config curl ca-certificates tar
)

quai_say() { printf '==> %s\n' "$*"; }
quai_err() { printf 'error: %s\n' "$*" >&2; }

quai_is_root() { [ "$(id -u)" -eq 0 ]; }

# dpkg-query says "install ok installed" only for packages that are fully there.
quai_missing_packages() {
    local p status
    for p in "${QUAI_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
        if [ "$status" != "install ok installed" ]; then
            printf '%s\n' "$p"
        fi
    done
}

quai_install_packages() {
    local missing
    mapfile -t missing < <(quai_missing_packages)
    if [ "${#missing[@]}" -eq 0 ]; then
        quai_say "All Debian packages are installed."
        return 0
    fi
    if ! quai_is_root; then
        quai_err "these Debian packages are missing: ${missing[*]}"
        printf 'Install them with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n' \
            "${missing[*]}" >&2
        exit 1
    fi
    quai_say "Installing missing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
}

# Answers 0 when the engine at the given unix socket answers /_ping.
quai_ping_socket() {
    curl -fsS --max-time 3 --unix-socket "$1" http://localhost/_ping >/dev/null 2>&1
}

# Sets QUAI_CURL_ARGS and QUAI_ENGINE_URL for DOCKER_HOST=tcp://host:port,
# with the docker CLI's TLS variables.
quai_tcp_curl_args() {
    local address="${1#tcp://}" scheme=http
    QUAI_CURL_ARGS=()
    if [ -n "${DOCKER_TLS_VERIFY:-}" ] || [ -n "${DOCKER_CERT_PATH:-}" ]; then
        local certs="${DOCKER_CERT_PATH:-$HOME/.docker}"
        scheme=https
        QUAI_CURL_ARGS+=(--cert "$certs/cert.pem" --key "$certs/key.pem")
        if [ -n "${DOCKER_TLS_VERIFY:-}" ]; then
            QUAI_CURL_ARGS+=(--cacert "$certs/ca.pem")
        else
            QUAI_CURL_ARGS+=(--insecure)
        fi
    fi
    QUAI_ENGINE_URL="$scheme://$address"
}

quai_ping_tcp() {
    quai_tcp_curl_args "$1"
    curl -fsS --max-time 5 "${QUAI_CURL_ARGS[@]}" "$QUAI_ENGINE_URL/_ping" >/dev/null 2>&1
}

# curl against the engine that quai_ensure_engine found: quai_engine_curl PATH [curl args...]
quai_engine_curl() {
    local path="$1"
    shift
    if [ -n "${QUAI_ENGINE_TCP:-}" ]; then
        quai_tcp_curl_args "$QUAI_ENGINE_TCP"
        curl -sS "${QUAI_CURL_ARGS[@]}" "$@" "$QUAI_ENGINE_URL$path"
    else
        curl -sS --unix-socket "$QUAI_ENGINE_SOCKET" "$@" "http://localhost$path"
    fi
}

# The pid in a pid file is stale when no process with it runs, or when the one
# that does is not the program named (pids get reused in containers).
quai_remove_stale_pidfile() {
    local file="$1" program="$2" pid comm
    [ -f "$file" ] || return 0
    pid="$(tr -dc '0-9' <"$file")"
    if [ -n "$pid" ] && [ -d "/proc/$pid" ]; then
        comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
        if [ "$comm" = "$program" ]; then
            return 0
        fi
    fi
    quai_say "Removing stale pid file $file (pid ${pid:-none} is not a running $program)."
    rm -f "$file"
}

quai_how_to_start_engine() {
    cat >&2 <<EOF
No Docker engine answers on $1.
Start one as root (there is no systemd here):
  sudo sh -c 'dockerd >$QUAI_DOCKERD_LOG 2>&1 &'
or point Quai at another engine with DOCKER_HOST=unix:///path/to/docker.sock
(or tcp://host:2376 with DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH).
If the socket exists but you lack permission, add yourself to the 'docker' group.
EOF
}

# Without systemd nothing may have mounted the cgroup hierarchies that dockerd
# needs. Mount them as Debian's docker init script would: a tmpfs, then one
# hierarchy per enabled controller. A cgroup2-only host needs nothing.
quai_mount_cgroups() {
    [ -e /proc/cgroups ] && [ -d /sys/fs/cgroup ] || return 0
    if [ "$(stat -fc %T /sys/fs/cgroup 2>/dev/null)" = cgroup2fs ] \
        || mountpoint -q /sys/fs/cgroup/devices 2>/dev/null; then
        return 0
    fi
    quai_say "Mounting the cgroup hierarchies under /sys/fs/cgroup for dockerd."
    if ! mountpoint -q /sys/fs/cgroup; then
        mount -t tmpfs -o uid=0,gid=0,mode=0755 cgroup /sys/fs/cgroup || return 0
    fi
    local controller
    awk '!/^#/ { if ($4 == 1) print $1 }' /proc/cgroups | while read -r controller; do
        mkdir -p "/sys/fs/cgroup/$controller"
        if ! mountpoint -q "/sys/fs/cgroup/$controller"; then
            mount -n -t cgroup -o "$controller" cgroup "/sys/fs/cgroup/$controller" \
                || rmdir "/sys/fs/cgroup/$controller" || true
        fi
    done
}

quai_start_dockerd() {
    local dockerd
    dockerd="$(command -v dockerd || echo /usr/sbin/dockerd)"
    if [ ! -x "$dockerd" ]; then
        quai_err "dockerd is not installed (package docker.io)."
        exit 1
    fi
    quai_mount_cgroups
    quai_remove_stale_pidfile /var/run/docker.pid dockerd
    quai_remove_stale_pidfile /var/run/docker/containerd/containerd.pid containerd
    quai_say "Starting dockerd; its log is $QUAI_DOCKERD_LOG"
    # setsid + nohup: the engine must outlive this script and its session.
    setsid nohup "$dockerd" >>"$QUAI_DOCKERD_LOG" 2>&1 </dev/null &
    local pid=$! i
    for ((i = 0; i < 300; i++)); do
        if quai_ping_socket /var/run/docker.sock; then
            quai_say "The engine answers on /var/run/docker.sock."
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        sleep 0.2
    done
    quai_err "dockerd did not answer within 60 s. Last lines of $QUAI_DOCKERD_LOG:"
    tail -n 30 "$QUAI_DOCKERD_LOG" >&2 || true
    exit 1
}

# Sets QUAI_ENGINE_SOCKET (unix) or QUAI_ENGINE_TCP (tcp) for later steps.
quai_ensure_engine() {
    QUAI_ENGINE_SOCKET=""
    QUAI_ENGINE_TCP=""
    local host="${DOCKER_HOST:-}"
    case "$host" in
        "")
            QUAI_ENGINE_SOCKET=/var/run/docker.sock
            ;;
        unix://*)
            QUAI_ENGINE_SOCKET="${host#unix://}"
            ;;
        tcp://*)
            QUAI_ENGINE_TCP="$host"
            if quai_ping_tcp "$host"; then
                quai_say "The engine answers at $host."
                return 0
            fi
            quai_err "no engine answers at DOCKER_HOST=$host."
            exit 1
            ;;
        *)
            quai_err "DOCKER_HOST=$host: only unix:// and tcp:// are understood."
            exit 1
            ;;
    esac

    if quai_ping_socket "$QUAI_ENGINE_SOCKET"; then
        quai_say "The engine answers on $QUAI_ENGINE_SOCKET."
        return 0
    fi
    if [ "$QUAI_ENGINE_SOCKET" = /var/run/docker.sock ] && quai_is_root; then
        quai_start_dockerd
        return 0
    fi
    quai_how_to_start_engine "$QUAI_ENGINE_SOCKET"
    exit 1
}

quai_build() {
    quai_say "Configuring into $QUAI_BUILD_DIR"
    cmake -S "$QUAI_ROOT" -B "$QUAI_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    quai_say "Building with $(nproc) jobs"
    cmake --build "$QUAI_BUILD_DIR" -j"$(nproc)"
}

quai_setup() {
    quai_install_packages
    quai_ensure_engine
    quai_build
}
