#!/usr/bin/env bash
# Configures a Payara Server 6 domain for Metalcart with asadmin: the PostgreSQL JDBC driver, a
# PostgreSQL connection pool behind the default datasource (jdbc/__default, which Metalcart's
# persistence unit uses as java:comp/DefaultDataSource), and the Jakarta Batch job repository on
# the same datasource; Payara's own OpenAPI endpoint out of Metalcart's way. Re-runnable: what
# exists is updated, not created twice. The domain is started when it is not running, and
# restarted when the driver was added or the OpenAPI endpoint moved.
#
#   PAYARA_HOME=/opt/payara6 POSTGRESQL_JAR=/path/postgresql-42.7.8.jar server-config/payara-server/configure.sh
#
# Nothing secret is needed here or written into domain.xml: the pool's properties are Payara
# expressions (${ENV=METALCART_DB_PASSWORD}, ...) that the server resolves from its own environment
# whenever it connects; start.sh starts the domain with that environment.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=server-config/lib/settings.sh
source "$here/../lib/settings.sh"
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation (the folder with bin/asadmin)}"
: "${POSTGRESQL_JAR:?set POSTGRESQL_JAR to the PostgreSQL JDBC driver jar (org.postgresql:postgresql)}"
domain=${PAYARA_DOMAIN:-domain1}
asadmin=("$PAYARA_HOME/bin/asadmin" --interactive=false)
load_settings

ensure_payara_domain "${asadmin[@]}" "$domain"

# The driver in the domain's lib/ (a restart makes it visible to the pools).
if ! "${asadmin[@]}" list-libraries | grep -qx "$(basename "$POSTGRESQL_JAR")"; then
  "${asadmin[@]}" add-library "$POSTGRESQL_JAR"
  "${asadmin[@]}" restart-domain "$domain"
fi

# The pool. Sizes: the provisioning workers (8) and the batch partitions (8) each hold a
# connection while they work, plus the API's requests. Every connection is validated before use
# (a PostgreSQL restart must not leave dead connections in the pool); on a failed validation the
# whole pool is renewed.
properties='user=${ENV=METALCART_DB_USER}:password=${ENV=METALCART_DB_PASSWORD}:serverName=${ENV=METALCART_DB_HOST}:portNumber=${ENV=METALCART_DB_PORT}:databaseName=${ENV=METALCART_DB_NAME}'
pool=(--steadypoolsize "${METALCART_DB_POOL_MIN:-4}" --maxpoolsize "${METALCART_DB_POOL_MAX:-40}"
      --maxwait 30000 --isconnectvalidatereq=true --validationmethod custom-validation
      --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation
      --failconnection=true)
if ! "${asadmin[@]}" list-jdbc-connection-pools | grep -qx MetalcartPool; then
  "${asadmin[@]}" create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource "${pool[@]}" --property "$properties" MetalcartPool
else
  prefix=resources.jdbc-connection-pool.MetalcartPool
  "${asadmin[@]}" set "$prefix.steady-pool-size=${METALCART_DB_POOL_MIN:-4}" \
    "$prefix.max-pool-size=${METALCART_DB_POOL_MAX:-40}" "$prefix.max-wait-time-in-millis=30000" \
    "$prefix.is-connection-validation-required=true" "$prefix.connection-validation-method=custom-validation" \
    "$prefix.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation" \
    "$prefix.fail-all-connections=true"
fi

# Metalcart and the batch runtime use the default datasource, so the same archive runs on every
# server. (EJB timers keep Payara's own timer database: Metalcart's timers are not persistent.)
"${asadmin[@]}" set resources.jdbc-resource.jdbc/__default.pool-name=MetalcartPool
"${asadmin[@]}" set-batch-runtime-configuration --datasourcelookupname jdbc/__default

# The mail session of Metalcart's e-mails (JNDI mail/metalcart), the mail server from the server's
# environment like the database: METALCART_SMTP_HOST, _PORT, _USER, _AUTH, _PASSWORD, _STARTTLS and
# METALCART_MAIL_FROM (metalcart.env.example). Time-outs keep a silent mail server from holding a
# worker past its lease, which would send an e-mail twice.
if ! "${asadmin[@]}" list-javamail-resources | grep -qx mail/metalcart; then
  "${asadmin[@]}" create-javamail-resource --mailhost '${ENV=METALCART_SMTP_HOST}' \
    --mailuser '${ENV=METALCART_SMTP_USER}' --fromaddress '${ENV=METALCART_MAIL_FROM}' \
    --property 'mail-smtp-port=${ENV=METALCART_SMTP_PORT}:mail-smtp-auth=${ENV=METALCART_SMTP_AUTH}:mail-smtp-password=${ENV=METALCART_SMTP_PASSWORD}:mail-smtp-starttls-enable=${ENV=METALCART_SMTP_STARTTLS}:mail-smtp-connectiontimeout=10000:mail-smtp-timeout=30000:mail-smtp-writetimeout=30000' \
    mail/metalcart
fi

# Readiness without any check is DOWN (MicroProfile Health's default is UP): when Metalcart is
# not deployed, because its deployment failed, the server must not be reported ready.
"${asadmin[@]}" create-system-properties mp.health.default.readiness.empty.response=DOWN

# Metalcart serves its OpenAPI document at /openapi itself (made when it is built, the same on every
# server): Payara's own endpoint steps aside, and is switched off (it adds a key that OpenAPI does
# not allow). Payara's own /metrics is closed (security on, and no user has its role): Metalcart
# serves its figures at /api/v1/metrics behind a credential with the role monitoring. Both take
# effect at the next start: the domain is restarted when either was changed.
changed=false
if ! "${asadmin[@]}" get-openapi-configuration | grep -q 'payara-openapi'; then
  "${asadmin[@]}" set-openapi-configuration --enabled=false --endpoint=payara-openapi
  changed=true
fi
if ! "${asadmin[@]}" get 'configs.config.server-config.microprofile-metrics-configuration.security-enabled' 2>/dev/null \
    | grep -q '=true'; then
  "${asadmin[@]}" set-metrics-configuration --securityenabled=true
  changed=true
fi
if [ "$changed" = true ]; then
  "${asadmin[@]}" restart-domain "$domain"
fi

# A GET with a body reaches Metalcart, which refuses it with a problem document; Payara's HTTP
# layer would answer a bare 400 of its own.
for listener in http-listener-1 http-listener-2; do
  "${asadmin[@]}" set "configs.config.server-config.network-config.protocols.protocol.$listener.http.allow-payload-for-undefined-http-methods=true"
done

echo "Payara Server domain $domain is configured for Metalcart."
