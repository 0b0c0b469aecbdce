# Pristine Debian 12 roots for .ci/run (sourced by bash).
#
# The base is debootstrap's minbase output and nothing of the project's: the Debian 12 a new
# machine has (bookworm with its updates and security suites), apt told to retry passing
# network faults, services kept from starting. It is cached as a tarball, made again when it is
# missing, unreadable or older than a month. A root is a fresh copy of it with /proc and /dev
# mounted; release_root unmounts them and is safe to call twice.

mirror="${METODIST_CI_MIRROR:-http://deb.debian.org/debian}"
security_mirror="${METODIST_CI_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
cache="${METODIST_CI_CACHE:-/var/cache/metodist-ci}"

retry() { # retry N COMMAND...: passing network faults do not fail the run
  local tries=$1 n=1
  shift
  until "$@"; do
    if [ "$n" -ge "$tries" ]; then return 1; fi
    echo "ci: «$*» failed, trying again in $((n * 15)) s" >&2
    sleep $((n * 15))
    n=$((n + 1))
  done
}

# Prints the path of the cached base tarball, making it first when needed.
pristine_base() {
  local tarball="$cache/bookworm-minbase.tar"
  mkdir -p "$cache"
  (
    flock 9 # one run makes the base; a second one waits for it
    if [ -s "$tarball" ] && [ -z "$(find "$tarball" -mtime +30)" ] && tar -tf "$tarball" >/dev/null 2>&1; then
      exit 0
    fi
    command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2
    local fresh
    fresh="$(mktemp -d "$cache/base.XXXXXX")"
    retry 3 debootstrap --variant=minbase bookworm "$fresh/root" "$mirror" >&2 || {
      rm -rf --one-file-system "$fresh"
      exit 1
    }
    cat >"$fresh/root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
EOF
    printf 'Acquire::Retries "5";\nAcquire::http::Timeout "60";\n' >"$fresh/root/etc/apt/apt.conf.d/80metodist-ci"
    printf '#!/bin/sh\nexit 101\n' >"$fresh/root/usr/sbin/policy-rc.d"
    chmod +x "$fresh/root/usr/sbin/policy-rc.d"
    rm -rf "$fresh/root/var/cache/apt/archives/"*.deb "$fresh/root/var/lib/apt/lists/"*
    tar -C "$fresh/root" -cf "$fresh/base.tar" .
    mv "$fresh/base.tar" "$tarball"
    rm -rf --one-file-system "$fresh"
    echo "ci: made the pristine base $tarball" >&2
  ) 9>"$cache/lock"
  echo "$tarball"
}

# make_root TARBALL DIR: a fresh copy of the base in DIR, ready to enter.
make_root() {
  mkdir -p "$2"
  tar -C "$2" -xf "$1"
  cp /etc/resolv.conf "$2/etc/resolv.conf"
  mount -t proc proc "$2/proc"
  mount --rbind /dev "$2/dev"
  mount --make-rslave "$2/dev"
}

# copy_checkout CHECKOUT DEST: the project's files (tracked, and new ones not ignored), no build.
copy_checkout() {
  mkdir -p "$2"
  if git -C "$1" rev-parse --git-dir >/dev/null 2>&1; then
    # a file deleted but not yet committed is skipped, with a warning
    (cd "$1" && git ls-files -z --cached --others --exclude-standard \
      | tar --null --ignore-failed-read -T - -cf -) | tar -C "$2" -xf -
  else
    (cd "$1" && tar --exclude='./build*' --exclude=./dist -cf - .) | tar -C "$2" -xf -
  fi
}

# in_root DIR WORKDIR COMMAND...: runs COMMAND as root inside DIR with a clean environment.
in_root() {
  local root=$1 home=$2
  shift 2
  chroot "$root" /usr/bin/env -i HOME="$home" LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# in_root_as USER DIR COMMAND...: the same as an ordinary user, in the user's home.
in_root_as() {
  local user=$1 root=$2
  shift 2
  chroot --userspec="$user:$user" "$root" /usr/bin/env -i HOME="/home/$user" USER="$user" LANG=C.UTF-8 \
    TERM=dumb PATH=/usr/local/bin:/usr/bin:/bin sh -c 'cd "$HOME" && exec "$@"' sh "$@"
}

# release_root DIR: unmounts what make_root mounted; fails when something stays mounted (then the
# root must not be removed).
release_root() {
  local root=$1
  [ -d "$root" ] || return 0
  local target
  # What make_root mounted, and what a stage mounted inside (the small disk of the full-disk probe),
  # the deepest first.
  for target in $(findmnt -rn -o TARGET | grep "^$root/" | sort -r) "$root/dev" "$root/proc"; do
    if mountpoint -q "$target"; then
      umount -R "$target" 2>/dev/null || umount -R -l "$target"
    fi
  done
  if findmnt -rn -o TARGET | grep -q "^$root/"; then
    echo "ci: something is still mounted under $root" >&2
    return 1
  fi
}
