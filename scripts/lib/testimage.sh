# shellcheck shell=bash
# The test images, made from busybox-static through the Engine API: no registry
# is reachable, so nothing is pulled. Sourced after setup.sh (needs quai_engine_curl).
#
# tests/support/testimage.cpp makes the same image when a test runs alone; keep
# the applet list and QUAI_TESTIMAGE_RECIPE in step with it.

QUAI_TESTIMAGE_RECIPE=1
QUAI_TESTIMAGE_APPLETS=(
    sh ls cat echo sleep httpd nslookup ping mkdir touch rm wc mount id hostname
    ip ifconfig wget true false env cp mv ps kill grep sed head tail du df chmod
    ln nc printf sort uname date
)

# 0 when the image exists; for quai-test also when it carries our recipe's label.
quai_image_ok() {
    local ref="$1" want_recipe="${2:-}" json
    json="$(quai_engine_curl "/images/$ref/json" -f 2>/dev/null)" || return 1
    if [ -n "$want_recipe" ]; then
        case "$json" in
            *"\"quai.testimage.recipe\":\"$want_recipe\""*) return 0 ;;
            *) return 1 ;;
        esac
    fi
    return 0
}

# quai_import_rootfs DIR REPO TAG [changes...]: POST /images/create?fromSrc=-
quai_import_rootfs() {
    local dir="$1" repo="$2" tag="$3"
    shift 3
    local query="fromSrc=-&repo=$repo&tag=$tag" change out
    for change in "$@"; do
        query+="&changes=$(quai_urlencode "$change")"
    done
    out="$(tar -C "$dir" --owner=0 --group=0 -c . |
        quai_engine_curl "/images/create?$query" -X POST -H 'Content-Type: application/x-tar' \
            --data-binary @-)"
    case "$out" in
        *'"error"'* | *'"message"'* | "")
            quai_err "could not import $repo:$tag: ${out:-no answer}"
            return 1
            ;;
    esac
}

# Percent-encodes ASCII text for a query string.
quai_urlencode() {
    local s="$1" i c out=""
    for ((i = 0; i < ${#s}; i++)); do
        c="${s:i:1}"
        case "$c" in
            [a-zA-Z0-9.~_-]) out+="$c" ;;
            *) out+="$(printf '%%%02X' "'$c")" ;;
        esac
    done
    printf '%s' "$out"
}

quai_make_test_images() {
    local work
    work="$(mktemp -d)"
    # shellcheck disable=SC2064
    trap "rm -rf '$work'" RETURN

    if quai_image_ok quai-test:1 "$QUAI_TESTIMAGE_RECIPE"; then
        quai_say "Test image quai-test:1 is there."
    else
        quai_say "Making test image quai-test:1 from busybox-static"
        local busybox
        busybox="$(command -v busybox || echo /bin/busybox)"
        mkdir -p "$work/rootfs/bin" "$work/rootfs/etc" "$work/rootfs/root" "$work/rootfs/tmp"
        chmod 1777 "$work/rootfs/tmp"
        cp "$busybox" "$work/rootfs/bin/busybox"
        local applet
        for applet in "${QUAI_TESTIMAGE_APPLETS[@]}"; do
            ln -s busybox "$work/rootfs/bin/$applet"
        done
        printf 'root:x:0:0:root:/root:/bin/sh\n' >"$work/rootfs/etc/passwd"
        printf 'root:x:0:\n' >"$work/rootfs/etc/group"
        quai_import_rootfs "$work/rootfs" quai-test 1 \
            "LABEL quai.testimage.recipe=$QUAI_TESTIMAGE_RECIPE" \
            'ENV PATH=/bin' 'CMD ["sh"]'
    fi

    if quai_image_ok quai-empty:1; then
        quai_say "Empty image quai-empty:1 is there."
    else
        quai_say "Making empty image quai-empty:1"
        mkdir -p "$work/empty"
        quai_import_rootfs "$work/empty" quai-empty 1
    fi
}
