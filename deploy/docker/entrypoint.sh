#!/bin/sh
# The container's entry point: renders deploy/nginx/periscope.conf.template (the file
# `npm run serve` renders) with envsubst, then runs nginx in the foreground. Arguments go to nginx
# (`-t` tests the configuration and exits).
#
# Environment: OCTOPUS_URL and OCTOPUS_API_KEY (required), PORT (8080), PERISCOPE_BASIC_AUTH_FILE
# (an htpasswd file: basic auth for everything but /healthz), PERISCOPE_CA_FILE (the CA bundle for
# an https OCTOPUS_URL). Where things are: PERISCOPE_NGINX_PREFIX (writable: the rendered
# configuration, temporary files, the API cache), PERISCOPE_ROOT (the built app),
# PERISCOPE_TEMPLATE (the template).
set -eu

fail() {
  echo "periscope: $*" >&2
  exit 1
}

[ -n "${OCTOPUS_URL:-}" ] || fail "set OCTOPUS_URL (the Octopus server, e.g. https://your.octopus.app)"
[ -n "${OCTOPUS_API_KEY:-}" ] || fail "set OCTOPUS_API_KEY (an API key that can only read)"

# Values land inside nginx directives: hold each to characters that cannot end one.
OCTOPUS_URL=$(printf '%s' "$OCTOPUS_URL" | sed 's:/*$::')
printf '%s' "$OCTOPUS_URL" | grep -Eq '^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$' ||
  fail "OCTOPUS_URL must be an http(s) URL with no user, query or fragment; got \"$OCTOPUS_URL\""
printf '%s' "$OCTOPUS_API_KEY" | grep -Eq '^[A-Za-z0-9_-]+$' ||
  fail "OCTOPUS_API_KEY must be letters, digits, - and _ only (an Octopus key is API-...)"

PORT=${PORT:-8080}
printf '%s' "$PORT" | grep -Eq '^[0-9]{1,5}$' || fail "PORT must be a port number; got \"$PORT\""

PERISCOPE_CA_FILE=${PERISCOPE_CA_FILE:-/etc/ssl/certs/ca-certificates.crt}
if [ -n "${PERISCOPE_BASIC_AUTH_FILE:-}" ]; then
  [ -r "$PERISCOPE_BASIC_AUTH_FILE" ] || fail "PERISCOPE_BASIC_AUTH_FILE: cannot read $PERISCOPE_BASIC_AUTH_FILE"
  PERISCOPE_AUTH_BASIC=Periscope
else
  PERISCOPE_AUTH_BASIC=off
  PERISCOPE_BASIC_AUTH_FILE=/dev/null
fi
for path in "$PERISCOPE_CA_FILE" "$PERISCOPE_BASIC_AUTH_FILE"; do
  printf '%s' "$path" | grep -Eq '^[A-Za-z0-9._~/@+,=-]+$' ||
    fail "a file path must have no spaces, quotes, ; \$ { or }; got \"$path\""
done

prefix=${PERISCOPE_NGINX_PREFIX:-/tmp/periscope-nginx}
PERISCOPE_ROOT=${PERISCOPE_ROOT:-/usr/share/periscope}
template=${PERISCOPE_TEMPLATE:-/etc/periscope/periscope.conf.template}

export PORT OCTOPUS_URL OCTOPUS_API_KEY PERISCOPE_ROOT PERISCOPE_AUTH_BASIC \
  PERISCOPE_BASIC_AUTH_FILE PERISCOPE_CA_FILE

umask 077
mkdir -p "$prefix"
# Started as root, nginx's workers run as nobody: they must reach their temporary directories.
if [ "$(id -u)" = 0 ]; then chmod 711 "$prefix"; fi
# The key is in it: readable by this user only.
rm -f "$prefix/nginx.conf"
envsubst '${PORT} ${OCTOPUS_URL} ${OCTOPUS_API_KEY} ${PERISCOPE_ROOT} ${PERISCOPE_AUTH_BASIC} ${PERISCOPE_BASIC_AUTH_FILE} ${PERISCOPE_CA_FILE}' \
  <"$template" >"$prefix/nginx.conf"

exec nginx -p "$prefix/" -c "$prefix/nginx.conf" -e stderr "$@"
