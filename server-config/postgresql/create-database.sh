#!/usr/bin/env bash
# Creates Metalcart's PostgreSQL role and database, owned by that role; re-runnable (an existing
# role gets the password again, an existing database is kept). Metalcart creates and migrates its
# own schema (metalcart) at start-up; the batch runtime of Payara creates its tables in public.
#
#   METALCART_DB_NAME=metalcart METALCART_DB_USER=metalcart METALCART_DB_PASSWORD=... \
#     server-config/postgresql/create-database.sh
#
# It connects as a superuser: PSQL_ADMIN (default: psql -U postgres -h $METALCART_DB_HOST).
# The password travels to psql on its standard input, never on a command line.
# METALCART_DB_RECREATE=true drops the database first (tests and CI only).
set -euo pipefail
: "${METALCART_DB_NAME:=metalcart}" "${METALCART_DB_USER:=metalcart}"
: "${METALCART_DB_PASSWORD:?set METALCART_DB_PASSWORD}"
: "${METALCART_DB_HOST:=localhost}" "${METALCART_DB_PORT:=5432}"
read -r -a admin <<<"${PSQL_ADMIN:-psql -U postgres -h $METALCART_DB_HOST -p $METALCART_DB_PORT}"

for name in "$METALCART_DB_NAME" "$METALCART_DB_USER"; do
  if ! [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]]; then
    echo "Database and role names must be lower-case SQL identifiers: $name" >&2
    exit 2
  fi
done

# psql variables (:'password') quote the values; the names were checked above.
"${admin[@]}" -v ON_ERROR_STOP=1 -q -d postgres -v password="$METALCART_DB_PASSWORD" -f - <<SQL
SELECT format('CREATE ROLE %I LOGIN', '$METALCART_DB_USER')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$METALCART_DB_USER') \gexec
ALTER ROLE $METALCART_DB_USER WITH LOGIN PASSWORD :'password';
SELECT 'DROP DATABASE IF EXISTS $METALCART_DB_NAME WITH (FORCE)'
  WHERE '${METALCART_DB_RECREATE:-false}' = 'true' \gexec
SELECT 'CREATE DATABASE $METALCART_DB_NAME OWNER $METALCART_DB_USER ENCODING ''UTF8'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$METALCART_DB_NAME') \gexec
SQL
echo "PostgreSQL database $METALCART_DB_NAME (owner $METALCART_DB_USER) is ready."
