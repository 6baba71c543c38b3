package org.metalcart.console;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.metalcart.console.security.ConsoleRequestGuard;
import org.metalcart.shared.NotFoundException;

/**
 * A console page for something that does not exist (service 999999, a mistyped link) answers 404
 * with a not-found page rather than a server error. The business core says "not found" with {@link
 * NotFoundException}; Faces wraps it on its way up, so the cause chain is searched. Registered in
 * faces-config.xml.
 */
public class NotFoundPages extends ExceptionHandlerFactory {

  public NotFoundPages(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="UTF-8"><title>Not found · Metalcart</title>
      <link rel="stylesheet" href="@CONSOLE@../jakarta.faces.resource/console.css.xhtml?ln=console">
      </head><body><div class="sign-in" id="not-found"><h1>Not found</h1>
      <p>@WHAT@.</p><p><a href="@CONSOLE@index.xhtml">Back to the console</a></p>
      </div></body></html>
      """;

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Optional<NotFoundException> notFound = notFound(events.next().getContext().getException());
        if (notFound.isPresent()) {
          events.remove();
          answerNotFound(notFound.get());
        }
      }
      getWrapped().handle();
    }

    private static void answerNotFound(NotFoundException notFound) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      if (!external.isResponseCommitted()) {
        external.responseReset();
        ConsoleRequestGuard.pageHeaders(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse());
        external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        external.setResponseContentType("text/html");
        external.setResponseCharacterEncoding("UTF-8");
        String console = external.getRequestContextPath() + "/console/";
        try {
          external
              .getResponseOutputWriter()
              .write(
                  PAGE.replace("@CONSOLE@", console)
                      .replace("@WHAT@", escaped(notFound.getMessage())));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      faces.responseComplete();
    }

    private static Optional<NotFoundException> notFound(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof NotFoundException notFound) {
          return Optional.of(notFound);
        }
      }
      return Optional.empty();
    }
  }
}
