# Sourced by the launch scripts. await_ready URL SECONDS: waits until Metalcart's readiness at URL
# (MicroProfile Health) is UP *and* includes Metalcart's own "database" check. A server whose
# deployment failed may still answer UP with only its own checks, or with none at all: that is
# not a running Metalcart. Returns 1, printing the last answer, when the time runs out, or at once
# when the file METALCART_READY_GIVE_UP names appears (the launcher saw the server exit).
await_ready() {
  local url=$1 patience=$2 started answer
  started=$(date +%s)
  while true; do
    answer=$(curl -s --max-time 5 "$url" || true)
    if [[ "$answer" == *'"status":"UP"'* || "$answer" == *'"status": "UP"'* ]] \
        && [[ "$answer" =~ \"name\":\ ?\"database\" ]] \
        && ! [[ "$answer" =~ \"status\":\ ?\"DOWN\" ]]; then
      return 0
    fi
    if [ -n "${METALCART_READY_GIVE_UP:-}" ] && [ -e "$METALCART_READY_GIVE_UP" ]; then
      echo "Metalcart at $url stopped before it was ready" >&2
      return 1
    fi
    if [ $(($(date +%s) - started)) -ge "$patience" ]; then
      echo "Metalcart is not ready at $url after ${patience} s; it answered: ${answer:-nothing}" >&2
      return 1
    fi
    sleep 1
  done
}
