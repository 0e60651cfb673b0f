export { type JsonRpcMessage, type RecordedSession, recordedSessions } from './recorded-exchanges';
export { type FrameComparison, type ReplayReport, replayAgainst } from './replay-against';
export { type ReplayServer, serveReplay } from './replay-server';
