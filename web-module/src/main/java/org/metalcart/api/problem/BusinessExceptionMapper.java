package org.metalcart.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.InvalidInputException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.UpstreamFailureException;
import org.metalcart.stock.OutOfStockException;

/** Expected business failures of the core, each kind to its problem type. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(BusinessException e) {
    String instance = RequestPath.of(uriInfo);
    if (e instanceof InvalidInputException) {
      return Problems.invalidField(e.field(), e.getMessage(), instance);
    }
    ProblemType type =
        e instanceof NotFoundException
            ? ProblemType.NOT_FOUND
            : e instanceof OutOfStockException
                ? ProblemType.OUT_OF_STOCK
                : e instanceof ConflictException
                    ? ProblemType.CONFLICT
                    : e instanceof UpstreamFailureException
                        ? ProblemType.UPSTREAM
                        : ProblemType.BUSINESS_RULE;
    List<Problem.FieldError> errors =
        e.field() == null ? null : List.of(new Problem.FieldError(e.field(), e.getMessage()));
    return Problems.response(type, type.status(), e.getMessage(), instance, e.field(), errors);
  }
}
