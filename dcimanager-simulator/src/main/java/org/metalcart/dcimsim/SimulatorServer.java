package org.metalcart.dcimsim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulator's HTTP server: DCImanager 5 at {@code /dcimgr} (and {@code /manager/dcimgr}),
 * DCImanager 6 at {@code /auth/v4}, {@code /dci/v3}, {@code /ip/v3} (with or without {@code /api}),
 * the control API at {@code /control}. Every DCImanager call is counted and passes the fault
 * injector first.
 */
public final class SimulatorServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SimulatorServer.class.getName());

  static {
    // The JDK's HTTP server leaves Nagle's algorithm on: it holds an answer's body back until the
    // client acknowledges the headers, and clients delay that acknowledgement by 40 ms. Every call
    // took ~50 ms on loopback; a real DCImanager does not add that. Read once, when the server
    // classes load, so it is set here, before the first server is created.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer http;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Simulation simulation;
  private final Faults faults = new Faults();
  private final Map<String, AtomicLong> calls = ControlApi.newCounters();
  private final FuncApi funcApi = new FuncApi();
  private final RestApi restApi = new RestApi();
  private final ControlApi controlApi;

  /** Listens on {@code port} (0: any free port) with the inventory given as JSON. */
  public SimulatorServer(int port, String inventoryJson) throws IOException {
    this.simulation = new Simulation(inventoryJson, Clock.systemUTC());
    this.controlApi = new ControlApi(simulation, faults, calls);
    this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    http.createContext("/", this::serve);
    http.setExecutor(threads);
  }

  /**
   * A simulator with the bundled demo inventory, as {@code java -jar} without arguments starts it.
   */
  public static SimulatorServer withDemoInventory(int port) throws IOException {
    return new SimulatorServer(port, InventoryFile.read(null));
  }

  public SimulatorServer start() {
    http.start();
    return this;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request = Request.of(exchange);
      send(exchange, route(request));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client went away (it timed out on a hanging call, for one): nothing to answer.
      LOG.log(
          Level.FINE, "Client gone before the answer: " + exchange.getRequestURI().getPath(), e);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Request failed: " + exchange.getRequestURI().getPath(), e);
    }
  }

  private Reply route(Request request) throws InterruptedException {
    String path = request.path();
    if (path.startsWith("/control/")) {
      return controlApi.handle(request);
    }
    if (path.equals("/dcimgr") || path.equals("/manager/dcimgr")) {
      return call(
          FuncApi.function(request),
          false,
          () -> simulation.apply(inv -> funcApi.handle(inv, request)));
    }
    String rest = RestApi.path(request);
    if (rest.startsWith("/auth/v4/")
        || rest.startsWith("/auth/key-v4/")
        || rest.startsWith("/dci/v3/")
        || rest.startsWith("/ip/v3/")) {
      return call(
          restApi.function(request),
          true,
          () -> simulation.apply(inv -> restApi.handle(inv, request)));
    }
    return Reply.text(404, "Not found");
  }

  private Reply call(String function, boolean v6, java.util.function.Supplier<Reply> handler)
      throws InterruptedException {
    ControlApi.count(calls, function);
    return switch (faults.before(function)) {
      case UNAVAILABLE ->
          v6
              ? RestApi.error(503, 503, "Service is starting, repeat the request", null)
              : Reply.text(503, "Service Unavailable");
      case FAIL ->
          v6
              ? RestApi.error(
                  500, DcimError.Kind.INJECTED.v6Code, "Injected failure of " + function, null)
              : FuncDoc.error(
                      new DcimError(
                          DcimError.Kind.INJECTED, "func", "Injected failure of " + function))
                  .render(false);
      case PROCEED -> handler.get();
    };
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    reply.headers().forEach(exchange.getResponseHeaders()::set);
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
