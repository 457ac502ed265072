import { LatencyWindow } from '@slope/grader';
import type { WorkerJobEvent } from '@slope/grader/bullmq';

/** What this worker process has done since it started, for /metrics and the logs. */
export class WorkerMetrics {
  completed = 0;
  failed = 0;
  private readonly latency = new LatencyWindow(2000);

  record(event: WorkerJobEvent): void {
    if (event.type === 'completed') {
      this.completed++;
      this.latency.add(event.ms / 1000);
    } else this.failed++;
  }

  /** Prometheus' text format; `running` is the number of jobs in progress now. */
  text(running: number): string {
    const s = this.latency.summary();
    return `${[
      '# HELP slope_worker_jobs_total Grading jobs this worker finished, by outcome.',
      '# TYPE slope_worker_jobs_total counter',
      `slope_worker_jobs_total{outcome="completed"} ${this.completed}`,
      `slope_worker_jobs_total{outcome="failed"} ${this.failed}`,
      '# HELP slope_worker_running_jobs Grading jobs in progress in this worker.',
      '# TYPE slope_worker_running_jobs gauge',
      `slope_worker_running_jobs ${running}`,
      `# HELP slope_worker_grading_seconds Time to grade one job, over this worker's last ${s.count} jobs.`,
      '# TYPE slope_worker_grading_seconds summary',
      `slope_worker_grading_seconds{quantile="0.5"} ${s.p50}`,
      `slope_worker_grading_seconds{quantile="0.95"} ${s.p95}`,
      `slope_worker_grading_seconds{quantile="0.99"} ${s.p99}`,
      `slope_worker_grading_seconds_count ${s.count}`,
    ].join('\n')}\n`;
  }
}
