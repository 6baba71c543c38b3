package org.metalcart.batch;

import org.metalcart.jobs.ServiceSnapshot;
import org.metalcart.jobs.Verdict;

/** A service examined and what the job decided about it. */
record Decision(ServiceSnapshot service, Verdict verdict) {}
