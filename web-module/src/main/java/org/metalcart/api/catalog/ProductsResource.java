package org.metalcart.api.catalog;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.security.Requires;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
import org.metalcart.security.Permission;
import org.metalcart.shared.Page;
import org.metalcart.stock.Stock;
import org.metalcart.stock.StockLevel;

@Path("products")
@Tag(name = "Products", description = "Tariff plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

  @Inject Stock stock;

  @Inject Catalog catalog;

  @Requires(Permission.MANAGE_CATALOG)
  @POST
  @Operation(
      operationId = "addProduct",
      summary = "Add a tariff plan with its module settings and prices")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ProductView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "409", description = "Already exists (application/problem+json)")
  public Response add(@NotNull @Valid ProductRequest request, @Context UriInfo uri) {
    ProductView product = ProductView.of(catalog.add(request.toNewProduct()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(product.id)).build())
        .entity(product)
        .build();
  }

  @Requires(Permission.READ)
  @GET
  @Path("{id}")
  @Operation(operationId = "getProduct", summary = "One tariff plan")
  public ProductView product(@PathParam("id") long id) {
    return ProductView.of(catalog.product(id), stock);
  }

  @Requires(Permission.READ)
  @GET
  @Operation(operationId = "listProducts", summary = "Tariff plans, a page at a time")
  public PageView<ProductView> products(@Valid @BeanParam PageParams page) {
    Page<Product> plans = catalog.products(page.toRequest());
    Map<Long, StockLevel> levels = stock.of(plans.items());
    return PageView.of(plans, p -> ProductView.of(p, levels.get(p.id())));
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PATCH
  @Path("{id}")
  @Operation(
      operationId = "changeProduct",
      summary =
          "Change a plan: the fields given replace the plan's (module settings and prices as a"
              + " whole); services already sold keep their price")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = ProductView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "404", description = "No such plan (problem+json)")
  @APIResponse(responseCode = "409", description = "Another plan has the name (problem+json)")
  public ProductView change(
      @PathParam("id") long id, @NotNull @Valid ProductChangeRequest request) {
    return ProductView.of(catalog.change(id, request.toChange()), stock);
  }

  @Requires(Permission.MANAGE_CATALOG)
  @POST
  @Path("{id}/retire")
  @Operation(
      operationId = "retireProduct",
      summary =
          "Retires a plan: it takes no new orders (422 naming the item), the services sold on it"
              + " go on; retiring twice changes nothing")
  @APIResponse(
      responseCode = "200",
      description = "Retired",
      content = @Content(schema = @Schema(implementation = ProductView.class)))
  @APIResponse(responseCode = "404", description = "No such plan (problem+json)")
  public ProductView retire(@PathParam("id") long id) {
    return ProductView.of(catalog.retire(id), stock);
  }
}
