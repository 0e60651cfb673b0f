export {
  chdbTestPath,
  dailyMaskingCounts,
  freshDatabaseName,
  openTestClient,
  removeChdbTestPath,
  selectRows,
} from './chdb-fixture';
export { BASE_TIME_US, frameEvent, sessionStartedEvent } from './sample-events';
