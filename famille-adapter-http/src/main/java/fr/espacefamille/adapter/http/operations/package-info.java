/** Running the portal: liveness and readiness probes, Prometheus metrics. */
package fr.espacefamille.adapter.http.operations;
