import type { Config } from '../config.js';
import { createMetrics, type Metrics } from '../observability.js';
import type { Comparator } from '../domain/compare.js';
import { createComparator } from '../domain/compare.js';
import { AuthService } from './auth.service.js';
import { ApiKeyService } from './api-key.service.js';
import { AccountService } from './account.service.js';
import { UserImportService } from './user-import.service.js';
import { IngestService } from './ingest.service.js';
import { QueryService } from './query.service.js';
import { ReportsService } from './reports.service.js';
import { TaskService } from './task.service.js';
import { TemplateCache } from './templates.js';
import { HandoverService } from './handover.service.js';
import { join } from 'node:path';
import { fileReloader, Vault } from './vault.js';
import { ScanStore } from './scan-store.js';
import { TeamService } from './team.service.js';
import { BatchService } from './batch.service.js';
import { KeyingWorkService } from './keying-work.js';
import { ScanImportService } from './scan-import.service.js';

export function createServices(config: Config, metrics: Metrics = createMetrics(), comparator: Comparator = createComparator({ toneStyle: config.toneStyle })) {
  const templates = new TemplateCache();
  const vault = new Vault(config.keyRing, fileReloader(config.keyRingFile));
  const teams = new TeamService();
  const tasks = new TaskService(templates, comparator, config.leaseSeconds, (n) => metrics.leaseExpiries.inc(n), vault);
  const ingest = new IngestService(templates, comparator, config.maxKeyingsPerCall, tasks, vault);
  const scans = new ScanStore(join(config.dataDir, 'scans'), vault);
  return {
    config,
    metrics,
    comparator,
    templates,
    auth: new AuthService(config.authSecret, config.tokenTtlSeconds, { maxFailures: config.loginMaxFailures, windowSeconds: config.loginWindowSeconds }, config.authCacheMs, config.oneTimePasswordTtlSeconds),
    apiKeys: new ApiKeyService(),
    accounts: new AccountService(teams, config.oneTimePasswordTtlSeconds),
    userImport: new UserImportService(config.oneTimePasswordTtlSeconds),
    ingest,
    keyingWork: new KeyingWorkService(config.keyingLeaseSeconds, ingest, vault),
    scanImport: new ScanImportService(scans, vault, config.scanMaxBytes),
    tasks,
    handover: new HandoverService(templates, tasks, join(config.dataDir, 'exports'), vault),
    vault,
    scans,
    query: new QueryService(),
    reports: new ReportsService(templates),
    teams,
    batches: new BatchService(),
  };
}
export type Services = ReturnType<typeof createServices>;
