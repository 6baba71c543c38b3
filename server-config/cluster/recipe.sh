# Sourced by the cluster recipes (micro-cluster.sh, wildfly-cluster.sh): their commands, HAProxy in
# front of the instances, and the stopping of processes by pid file.
#
# cluster_command COMMAND [N]: start | stop | status | kill N | restart N, over what the recipe
# defines: the variables size, dir, port, stats_port, and the functions balancer_servers (prints
# the SERVER lines below, one per line), start_instance N, await_instance N and pid_file N (the file
# holding the process id of instance N's server).
cluster_command() {
  case "${1:-}" in
    start)
      bash setup/install-haproxy.sh
      local servers=()
      mapfile -t servers < <(balancer_servers)
      write_balancer_config "$dir/haproxy.cfg" "$port" "$stats_port" "${servers[@]}"
      # A failure in any instance's start (a function: errtrace) stops what was started.
      set -E
      trap 'echo "Stopping what was started ..." >&2; "$0" stop' ERR
      for n in $(seq 1 "$size"); do start_instance "$n"; done
      for n in $(seq 1 "$size"); do await_instance "$n"; done
      start_balancer "$dir" "$port" "$stats_port"
      trap - ERR
      echo "Metalcart is ready at http://localhost:$port/ ($size instances)."
      ;;
    stop)
      stop_pid "$dir/haproxy.pid"
      for n in $(seq 1 "$size"); do stop_pid "$(pid_file "$n")"; done
      ;;
    status)
      balancer_status "$stats_port"
      ;;
    kill)
      local n=${2:?usage: $0 kill N}
      kill -KILL "$(cat "$(pid_file "$n")")"
      echo "Killed metalcart-$n (SIGKILL)"
      ;;
    restart)
      local n=${2:?usage: $0 restart N}
      stop_pid "$(pid_file "$n")" KILL
      start_instance "$n"
      await_instance "$n"
      ;;
    *)
      sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2
      exit 2
      ;;
  esac
}

#
# write_balancer_config FILE PORT STATS_PORT SERVER...: writes HAProxy's configuration. Each
# SERVER is "NAME ADDRESS [HEALTH_PORT]": the instance's name (it goes into the console's session
# cookie), its HTTP address host:port, and the port of its /health/ready when that is not the HTTP
# port (WildFly serves health on its management port).
write_balancer_config() {
  local file=$1 port=$2 stats_port=$3 server name address health
  shift 3
  {
    cat <<CFG
# Written by the cluster recipe in server-config/cluster; changes here are overwritten at each start.
global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 10s
    # A request that could not reach its instance (it died) is sent to another one.
    option redispatch
    retries 2

frontend metalcart
    bind :${port}
    option forwardfor
    # A client asking to upgrade to cleartext HTTP/2 (h2c; Java's HttpClient does by default) is
    # answered in HTTP/1.1: the server would accept the upgrade, and the connection would become a
    # tunnel the balancer no longer reads, losing the session stickiness and the health rules.
    http-request del-header HTTP2-Settings
    http-request del-header Upgrade if { req.hdr(Upgrade) -m sub -i h2c }
    default_backend instances

backend instances
    balance roundrobin
    # Sent again, to another instance: a request whose connection failed, and a GET or HEAD
    # that a kept-alive connection to a killed instance answered with nothing. Other requests
    # may have been acted on before the instance died, so they are not sent twice: the client
    # sees 502 and retries as after any network error (orders and payments are idempotent).
    retry-on conn-failure empty-response response-timeout
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    # An instance takes requests only while Metalcart says it is ready (its database answers and
    # its schema is migrated): two failed checks a second apart take it out, two good ones back.
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    # A console session stays with the instance that signed it in, while that instance lives
    # (the session cookie's value carries the instance's name). The API makes no session, so
    # programs are balanced request by request.
    cookie JSESSIONID prefix nocache
CFG
    for server in "$@"; do
      read -r name address health <<<"$server"
      echo "    server $name $address check${health:+ port $health} cookie $name"
    done
    cat <<CFG

listen stats
    bind 127.0.0.1:${stats_port}
    stats enable
    stats uri /
    stats refresh 5s
CFG
  } >"$file"
  haproxy -c -q -f "$file"
}

# start_balancer DIR PORT STATS_PORT: starts HAProxy with DIR/haproxy.cfg, its pid in DIR/haproxy.pid.
start_balancer() {
  haproxy -D -f "$1/haproxy.cfg" -p "$1/haproxy.pid"
  echo "HAProxy on port $2 (status: http://127.0.0.1:$3/)"
}

# balancer_status STATS_PORT: the balancer's view of each instance, "metalcart-N UP|DOWN".
balancer_status() {
  curl -s "http://127.0.0.1:$1/;csv" | awk -F, '$1 == "instances" && $2 != "BACKEND" { print $2, $18 }'
}

# stop_pid FILE [SIGNAL]: stops the process whose id FILE holds (SIGTERM unless told), waits up to
# 30 s for it to end, then kills it; removes FILE.
stop_pid() {
  local file=$1 signal=${2:-TERM} pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -"$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}
