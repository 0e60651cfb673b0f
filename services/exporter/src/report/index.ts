export { clickHouseReportSource } from './clickhouse-report-source';
export {
  buildHipaaReport,
  CONTROL_IDS,
  CONTROLS,
  type DeploymentFacts,
  type HipaaReport,
  parseControls,
} from './hipaa-report';
export { renderCsv, renderHtml } from './render';
export type { ReportFacts, ReportFactsSource, ReportRange } from './report-facts';
