#!/usr/bin/env bash
# Applies the Lead Practitioner configuration to a stopped WildFly, offline (embedded CLI).
# The build runs this very script on the servers it prepares; an authority runs it on its own.
#
#   wildfly/apply.sh JBOSS_HOME JAR_DIR [SERVER_CONFIG]
#
# JAR_DIR holds the three jars the modules need (eclipselink-4.0.9.jar,
# jipijapa-eclipselink-39.0.1.Final.jar, postgresql-42.7.14.jar: all on Maven Central; the build
# copies them to target/wildfly-module-jars). SERVER_CONFIG defaults to standalone.xml. Both scripts are idempotent, so running this again is safe. To apply them to a
# running server instead: bin/jboss-cli.sh -c --file=install-modules.cli --properties=...  and then
# bin/jboss-cli.sh -c --file=configure.cli
set -euo pipefail
jboss_home=${1:?usage: apply.sh JBOSS_HOME JAR_DIR [SERVER_CONFIG]}
jar_dir=$(cd "${2:?usage: apply.sh JBOSS_HOME JAR_DIR [SERVER_CONFIG]}" && pwd)
server_config=${3:-standalone.xml}
here=$(cd "$(dirname "$0")" && pwd)

one_jar() { # the single jar in JAR_DIR matching a pattern
  local found=("$jar_dir"/$1)
  [ -f "${found[0]}" ] || { echo "apply.sh: no $1 in $jar_dir" >&2; exit 1; }
  echo "${found[0]}"
}
script=$(mktemp --suffix=.cli)
properties=$(mktemp --suffix=.properties)
trap 'rm -f "$script" "$properties"' EXIT
{
  echo "lp.eclipselink.jar=$(one_jar 'eclipselink-*.jar')"
  echo "lp.jipijapa.jar=$(one_jar 'jipijapa-eclipselink-*.jar')"
  echo "lp.postgresql.jar=$(one_jar 'postgresql-*.jar')"
} > "$properties"
{
  echo "embed-server --std-out=discard --server-config=$server_config"
  cat "$here/install-modules.cli"
  echo
  cat "$here/configure.cli"
  echo
  echo "stop-embedded-server"
} > "$script"

"$jboss_home/bin/jboss-cli.sh" --file="$script" --properties="$properties"
