package org.metalcart.api.jobs;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.problem.RejectedRequest;
import org.metalcart.api.security.Callers;
import org.metalcart.api.security.Requires;
import org.metalcart.api.validation.OneOf;
import org.metalcart.batch.JobLauncher;
import org.metalcart.jobs.DriftKind;
import org.metalcart.jobs.JobRun;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.NightlyJob;
import org.metalcart.jobs.Outcome;
import org.metalcart.security.Permission;
import org.metalcart.shared.NotFoundException;

@Path("jobs")
@Tag(name = "Jobs", description = "The nightly jobs: renewal invoices, expiry blocking, release")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobsResource {

  @Inject JobLauncher launcher;

  @Inject JobRuns runs;

  @Context SecurityContext security;

  @Context UriInfo uri;

  @Requires(Permission.RUN_JOBS)
  @POST
  @Path("{name}/runs")
  @Operation(
      operationId = "startJobRun",
      summary =
          "Start a run of renewal-invoices, expiry-block, release-unpaid or reconcile (dry unless"
              + " dryRun is false)")
  @APIResponse(
      responseCode = "202",
      description = "Started; follow it at the Location",
      content = @Content(schema = @Schema(implementation = RunView.class)))
  @APIResponse(responseCode = "409", description = "The job is running (problem+json)")
  public Response start(
      @PathParam("name")
          @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "renewal-invoices",
                        "expiry-block",
                        "release-unpaid",
                        "reconcile"
                      }))
          String name,
      @Valid RunRequest request) {
    RunRequest options = request == null ? new RunRequest() : request;
    NightlyJob job = job(name);
    boolean dry = options.dryRun == null ? job.dryByDefault() : options.dryRun;
    JobRun run = launcher.start(job, dry, options.force, Callers.of(security));
    return accepted(run);
  }

  @Requires(Permission.RUN_JOBS)
  @POST
  @Path("runs/{id}/restart")
  @Operation(
      operationId = "restartJobRun",
      summary = "Restart a failed or interrupted run where it stopped")
  @APIResponse(
      responseCode = "202",
      description = "Restarted",
      content = @Content(schema = @Schema(implementation = RunView.class)))
  @APIResponse(responseCode = "409", description = "The run is not failed or interrupted")
  public Response restart(@PathParam("id") long id) {
    return accepted(launcher.restart(id));
  }

  @Requires(Permission.READ_OPERATIONS)
  @GET
  @Path("runs/{id}")
  @Operation(
      operationId = "getJobRun",
      summary = "A run: status, counts and its per-service outcomes, a page at a time")
  public RunView run(
      @PathParam("id") long id,
      @QueryParam("outcome")
          @Parameter(schema = @Schema(implementation = Outcome.class))
          @OneOf(Outcome.class)
          String outcome,
      @Valid @BeanParam PageParams page) {
    RunView view = RunView.of(runs.run(id), runs.counts(id));
    view.outcomes =
        PageView.of(
            runs.outcomes(id, outcome == null ? null : Outcome.valueOf(outcome), page.toRequest()),
            OutcomeView::of);
    return view;
  }

  @Requires(Permission.READ_OPERATIONS)
  @GET
  @Path("runs/{id}/findings")
  @Operation(
      operationId = "listDriftFindings",
      summary =
          "A reconcile run's findings, a page at a time, of one kind or all: orphan and lost"
              + " servers, stray addresses, unknown installs, with what the run did")
  public PageView<FindingView> findings(
      @PathParam("id") long id,
      @QueryParam("kind")
          @Parameter(schema = @Schema(implementation = DriftKind.class))
          @OneOf(DriftKind.class)
          String kind,
      @Valid @BeanParam PageParams page) {
    return PageView.of(
        runs.findings(id, kind == null ? null : DriftKind.valueOf(kind), page.toRequest()),
        FindingView::of);
  }

  @Requires(Permission.READ_OPERATIONS)
  @GET
  @Path("runs")
  @Operation(operationId = "listJobRuns", summary = "Runs, newest first, of one job or all")
  public PageView<RunView> runs(
      @QueryParam("job")
          @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "renewal-invoices",
                        "expiry-block",
                        "release-unpaid",
                        "reconcile"
                      }))
          String job,
      @Valid @BeanParam PageParams page) {
    return PageView.of(
        runs.runs(job == null ? null : jobParameter(job), page.toRequest()),
        run -> RunView.of(run, null));
  }

  /** A job named in the query: an unknown name is a bad parameter, not a missing resource. */
  private static NightlyJob jobParameter(String name) {
    return NightlyJob.named(name)
        .orElseThrow(
            () ->
                RejectedRequest.invalid(
                    "job",
                    "must be one of renewal-invoices, expiry-block, release-unpaid, reconcile"));
  }

  private Response accepted(JobRun run) {
    return Response.accepted(RunView.of(run, runs.counts(run.id())))
        .location(uri.getBaseUriBuilder().path("jobs/runs/{id}").build(run.id()))
        .build();
  }

  private static NightlyJob job(String name) {
    return NightlyJob.named(name).orElseThrow(() -> new NotFoundException("job", name));
  }
}
