package org.metalcart.console.services;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.metalcart.console.ListPage;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.Services;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Services, newest first: by status, and by hostname, server name or IP address. */
@Named
@RequestScoped
public class ServiceList extends ListPage<Service> {

  @Inject Services services;

  private ServiceStatus status;

  @Override
  protected Page<Service> read(PageRequest request, String search) {
    return services.search(request, search, status, null);
  }

  public List<ServiceStatus> getStatuses() {
    return List.of(ServiceStatus.values());
  }

  public ServiceStatus getStatus() {
    return status;
  }

  public void setStatus(ServiceStatus status) {
    this.status = status;
  }
}
