# Sourced by the scripts. load_settings: exports every NAME=value line of the file that
# METALCART_ENV_FILE names (template: server-config/metalcart.env.example), when it names one;
# otherwise the settings are whatever the environment already holds.
load_settings() {
  if [ -n "${METALCART_ENV_FILE:-}" ]; then
    set -a
    # shellcheck disable=SC1090
    source "$METALCART_ENV_FILE"
    set +a
  fi
}

# ensure_payara_domain ASADMIN... DOMAIN: starts the Payara domain unless it is running; a domain
# started here inherits this environment (the settings above).
ensure_payara_domain() {
  local domain=${*: -1} asadmin=("${@:1:$#-1}")
  if ! "${asadmin[@]}" list-domains | grep -q "^$domain running"; then
    "${asadmin[@]}" start-domain "$domain"
  fi
}
